package io.github.litetcc.coordinator;

import io.github.litetcc.TccUsageException;
import io.github.litetcc.TransactionTimeoutException;
import io.github.litetcc.TryRejectedException;
import io.github.litetcc.context.TransactionContext;
import io.github.litetcc.context.TransactionContextHolder;
import io.github.litetcc.model.Branch;
import io.github.litetcc.model.BranchId;
import io.github.litetcc.model.ParticipantId;
import io.github.litetcc.model.Phase;
import io.github.litetcc.participant.Participant;
import io.github.litetcc.spi.FenceOutcome;
import io.github.litetcc.spi.FenceRequest;
import io.github.litetcc.spi.FenceResult;
import io.github.litetcc.spi.NewTransaction;
import io.github.litetcc.spi.Serializer;
import io.github.litetcc.spi.TransactionRepository;

import java.lang.reflect.UndeclaredThrowableException;
import java.time.Clock;
import java.time.Duration;

/**
 * Enlists a local branch write-ahead (the first enlist writes the record), runs its try under the
 * branch's context (inside the participant's fence when it has one) and acknowledges it only when the
 * try returned. A try that throws is never acknowledged.
 */
final class BranchTrier {
    private final TransactionRepository repository;
    private final Serializer serializer;
    private final Clock clock;
    private final Duration grace;
    private final String nodeId;
    private final Listeners listeners;

    BranchTrier(TransactionRepository repository, Serializer serializer, Clock clock, Duration grace, String nodeId, Listeners listeners) {
        this.repository = repository;
        this.serializer = serializer;
        this.clock = clock;
        this.grace = grace;
        this.nodeId = nodeId;
        this.listeners = listeners;
    }

    /** A participant's branch under {@code parent}: enlist, try in the branch's own context, acknowledge. */
    <T> T tryBranch(ActiveTransaction active, BranchId parent, Participant participant, Object[] arguments, TryCall<T> call) throws Throwable {
        Branch branch = enlist(active, parent, participant, arguments);
        TransactionContext context = TransactionContext.of(active.key().xid(), branch.id(), Phase.TRY, active.deadline());
        T result;
        try (TransactionContextHolder.Scope ignored = TransactionContextHolder.open(context)) {
            result = fenced(participant, context, call);
        }
        acknowledge(active, branch, context);
        return result;
    }

    /** The starter's own branch: enlisted first, its try is the body, run in the starter's (root) context. */
    <T> T tryStarterBranch(ActiveTransaction active, TransactionContext rootContext, Participant participant, Object[] arguments,
                           TryCall<T> call) throws Throwable {
        Branch branch = enlist(active, rootContext.branch(), participant, arguments);
        T result = fenced(participant, TransactionContext.of(active.key().xid(), branch.id(), Phase.TRY, active.deadline()), call);
        acknowledge(active, branch, rootContext);
        return result;
    }

    private Branch enlist(ActiveTransaction active, BranchId parent, Participant participant, Object[] arguments) {
        requireBeforeDeadline(active, participant.id());
        Branch branch = Branch.local(active.nextChildOf(parent), participant.id(), serializer.serialize(arguments));
        active.enlisted(branch, write(active, branch));
        return branch;
    }

    /** A remote participant's branch under {@code parent}, enlisted write-ahead; the transport then sends the try. */
    Branch enlistRemote(ActiveTransaction active, BranchId parent, RemoteTarget target, Object[] arguments) {
        requireBeforeDeadline(active, target.participant());
        Branch branch = Branch.remote(active.nextChildOf(parent), target.participant(), target.group(), target.version(),
                serializer.serialize(arguments));
        active.enlisted(branch, write(active, branch));
        return branch;
    }

    private void requireBeforeDeadline(ActiveTransaction active, ParticipantId participant) {
        if (clock.instant().isAfter(active.deadline())) {
            throw new TransactionTimeoutException("Transaction " + active.key() + " passed its deadline " + active.deadline()
                    + " before " + participant + " could be enlisted; it will be cancelled");
        }
    }

    private long write(ActiveTransaction active, Branch branch) {
        if (active.isCreated()) {
            return repository.enlist(active.key(), branch);
        }
        synchronized (active.createLock()) {
            if (active.isCreated()) {
                return repository.enlist(active.key(), branch);
            }
            long version = repository.create(new NewTransaction(active.key(), active.timeout(), grace, nodeId, branch));
            active.markCreated();
            listeners.begun(active.key());
            return version;
        }
    }

    private void acknowledge(ActiveTransaction active, Branch branch, TransactionContext context) {
        if (context.handover().isSet()) {
            byte[] handedOver = serializer.serialize(context.handover().value());
            repository.attachTryContext(active.key(), branch.id(), handedOver);
            active.attachTryContext(branch.id(), handedOver);
        }
        active.acknowledge(branch.id());
    }

    /**
     * A remote participant's try, inside its fence: the fence row keeps what the try returned and handed on (so a
     * duplicate delivery answers the same, and any instance can serve phase 2); a duplicate returns the stored
     * value without running the body. An unfenced participant cannot keep a handover and refuses one.
     */
    <T> T tryInbound(Participant participant, TransactionContext context, TryCall<T> call) throws Throwable {
        if (participant.fence().isEmpty()) {
            T result = call.proceed();
            if (context.handover().isSet()) {
                throw new TccUsageException("Try of branch " + context.branch() + " (" + participant.id() + ") for xid " + context.xid()
                        + " handed a value on, but a remote participant keeps it in its fence and this one has none; give it a fence");
            }
            return result;
        }
        Object[] value = new Object[1];
        FenceResult outcome = participant.fence().get().execute(
                new FenceRequest(context.xid(), context.branch(), Phase.TRY, context.deadline()), () -> {
                    value[0] = proceed(call);
                    Object handover = context.handover().isSet() ? context.handover().value() : null;
                    return serializer.serialize(new Object[] {value[0], handover});
                });
        return switch (outcome.outcome()) {
            case APPLIED -> uncheckedCast(value[0]);
            case DUPLICATE -> uncheckedCast(InboundTryResult.value(serializer, outcome.tryResult()));
            default -> throw new TryRejectedException("Try of branch " + context.branch() + " (" + participant.id() + ") for xid "
                    + context.xid() + " refused: the branch was already cancelled");
        };
    }

    @SuppressWarnings("unchecked")
    private static <T> T uncheckedCast(Object value) {
        return (T) value;
    }

    /** Runs the try, inside the participant's fence if it has one; a try the fence rejects throws. */
    static <T> T fenced(Participant participant, TransactionContext context, TryCall<T> call) throws Throwable {
        if (participant.fence().isEmpty()) {
            return call.proceed();
        }
        Object[] result = new Object[1];
        FenceResult outcome = participant.fence().get().execute(
                new FenceRequest(context.xid(), context.branch(), Phase.TRY, context.deadline()), () -> {
                    result[0] = proceed(call);
                    return null;
                });
        if (outcome.outcome() == FenceOutcome.REJECTED) {
            throw new TryRejectedException("Try of branch " + context.branch() + " (" + participant.id() + ") for xid "
                    + context.xid() + " refused: the branch was already cancelled");
        }
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }

    private static Object proceed(TryCall<?> call) throws Exception {
        try {
            return call.proceed();
        } catch (Exception | Error e) {
            throw e;
        } catch (Throwable other) {
            throw new UndeclaredThrowableException(other);
        }
    }
}
