package io.github.litetcc.spring.actuate;

import io.github.litetcc.model.BranchId;
import io.github.litetcc.model.Phase;
import io.github.litetcc.model.Xid;
import io.github.litetcc.recovery.TransactionOperations;
import io.github.litetcc.recovery.TransactionRecovery;
import io.github.litetcc.spi.Fence;
import io.github.litetcc.spi.FenceRequest;
import io.github.litetcc.spi.TransactionQuery;
import io.github.litetcc.spring.FenceResolver;
import io.github.litetcc.spring.shop.ShippingParticipant;

import java.time.Duration;
import java.time.Instant;

/** Puts an application into the states an operator must see: stuck and parked transactions, fence orphans. */
final class OperatorScenarios {
    private final ShippingParticipant shipping;
    private final TransactionOperations operations;
    private final TransactionRecovery recovery;
    private final FenceResolver fences;

    OperatorScenarios(ShippingParticipant shipping, TransactionOperations operations, TransactionRecovery recovery, FenceResolver fences) {
        this.shipping = shipping;
        this.operations = operations;
        this.recovery = recovery;
        this.fences = fences;
    }

    /** A shipment whose delivery failed once (with {@code tcc.recovery.alert-after=1}: stuck); returns its key. */
    String stuckShipment(String parcel) {
        shipping.block(parcel);
        shipping.ship(parcel);
        return operations.list(TransactionQuery.unfinished(TransactionQuery.MAX_LIMIT)).items().stream()
                .filter(record -> record.lastError() != null && record.lastError().contains(parcel))
                .findFirst().orElseThrow(() -> new AssertionError("no unfinished shipment of " + parcel)).key().toString();
    }

    /** A shipment whose delivery failed twice (with {@code tcc.recovery.max-attempts=2}: parked); returns its key. */
    String parkedShipment(String parcel) {
        String key = stuckShipment(parcel);
        operations.retryNow(key);
        recovery.runOnce();
        return key;
    }

    /** A fence row TRIED two hours past its deadline, whose transaction record does not exist; returns its xid. */
    String fenceOrphan() throws Exception {
        Fence fence = fences.fences().values().iterator().next();
        Instant deadline = Instant.now().minus(Duration.ofHours(2));
        Xid xid = Xid.generate(deadline.minus(Duration.ofMinutes(1)));
        fence.execute(new FenceRequest(xid, BranchId.ROOT.child(1), Phase.TRY, deadline), () -> null);
        return xid.toString();
    }
}
