package io.github.litetcc.coordinator;

import io.github.litetcc.model.Branch;
import io.github.litetcc.model.BranchKind;
import io.github.litetcc.model.BranchStatus;
import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.participant.LocalBranchInvoker;
import io.github.litetcc.participant.Participant;
import io.github.litetcc.participant.ParticipantRegistry;
import io.github.litetcc.spi.FenceOutcome;
import io.github.litetcc.spi.FenceRecord;
import io.github.litetcc.spi.Serializer;
import io.github.litetcc.spi.TransactionRepository;

import java.time.Clock;
import java.time.Duration;

/**
 * Serves a remote participant's confirm or cancel on the provider: looks the try method up in the participant
 * registry (never through the exported service), calls the confirm or cancel handle inside the participant's
 * fence with what its try handed on (kept in the fence row), then settles the participant's own children record.
 * Returning normally is the acknowledgement that this branch and all its children are done. Thread-safe.
 */
public final class InboundPhaseTwo {
    private final ParticipantRegistry registry;
    private final Serializer serializer;
    private final LocalBranchInvoker invoker;
    private final ChildRecords children;

    public InboundPhaseTwo(ParticipantRegistry registry, Serializer serializer, TransactionRepository repository, PhaseTwoDriver driver,
                           Clock clock, String nodeId, Duration lease, Duration grace) {
        this.registry = registry;
        this.serializer = serializer;
        this.invoker = new LocalBranchInvoker(registry, serializer);
        this.children = new ChildRecords(repository, driver, clock, nodeId, lease, grace);
    }

    /**
     * Runs the phase and settles the children.
     *
     * @throws io.github.litetcc.ParticipantDefinitionException if no participant is registered for the try method here
     * @throws io.github.litetcc.TransientTccException if it cannot complete now (retry later)
     * @throws Exception whatever the confirm or cancel method threw (nothing of it committed)
     */
    public void serve(InboundPhase call) throws Exception {
        Participant participant = registry.require(call.participant());
        Branch branch = new Branch(call.branch(), BranchKind.LOCAL, call.participant(), null, null, call.arguments(),
                handedOver(participant, call), BranchStatus.ENLISTED);
        TransactionKey childrenKey = new TransactionKey(call.xid(), call.branch());
        FenceOutcome outcome = invoker.run(childrenKey, branch, call.phase(), call.deadline());
        children.settle(childrenKey, call.phase(), outcome, call.deadline());
    }

    private byte[] handedOver(Participant participant, InboundPhase call) {
        Object value = participant.fence()
                .flatMap(fence -> fence.find(call.xid(), call.branch()))
                .map(FenceRecord::tryResult)
                .map(stored -> InboundTryResult.handover(serializer, stored))
                .orElse(null);
        return value == null ? null : serializer.serialize(value);
    }
}
