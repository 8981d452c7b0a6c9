package io.github.litetcc.coordinator;

import io.github.litetcc.PhaseFailedException;
import io.github.litetcc.TccException;
import io.github.litetcc.TccUsageException;
import io.github.litetcc.TransactionTimeoutException;
import io.github.litetcc.TransientTccException;
import io.github.litetcc.UnacknowledgedBranchException;
import io.github.litetcc.config.TccConfig;
import io.github.litetcc.context.TransactionContext;
import io.github.litetcc.context.TransactionContextHolder;
import io.github.litetcc.model.BranchId;
import io.github.litetcc.model.GlobalTransaction;
import io.github.litetcc.model.Phase;
import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.model.Xid;
import io.github.litetcc.participant.Participant;
import io.github.litetcc.spi.Serializer;
import io.github.litetcc.spi.TransactionRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;

/**
 * Runs the TCC workflow around a try method. {@link #execute} decides the role from the thread's context:
 * without one, the call is a <b>starter</b> (begin, body, decision, phase 2); inside a try on this node, a
 * <b>local participant</b> (enlisted as a branch of the same transaction); inside a confirm or cancel, a plain
 * call (never a new try); with an inbound context bound by a transport, a <b>remote participant</b> whose try
 * runs inside its fence. Thread-safe; one instance per node.
 */
public final class TccCoordinator {
    private static final Logger LOG = LoggerFactory.getLogger(TccCoordinator.class);

    private final TccConfig config;
    private final Clock clock;
    private final BranchTrier trier;
    private final Decider decider;
    private final PhaseTwoRunner phaseTwo;
    private final Map<TransactionKey, ActiveTransaction> active = new ConcurrentHashMap<>();
    private volatile boolean accepting = true;

    private TccCoordinator(TccConfig config, Clock clock, BranchTrier trier, Decider decider, PhaseTwoRunner phaseTwo) {
        this.config = config;
        this.clock = clock;
        this.trier = trier;
        this.decider = decider;
        this.phaseTwo = phaseTwo;
    }

    /**
     * Assembles a coordinator. {@code asyncPool} runs confirms after the decision when asynchronous phase 2
     * is configured (the coordinator shuts it down); it is ignored otherwise. With background finish on, the
     * coordinator starts the thread that writes finishes in batches and stops it at shutdown.
     */
    public static TccCoordinator create(TccConfig config, Clock clock, TransactionRepository repository, Serializer serializer,
                                        PhaseTwoDriver driver, Listeners listeners, ExecutorService asyncPool) {
        BranchTrier trier = new BranchTrier(repository, serializer, clock, config.recovery().grace(), config.nodeId(), listeners);
        Decider decider = new Decider(repository, config.nodeId(), config.phaseTwo().lease(), listeners);
        FinishBatcher finishing = config.phaseTwo().backgroundFinish() ? new FinishBatcher(repository, listeners, clock) : null;
        PhaseTwoRunner runner = new PhaseTwoRunner(finishing == null ? driver : driver.finishingThrough(finishing), repository,
                config.phaseTwo().asynchronous() ? asyncPool : null, finishing);
        return new TccCoordinator(config, clock, trier, decider, runner);
    }

    /**
     * Runs {@code call} as the try of {@code participant} in whatever role the current context gives it.
     * What the try returns is returned; what it throws is rethrown unchanged (with later failures suppressed).
     *
     * @param timeout the deadline when this call starts a transaction; {@code null} uses the configured default
     */
    public <T> T execute(Participant participant, Object[] arguments, Duration timeout, TryCall<T> call) throws Throwable {
        Optional<TransactionContext> current = TransactionContextHolder.current();
        if (current.isEmpty()) {
            return start(participant, arguments, timeout == null ? config.defaultTimeout() : timeout, call);
        }
        TransactionContext context = current.get();
        if (context.isPhaseTwo()) {
            return call.proceed();
        }
        if (context.inbound()) {
            return enterRemoteTry(context, participant, arguments, call);
        }
        ActiveTransaction transaction = findActive(context)
                .orElseThrow(() -> new TccException("No transaction " + context.xid() + " is running on this node for branch "
                        + context.branch() + "; was the context carried to another thread without its transaction?"));
        return trier.tryBranch(transaction, context.branch(), participant, arguments, call);
    }

    private <T> T start(Participant participant, Object[] arguments, Duration timeout, TryCall<T> call) throws Throwable {
        if (!accepting) {
            throw new TccException("This node is shutting down and starts no new transactions (node " + config.nodeId() + ")");
        }
        Instant now = clock.instant();
        ActiveTransaction transaction = new ActiveTransaction(TransactionKey.root(Xid.generate(now)), now.plus(timeout), timeout);
        active.put(transaction.key(), transaction);
        try {
            return runStarter(transaction, participant, arguments, call);
        } finally {
            active.remove(transaction.key());
        }
    }

    private <T> T runStarter(ActiveTransaction transaction, Participant participant, Object[] arguments, TryCall<T> call) throws Throwable {
        TransactionContext root = TransactionContext.of(transaction.key().xid(), BranchId.ROOT, Phase.TRY, transaction.deadline());
        T result;
        try (TransactionContextHolder.Scope ignored = TransactionContextHolder.open(root)) {
            result = participant != null && participant.hasPhaseTwo()
                    ? trier.tryStarterBranch(transaction, root, participant, arguments, call)
                    : call.proceed();
        } catch (Throwable failure) {
            try (TransactionContextHolder.Scope logs = TransactionContextHolder.logAs(transaction.key().xid())) {
                cancelAfter(transaction, failure);
            }
            throw failure;
        }
        if (!transaction.isEmpty()) {
            try (TransactionContextHolder.Scope logs = TransactionContextHolder.logAs(transaction.key().xid())) {
                confirmOrCancel(transaction);
            }
        }
        return result;
    }

    private void cancelAfter(ActiveTransaction transaction, Throwable failure) {
        if (transaction.isEmpty()) {
            return;
        }
        try {
            decider.cancel(transaction).decided().ifPresent(record -> phaseTwo.runAfterFailure(record, failure));
        } catch (RuntimeException e) {
            LOG.warn("Cancelling transaction {} after its body failed did not complete: {}; recovery finishes it",
                    transaction.key(), e.toString());
            failure.addSuppressed(e);
        }
    }

    private void confirmOrCancel(ActiveTransaction transaction) {
        Decision decision = decider.decide(transaction);
        if (decision.lostToRecovery()) {
            throw new TransactionTimeoutException("Transaction " + transaction.key() + " reached its decision after recovery had"
                    + " cancelled it (deadline " + transaction.deadline() + "); every branch is being cancelled");
        }
        GlobalTransaction decided = decision.decided().orElseThrow();
        if (decision.unacknowledged().isPresent()) {
            UnacknowledgedBranchException failure = new UnacknowledgedBranchException("Transaction " + transaction.key()
                    + " was cancelled: branch " + decision.unacknowledged().get().id() + " (" + decision.unacknowledged().get().participant()
                    + ") never acknowledged its try (it failed and the failure was swallowed, or it is still running)");
            phaseTwo.runAfterFailure(decided, failure);
            throw failure;
        }
        phaseTwo.runAfterConfirmDecision(decided);
    }

    /**
     * Enlists, write-ahead, the remote branch a transport is about to call, as a child of the current context's
     * branch. Empty when the call is not part of a try: no context, a phase-2 context (a call a confirm or cancel
     * makes is a plain call), or an inbound context whose try has not started.
     *
     * @throws TransactionTimeoutException if the transaction passed its deadline (nothing enlisted; do not send)
     * @throws TccException if the context names a transaction not running on this node
     */
    public Optional<RemoteTry> enlistRemote(RemoteTarget target, Object[] arguments) {
        java.util.Objects.requireNonNull(target, "target");
        Optional<TransactionContext> current = TransactionContextHolder.current();
        if (current.isEmpty() || current.get().isPhaseTwo() || current.get().inbound()) {
            return Optional.empty();
        }
        TransactionContext context = current.get();
        ActiveTransaction transaction = findActive(context)
                .orElseThrow(() -> new TccException("No transaction " + context.xid() + " is running on this node for branch "
                        + context.branch() + "; was the context carried to another thread without its transaction?"));
        return Optional.of(new RemoteTry(transaction, trier.enlistRemote(transaction, context.branch(), target,
                arguments == null ? new Object[0] : arguments)));
    }

    /**
     * A remote participant's try: runs in its fence; its own children, if any, go to its own record. The inbound
     * context is acknowledged only when the try committed and every child acknowledged.
     */
    private <T> T enterRemoteTry(TransactionContext inbound, Participant participant, Object[] arguments, TryCall<T> call) throws Throwable {
        if (!inbound.acknowledgement().enter()) {
            throw new TccUsageException("The inbound try of branch " + inbound.branch() + " for xid " + inbound.xid()
                    + " was already entered: an exported TCC method must be the @Tcc try itself, not call several of them");
        }
        Duration remaining = Duration.between(clock.instant(), inbound.deadline());
        if (remaining.isNegative() || remaining.isZero()) {
            throw new TransactionTimeoutException("Try of branch " + inbound.branch() + " for xid " + inbound.xid()
                    + " arrived after the transaction's deadline; refused");
        }
        ActiveTransaction nested = new ActiveTransaction(new TransactionKey(inbound.xid(), inbound.branch()), inbound.deadline(), remaining);
        if (active.putIfAbsent(nested.key(), nested) != null) {
            throw new TransientTccException("A try of branch " + inbound.branch() + " for xid " + inbound.xid()
                    + " is already running on this node; this delivery is refused");
        }
        TransactionContext context = TransactionContext.of(inbound.xid(), inbound.branch(), Phase.TRY, inbound.deadline());
        try (TransactionContextHolder.Scope ignored = TransactionContextHolder.open(context)) {
            T result = trier.tryInbound(participant, context, () -> {
                T value = call.proceed();
                requireChildrenAcknowledged(nested);
                return value;
            });
            inbound.acknowledgement().acknowledge();
            return result;
        } finally {
            active.remove(nested.key());
        }
    }

    private static void requireChildrenAcknowledged(ActiveTransaction nested) {
        ActiveTransaction.Snapshot snapshot = nested.snapshot();
        nested.firstUnacknowledged(snapshot.branches()).ifPresent(child -> {
            throw new UnacknowledgedBranchException("Try of branch " + nested.key().owner() + " for xid " + nested.key().xid()
                    + " failed: its child branch " + child.id() + " (" + child.participant() + ") never acknowledged its try");
        });
    }

    /** The record a context's branch belongs to on this node: its own, or its nearest ancestor's. */
    private Optional<ActiveTransaction> findActive(TransactionContext context) {
        BranchId branch = context.branch();
        while (true) {
            ActiveTransaction found = active.get(new TransactionKey(context.xid(), branch));
            if (found != null) {
                return Optional.of(found);
            }
            if (branch.isRoot()) {
                return Optional.empty();
            }
            branch = branch.parent();
        }
    }

    /** Whether transactions are running on this node (begun here and not yet decided). */
    public int inFlight() {
        return active.size();
    }

    /**
     * Stops accepting new transactions, waits up to the configured drain time for those in flight to reach
     * their decision and for asynchronous phase 2 to drain, then releases the leases of what is left.
     */
    public void shutdown() {
        accepting = false;
        Instant until = clock.instant().plus(config.shutdownDrain());
        while (!active.isEmpty() && clock.instant().isBefore(until)) {
            java.util.concurrent.locks.LockSupport.parkNanos(10_000_000L);
            if (Thread.currentThread().isInterrupted()) {
                break;
            }
        }
        phaseTwo.shutdown(Duration.between(clock.instant(), until));
    }

    static PhaseFailedException phaseFailed(GlobalTransaction record, Exception cause) {
        return new PhaseFailedException((record.status().phase().orElse(Phase.CANCEL) == Phase.CONFIRM ? "Confirm" : "Cancel")
                + " of transaction " + record.key() + " did not complete: " + cause + "; recovery retries", cause);
    }
}
