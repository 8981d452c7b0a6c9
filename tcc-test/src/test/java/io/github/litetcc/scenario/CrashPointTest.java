package io.github.litetcc.scenario;

import io.github.litetcc.config.PhaseTwoConfig;
import io.github.litetcc.config.TccConfig;
import io.github.litetcc.participant.LocalBranchInvoker;
import io.github.litetcc.spi.BranchInvoker;
import io.github.litetcc.spi.Fence;
import io.github.litetcc.spi.TransactionRepository;
import io.github.litetcc.test.fault.FaultInjector;
import io.github.litetcc.test.fault.SimulatedCrash;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Crashes a node at every step of a three-branch transaction (before and after each log write, each
 * fenced try, confirm and cancel, each business body), as kill -9 would: from the crash on, the node's
 * handles refuse every call. Then two fresh nodes on the same stores run recovery at once, and the
 * promises are checked on the ledger of applied effects. On the commit path, the cancel path (a try
 * throws) and the unacknowledged path (a try fails, the starter swallows it and returns normally); with
 * every confirm and cancel delivered once, twice, or once and then again, late and in reverse order.
 */
class CrashPointTest {

    enum Path { COMMIT, CANCEL, UNACKNOWLEDGED }

    /** How confirms and cancels reach the participants. */
    enum Delivery { ONCE, TWICE, REPLAYED_LATE_IN_REVERSE }

    static Stream<Arguments> situations() {
        return Arrays.stream(Path.values()).flatMap(path -> Arrays.stream(Delivery.values()).map(d -> Arguments.of(path, d)));
    }

    @ParameterizedTest(name = "{0} path, phase 2 delivered {1}")
    @MethodSource("situations")
    void everyCrashPointEndsAllOrNothingOnceRecoveryHasRun(Path path, Delivery delivery) {
        int steps = stepsOfACleanRun(path, delivery);
        assertThat(steps).isGreaterThan(20);
        for (int crashAt = 1; crashAt <= steps; crashAt++) {
            Scenario scenario = new Scenario(path, delivery);
            FaultInjector injector = FaultInjector.crashingAt(crashAt);
            ShopNode crashed = scenario.node("crashing", injector);
            boolean told = scenario.placeOrder(crashed);
            String situation = path + "/" + delivery + " crashed at " + injector.crashPoint();
            assertThat(injector.hasCrashed()).as("crash point %d of %d", crashAt, steps).isTrue();
            assertEveryCallRefused(crashed, situation);
            scenario.recoverOnTwoNodesAtOnce();
            boolean confirmed = Promises.assertHold(scenario.stores, situation);
            if (told) {
                assertThat(confirmed).as("%s: the caller was told it succeeded", situation).isTrue();
            }
            if (path != Path.COMMIT) {
                assertThat(confirmed).as("%s: a failed or unacknowledged try never confirms", situation).isFalse();
            }
            scenario.replayLateInReverse(situation);
            assertThat(Promises.assertHold(scenario.stores, situation + ", replayed")).isEqualTo(confirmed);
        }
    }

    private static int stepsOfACleanRun(Path path, Delivery delivery) {
        Scenario scenario = new Scenario(path, delivery);
        FaultInjector counter = FaultInjector.never();
        scenario.placeOrder(scenario.node("counting", counter));
        assertThat(scenario.sent.isEmpty()).as("copies kept for a late replay").isEqualTo(delivery != Delivery.REPLAYED_LATE_IN_REVERSE);
        scenario.replayLateInReverse(path + " without a crash");
        boolean confirmed = Promises.assertHold(scenario.stores, path + "/" + delivery + " without a crash");
        assertThat(confirmed).isEqualTo(path == Path.COMMIT);
        return counter.stepsTaken();
    }

    /** A crashed node's repository and fence handles refuse every call, reads and clock included. */
    private static void assertEveryCallRefused(ShopNode node, String situation) {
        assertEveryCallRefused(TransactionRepository.class, node.repository, situation);
        assertEveryCallRefused(Fence.class, node.fence, situation);
    }

    private static void assertEveryCallRefused(Class<?> api, Object handle, String situation) {
        for (Method method : api.getMethods()) {
            if (Modifier.isStatic(method.getModifiers())) {
                continue;
            }
            Object[] arguments = Arrays.stream(method.getParameterTypes()).map(CrashPointTest::placeholder).toArray();
            assertThatThrownBy(() -> invoke(method, handle, arguments))
                    .as("%s: %s.%s after the crash", situation, api.getSimpleName(), method.getName())
                    .isInstanceOf(SimulatedCrash.class);
        }
    }

    private static void invoke(Method method, Object target, Object[] arguments) throws Throwable {
        try {
            method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static Object placeholder(Class<?> type) {
        if (type == int.class) {
            return 1;
        }
        if (type == long.class) {
            return 1L;
        }
        return type == boolean.class ? Boolean.FALSE : null;
    }

    /** One run: the stores that survive the crash, and every confirm and cancel sent, kept for a late replay. */
    private static final class Scenario {
        final Stores stores = Stores.fresh();
        final Path path;
        final Delivery delivery;
        final List<RecordingInvoker.Delivery> sent = new CopyOnWriteArrayList<>();

        Scenario(Path path, Delivery delivery) {
            this.path = path;
            this.delivery = delivery;
        }

        ShopNode node(String name, FaultInjector injector) {
            UnaryOperator<BranchInvoker> wiring = switch (delivery) {
                case ONCE -> UnaryOperator.identity();
                case TWICE -> DuplicatingInvoker::new;
                case REPLAYED_LATE_IN_REVERSE -> local -> new RecordingInvoker(local, sent);
            };
            // every step on the caller's thread, so each crash point is reached the same way every run; a crash
            // before a background finish is the crash before the finish explored here (the record stays decided)
            return new ShopNode(stores, injector, TccConfig.DEFAULT.withNodeId(name)
                    .withPhaseTwo(PhaseTwoConfig.DEFAULT.withBackgroundFinish(false)), wiring);
        }

        /** Places one order on {@code node} and closes it; true if the caller was told it succeeded. */
        boolean placeOrder(ShopNode node) {
            try (node) {
                if (path != Path.COMMIT) {
                    node.account.tryFailure = new IllegalStateException("insufficient balance");
                    node.starter.swallowAccountFailure = path == Path.UNACKNOWLEDGED;
                }
                node.checkout.place("order-1");
                return true;
            } catch (SimulatedCrash | RuntimeException e) {
                return false;
            }
        }

        void recoverOnTwoNodesAtOnce() {
            stores.clock().advance(Duration.ofHours(1));
            try (ShopNode first = node("recovering-1", FaultInjector.never());
                 ShopNode second = node("recovering-2", FaultInjector.never())) {
                CompletableFuture<?> a = CompletableFuture.runAsync(() -> first.recoverUntilIdle(5));
                CompletableFuture<?> b = CompletableFuture.runAsync(() -> second.recoverUntilIdle(5));
                CompletableFuture.allOf(a, b).join();
                stores.clock().advance(Duration.ofHours(1));
                first.recoverUntilIdle(5);
            }
        }

        /** Sends every confirm and cancel recorded so far once more, newest first, after everything finished. */
        void replayLateInReverse(String situation) {
            List<RecordingInvoker.Delivery> late = new ArrayList<>(sent);
            Collections.reverse(late);
            try (ShopNode node = new ShopNode(stores, FaultInjector.never())) {
                BranchInvoker invoker = new LocalBranchInvoker(node.tcc.participants(), node.tcc.serializer());
                for (RecordingInvoker.Delivery copy : late) {
                    assertThatCode(() -> copy.sendTo(invoker)).as("%s: late %s", situation, copy).doesNotThrowAnyException();
                }
            }
        }
    }
}
