package io.github.litetcc.fence.redis;

import io.github.litetcc.CorruptRecordException;
import io.github.litetcc.model.BranchId;
import io.github.litetcc.model.Xid;
import io.github.litetcc.spi.FenceRecord;
import io.github.litetcc.spi.FenceStatus;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * Reads fence rows as other callers see them: a transition still pending (a Java body running) is not
 * visible yet, like an uncommitted row in a database: an inserted row reads as absent, an updated one as
 * its previous status.
 */
final class FenceRows {

    private FenceRows() {
    }

    /** The committed view of a row, or empty when absent or only pending-inserted. */
    static Optional<FenceRecord> committed(Xid xid, BranchId branch, Map<String, byte[]> fields) {
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        try {
            String status = text(fields, "status");
            if (fields.containsKey("pending")) {
                status = text(fields, "prev");
            }
            if (status.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new FenceRecord(xid, branch, FenceStatus.fromCode(Integer.parseInt(status)),
                    instant(fields, "deadline"), instant(fields, "created"), instant(fields, "updated"),
                    tryResult(fields.get("result"))));
        } catch (IllegalArgumentException | CorruptRecordException e) {
            throw new CorruptRecordException("Fence row of xid " + xid + " branch " + branch + " cannot be read: "
                    + e.getMessage(), e);
        }
    }

    /** A stored try result: {@code null} for none, else the bytes after the leading {@code v}. */
    static byte[] tryResult(byte[] stored) {
        if (stored == null || stored.length == 0) {
            return null;
        }
        return Arrays.copyOfRange(stored, 1, stored.length);
    }

    /** The stored form of a try result. */
    static byte[] storedResult(byte[] result) {
        if (result == null) {
            return new byte[0];
        }
        byte[] stored = new byte[result.length + 1];
        stored[0] = 'v';
        System.arraycopy(result, 0, stored, 1, result.length);
        return stored;
    }

    private static Instant instant(Map<String, byte[]> fields, String name) {
        return Instant.ofEpochMilli(Long.parseLong(text(fields, name)));
    }

    private static String text(Map<String, byte[]> fields, String name) {
        byte[] value = fields.get(name);
        if (value == null) {
            throw new CorruptRecordException("field '" + name + "' is missing");
        }
        return new String(value, StandardCharsets.UTF_8);
    }
}
