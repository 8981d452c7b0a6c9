package io.github.litetcc.participant;

import io.github.litetcc.TccException;
import io.github.litetcc.TransientTccException;
import io.github.litetcc.context.TransactionContext;
import io.github.litetcc.context.TransactionContextHolder;
import io.github.litetcc.model.Branch;
import io.github.litetcc.model.BranchKind;
import io.github.litetcc.model.Phase;
import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.spi.BranchInvoker;
import io.github.litetcc.spi.FenceOutcome;
import io.github.litetcc.spi.FenceRequest;
import io.github.litetcc.spi.FenceResult;
import io.github.litetcc.spi.Serializer;

import java.time.Instant;

/**
 * Runs a local branch's confirm or cancel: finds the participant in the registry, reads the try's
 * arguments and handed-over value back, binds a phase-2 context (so calls the body makes are never new
 * tries) and calls the handle inside the participant's fence when it has one.
 */
public final class LocalBranchInvoker implements BranchInvoker {
    private final ParticipantRegistry registry;
    private final Serializer serializer;

    public LocalBranchInvoker(ParticipantRegistry registry, Serializer serializer) {
        this.registry = registry;
        this.serializer = serializer;
    }

    @Override
    public boolean supports(BranchKind kind) {
        return kind == BranchKind.LOCAL;
    }

    @Override
    public void invoke(TransactionKey key, Branch branch, Phase phase, Instant deadline) throws Exception {
        run(key, branch, phase, deadline);
    }

    /**
     * Runs the phase as {@link #invoke} does and tells what the fence answered: {@link FenceOutcome#APPLIED} for an
     * unfenced participant, else APPLIED, DUPLICATE or EMPTY (any other answer throws, as {@link #invoke} does).
     */
    public FenceOutcome run(TransactionKey key, Branch branch, Phase phase, Instant deadline) throws Exception {
        Participant participant = registry.require(branch.participant());
        Object[] arguments = serializer.deserialize(branch.arguments(), Object[].class);
        TransactionContext context = TransactionContext.of(key.xid(), branch.id(), phase, deadline);
        if (branch.tryContext() != null) {
            context.handover().set(serializer.deserialize(branch.tryContext(), Object.class));
        }
        try (TransactionContextHolder.Scope ignored = TransactionContextHolder.open(context)) {
            if (participant.fence().isEmpty()) {
                PhaseTwoCall.run(participant, phase, arguments);
                return FenceOutcome.APPLIED;
            }
            FenceResult result = participant.fence().get().execute(new FenceRequest(key.xid(), branch.id(), phase, deadline),
                    () -> {
                        PhaseTwoCall.run(participant, phase, arguments);
                        return null;
                    });
            requireDone(result.outcome(), key, branch, phase);
            return result.outcome();
        }
    }

    static void requireDone(FenceOutcome outcome, TransactionKey key, Branch branch, Phase phase) {
        if (outcome.isDone()) {
            return;
        }
        String subject = phase.name().toLowerCase() + " of branch " + branch.id() + " (" + branch.participant() + ") for xid " + key.xid();
        if (outcome == FenceOutcome.PROTOCOL_VIOLATION) {
            throw new TccException("Protocol violation: the fence refused the " + subject
                    + " because the branch already went the other way; an operator must look at it");
        }
        throw new TransientTccException("The fence answered " + outcome + " to the " + subject + "; recovery retries");
    }
}
