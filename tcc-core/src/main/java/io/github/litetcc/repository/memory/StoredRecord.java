package io.github.litetcc.repository.memory;

import io.github.litetcc.CorruptRecordException;
import io.github.litetcc.model.GlobalTransaction;
import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.repository.RecordCodec;

import java.time.Instant;
import java.util.Optional;

/**
 * One entry of the in-memory log: the record's encoded bytes, and where it sits in the due index
 * ({@code null} when it is never due). Kept apart like a database keeps a row and its index, so a
 * record whose bytes cannot be read still has a due time. Immutable: the bytes are never handed out.
 */
final class StoredRecord {
    private final byte[] bytes;
    private final Instant dueAt;

    private StoredRecord(byte[] bytes, Instant dueAt) {
        this.bytes = bytes;
        this.dueAt = dueAt;
    }

    /** The encoded form of a readable record, indexed by its next attempt unless it is finished or parked. */
    static StoredRecord of(GlobalTransaction record) {
        Instant dueAt = record.status().isTerminal() ? null : record.nextAttemptAt();
        return new StoredRecord(RecordCodec.encodeRecord(record), dueAt);
    }

    /** Bytes as given (copied), indexed at {@code dueAt}: for restored or damaged entries. */
    static StoredRecord raw(byte[] bytes, Instant dueAt) {
        return new StoredRecord(bytes.clone(), dueAt);
    }

    Instant dueAt() {
        return dueAt;
    }

    StoredRecord withDueAt(Instant at) {
        return new StoredRecord(bytes, at);
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
        GlobalTransaction record;
        try {
            record = RecordCodec.decodeRecord(bytes);
        } catch (CorruptRecordException e) {
            throw new CorruptRecordException("Record " + key + " cannot be read: " + e.getMessage(), e);
        }
        if (!record.key().equals(key)) {
            throw new CorruptRecordException("Record stored under " + key + " holds the record of " + record.key());
        }
        return record;
    }
}
