package io.github.litetcc.spring.actuate;

import io.github.litetcc.model.Branch;
import io.github.litetcc.model.GlobalTransaction;

import java.time.Instant;
import java.util.List;

/** A transaction record as the endpoint shows it. */
public record TransactionView(String key, String xid, String status, boolean root, Instant createdAt, Instant deadline,
                              int attempts, Instant nextAttemptAt, String owner, String lastError, long version,
                              List<BranchView> branches) {

    static TransactionView of(GlobalTransaction record) {
        return new TransactionView(record.key().toString(), record.xid().toString(), record.status().name(), record.isRoot(),
                record.createdAt(), record.deadline(), record.attempts(), record.nextAttemptAt(), record.owner(),
                record.lastError(), record.version(), record.branches().stream().map(BranchView::of).toList());
    }

    /** One branch of a record. */
    public record BranchView(String id, String kind, String participant, String group, String version, String status) {

        static BranchView of(Branch branch) {
            return new BranchView(branch.id().toString(), branch.kind().name(), branch.participant().toString(), branch.group(),
                    branch.version(), branch.status().name());
        }
    }
}
