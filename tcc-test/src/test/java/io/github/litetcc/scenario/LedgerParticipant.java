package io.github.litetcc.scenario;

import io.github.litetcc.annotation.Tcc;
import io.github.litetcc.context.BranchContext;
import io.github.litetcc.test.fault.FaultInjector;
import io.github.litetcc.test.ledger.Ledger;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A participant whose effects go to a {@link Ledger}, with switches to make its try, confirm or cancel fail and
 * to hold its try until a test lets it go. {@code calls} records what ran, in order, across participants.
 */
public class LedgerParticipant implements Reservation {
    private final String name;
    private final Ledger ledger;
    private final FaultInjector injector;
    private final List<String> calls;
    volatile RuntimeException tryFailure;
    final AtomicInteger confirmFailuresLeft = new AtomicInteger();
    final AtomicInteger cancelFailuresLeft = new AtomicInteger();
    volatile Consumer<String> nested = order -> { };
    /** What the try handed over, as its confirm or cancel read it back. */
    final List<String> handedOver = new CopyOnWriteArrayList<>();

    public LedgerParticipant(String name, Ledger ledger, FaultInjector injector, List<String> calls) {
        this.name = name;
        this.ledger = ledger;
        this.injector = injector;
        this.calls = calls;
    }

    public static List<String> newCallLog() {
        return new CopyOnWriteArrayList<>();
    }

    @Override
    @Tcc(confirm = "confirm", cancel = "cancel")
    public void reserve(String order) {
        injector.step("try body " + name);
        nested.accept(order);
        if (tryFailure != null) {
            throw tryFailure;
        }
        ledger.apply(name, Ledger.Effect.TRY);
        calls.add("try " + name);
        BranchContext.handOver("reserved by " + name + " for " + order);
    }

    public void confirm(String order) {
        injector.step("confirm body " + name);
        failIfAsked(confirmFailuresLeft);
        ledger.apply(name, Ledger.Effect.CONFIRM);
        calls.add("confirm " + name);
        BranchContext.handedOver(String.class).ifPresent(handedOver::add);
    }

    public void cancel(String order) {
        injector.step("cancel body " + name);
        failIfAsked(cancelFailuresLeft);
        ledger.apply(name, Ledger.Effect.CANCEL);
        calls.add("cancel " + name);
        BranchContext.handedOver(String.class).ifPresent(handedOver::add);
    }

    private void failIfAsked(AtomicInteger failuresLeft) {
        if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new IllegalStateException(name + " is unreachable");
        }
    }
}
