package io.github.litetcc.fence.memory;

import io.github.litetcc.model.BranchId;
import io.github.litetcc.model.Xid;

import java.util.Comparator;

/** The primary key of a fence row: one branch of one transaction. */
record RowKey(Xid xid, BranchId branch) implements Comparable<RowKey> {
    private static final Comparator<RowKey> ORDER = Comparator.comparing(RowKey::xid).thenComparing(RowKey::branch);

    @Override
    public int compareTo(RowKey other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return "branch " + branch + " of xid " + xid;
    }
}
