package io.github.litetcc.repository.memory;

import io.github.litetcc.CorruptRecordException;
import io.github.litetcc.NoSuchTransactionException;
import io.github.litetcc.model.Branch;
import io.github.litetcc.model.BranchId;
import io.github.litetcc.model.GlobalTransaction;
import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.repository.RecordCodec;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One entry of the in-memory log, stored like a row and its child rows: the header (immutable values) and
 * each branch's encoded bytes, plus where the entry sits in the due index ({@code null} when never due).
 * A header change shares the branch bytes; an enlist encodes only the new branch. An entry whose bytes
 * could not be read is kept raw, with its due time. Immutable: the bytes are never handed out.
 */
final class StoredRecord {
    private final GlobalTransaction header;
    private final List<BranchId> branchIds;
    private final List<byte[]> branches;
    private final byte[] raw;
    private final Instant dueAt;

    private StoredRecord(GlobalTransaction header, List<BranchId> branchIds, List<byte[]> branches, byte[] raw, Instant dueAt) {
        this.header = header;
        this.branchIds = branchIds;
        this.branches = branches;
        this.raw = raw;
        this.dueAt = dueAt;
    }

    /** A readable record: its header, and each branch encoded; indexed by its next attempt unless finished or parked. */
    static StoredRecord of(GlobalTransaction record) {
        List<BranchId> ids = new ArrayList<>(record.branches().size());
        List<byte[]> encoded = new ArrayList<>(record.branches().size());
        for (Branch branch : record.branches()) {
            ids.add(branch.id());
            encoded.add(RecordCodec.encodeBranch(branch));
        }
        return new StoredRecord(headerOf(record), List.copyOf(ids), List.copyOf(encoded), null, dueOf(record));
    }

    /** Bytes as given (copied), indexed at {@code dueAt}: for restored or damaged entries. */
    static StoredRecord raw(byte[] bytes, Instant dueAt) {
        return new StoredRecord(null, List.of(), List.of(), bytes.clone(), dueAt);
    }

    Instant dueAt() {
        return dueAt;
    }

    StoredRecord withDueAt(Instant at) {
        return new StoredRecord(header, branchIds, branches, raw, at);
    }

    /** The header without its branches; throws {@link CorruptRecordException} for a raw entry. */
    GlobalTransaction header(TransactionKey key) {
        if (header == null) {
            decode(key);
        }
        return header;
    }

    boolean hasBranch(BranchId id) {
        return branchIds.contains(id);
    }

    /** The same branches under a new header. */
    StoredRecord withHeader(GlobalTransaction next) {
        return new StoredRecord(headerOf(next), branchIds, branches, null, dueOf(next));
    }

    /** One more branch (only that branch is encoded) under a new header. */
    StoredRecord withBranch(GlobalTransaction nextHeader, Branch branch) {
        List<BranchId> ids = new ArrayList<>(branchIds);
        ids.add(branch.id());
        List<byte[]> encoded = new ArrayList<>(branches);
        encoded.add(RecordCodec.encodeBranch(branch));
        return new StoredRecord(headerOf(nextHeader), List.copyOf(ids), List.copyOf(encoded), null, dueOf(nextHeader));
    }

    /** The decoded branch {@code id}; throws {@link NoSuchTransactionException} if the record has none. */
    Branch branch(TransactionKey key, BranchId id) {
        int index = branchIds.indexOf(id);
        if (index < 0) {
            throw new NoSuchTransactionException("Transaction " + key + " has no branch " + id);
        }
        return decodeBranch(key, branches.get(index));
    }

    /** The branch of the same id replaced (only it is encoded), same header. */
    StoredRecord withReplacedBranch(Branch branch) {
        List<byte[]> encoded = new ArrayList<>(branches);
        encoded.set(branchIds.indexOf(branch.id()), RecordCodec.encodeBranch(branch));
        return new StoredRecord(header, branchIds, List.copyOf(encoded), null, dueAt);
    }

    /** The record {@code bytes} encode, or empty if they cannot be read. */
    static Optional<GlobalTransaction> decodeIfReadable(byte[] bytes) {
        try {
            return Optional.of(RecordCodec.decodeRecord(bytes));
        } catch (CorruptRecordException e) {
            return Optional.empty();
        }
    }

    /** Decodes a fresh copy; throws {@link CorruptRecordException} naming the key if the bytes cannot be read. */
    GlobalTransaction decode(TransactionKey key) {
        if (raw != null) {
            GlobalTransaction record;
            try {
                record = RecordCodec.decodeRecord(raw);
            } catch (CorruptRecordException e) {
                throw new CorruptRecordException("Record " + key + " cannot be read: " + e.getMessage(), e);
            }
            if (!record.key().equals(key)) {
                throw new CorruptRecordException("Record stored under " + key + " holds the record of " + record.key());
            }
            return record;
        }
        List<Branch> decoded = new ArrayList<>(branches.size());
        for (byte[] bytes : branches) {
            decoded.add(decodeBranch(key, bytes));
        }
        return new GlobalTransaction(header.key(), header.status(), decoded, header.createdAt(), header.deadline(),
                header.attempts(), header.nextAttemptAt(), header.owner(), header.lastError(), header.version());
    }

    private static Branch decodeBranch(TransactionKey key, byte[] bytes) {
        try {
            return RecordCodec.decodeBranch(bytes);
        } catch (CorruptRecordException e) {
            throw new CorruptRecordException("Record " + key + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static GlobalTransaction headerOf(GlobalTransaction record) {
        return record.branches().isEmpty() ? record : new GlobalTransaction(record.key(), record.status(), List.of(),
                record.createdAt(), record.deadline(), record.attempts(), record.nextAttemptAt(), record.owner(),
                record.lastError(), record.version());
    }

    private static Instant dueOf(GlobalTransaction record) {
        return record.status().isTerminal() ? null : record.nextAttemptAt();
    }
}
