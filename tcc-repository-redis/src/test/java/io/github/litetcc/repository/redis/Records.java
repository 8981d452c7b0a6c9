package io.github.litetcc.repository.redis;

import io.github.litetcc.model.Branch;
import io.github.litetcc.model.BranchId;
import io.github.litetcc.model.ParticipantId;
import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.model.Xid;
import io.github.litetcc.model.TransactionStatus;
import io.github.litetcc.spi.NewTransaction;
import io.github.litetcc.spi.RecordUpdate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Test data: keys, branches and new transactions. */
final class Records {
    static final ParticipantId PARTICIPANT = new ParticipantId("inventory", "reserve", List.of("java.lang.String"));

    private Records() {
    }

    static TransactionKey newKey() {
        return TransactionKey.root(Xid.generate(Instant.now()));
    }

    static Branch branch(int n) {
        return Branch.local(BranchId.ROOT.child(n), PARTICIPANT, new byte[] {1, 2, (byte) n});
    }

    static NewTransaction begin(TransactionKey key, Duration timeout) {
        return new NewTransaction(key, timeout, Duration.ZERO, "node-a", branch(1));
    }

    /** A header change to a decided status, due now. */
    static RecordUpdate decided(TransactionStatus status) {
        return new RecordUpdate(status, 0, Duration.ZERO, null, null);
    }

    static NewTransaction begin(TransactionKey key) {
        return begin(key, Duration.ofMinutes(5));
    }
}
