package io.github.litetcc.repository.jdbc;

import io.github.litetcc.model.Branch;
import io.github.litetcc.model.BranchId;
import io.github.litetcc.model.ParticipantId;
import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.model.Xid;
import io.github.litetcc.spi.NewTransaction;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Keys, branches and new transactions for the repository tests. */
final class TestRecords {
    static final ParticipantId RESERVE = new ParticipantId("inventory", "reserve", List.of("java.lang.String", "int"));

    private TestRecords() {
    }

    static TransactionKey newKey() {
        return TransactionKey.root(Xid.generate(Instant.now()));
    }

    static Branch branch(int number) {
        return Branch.local(BranchId.ROOT.child(number), RESERVE, ("args-" + number).getBytes());
    }

    static NewTransaction newTransaction(TransactionKey key) {
        return new NewTransaction(key, Duration.ofMinutes(1), Duration.ofMinutes(1), "node-a", branch(1));
    }

    /** A transaction due for recovery as soon as it is written. */
    static NewTransaction dueAtOnce(TransactionKey key) {
        return new NewTransaction(key, Duration.ofMillis(1), Duration.ZERO, "node-a", branch(1));
    }
}
