package io.github.litetcc.model;

import io.github.litetcc.InvalidInputException;

import java.util.Objects;

/**
 * Names one record of the transaction log: the global xid, and the branch that owns the record —
 * {@link BranchId#ROOT} for the starter's record, or a nested participant's own branch for the record
 * of the children it enlisted. Printed as {@code xid} or {@code xid:branch}.
 */
public record TransactionKey(Xid xid, BranchId owner) implements Comparable<TransactionKey> {

    public TransactionKey {
        Objects.requireNonNull(xid, "xid");
        Objects.requireNonNull(owner, "owner");
    }

    /** The starter's record of a transaction. */
    public static TransactionKey root(Xid xid) {
        return new TransactionKey(xid, BranchId.ROOT);
    }

    /** Parses {@code xid} or {@code xid:branch}; throws {@link InvalidInputException} naming the input. */
    public static TransactionKey parse(String text) {
        if (text == null) {
            throw new InvalidInputException("Malformed transaction key: null");
        }
        int colon = text.indexOf(':');
        if (colon < 0) {
            return root(Xid.parse(text));
        }
        return new TransactionKey(Xid.parse(text.substring(0, colon)), BranchId.parse(text.substring(colon + 1)));
    }

    /** Whether this is a starter's record (not a nested participant's). */
    public boolean isRoot() {
        return owner.isRoot();
    }

    @Override
    public int compareTo(TransactionKey other) {
        int byXid = xid.compareTo(other.xid);
        return byXid != 0 ? byXid : owner.compareTo(other.owner);
    }

    @Override
    public String toString() {
        return isRoot() ? xid.toString() : xid + ":" + owner;
    }
}
