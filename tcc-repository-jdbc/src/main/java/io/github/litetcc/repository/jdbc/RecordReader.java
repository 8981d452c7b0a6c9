package io.github.litetcc.repository.jdbc;

import io.github.litetcc.CorruptRecordException;
import io.github.litetcc.TccException;
import io.github.litetcc.model.Branch;
import io.github.litetcc.model.BranchId;
import io.github.litetcc.model.BranchKind;
import io.github.litetcc.model.BranchStatus;
import io.github.litetcc.model.GlobalTransaction;
import io.github.litetcc.model.ParticipantId;
import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.model.TransactionStatus;
import io.github.litetcc.spi.CorruptRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the rows of a header-join-branch query (one row per branch, header columns repeated, rows of one record
 * adjacent) into records. A record whose rows cannot be decoded — an unknown status or kind code, a malformed
 * id, a row format version this node does not read — becomes a {@link CorruptRecord} naming its key and the
 * problem; the others are unaffected. Not thread-safe: one reader per result set.
 */
final class RecordReader {
    /** The version of the row layout this node writes and reads. */
    static final int ROW_FORMAT_VERSION = 1;
    private static final Logger LOG = LoggerFactory.getLogger(RecordReader.class);

    private final List<Entry> entries = new ArrayList<>();
    private String rawKey;
    private Header header;
    private List<Branch> branches;
    private String problem;

    /** One record as read: decoded, or corrupt (then {@code record} is {@code null}). */
    record Entry(TransactionKey key, GlobalTransaction record, CorruptRecord corrupt) {
    }

    /** Reads every row of {@code rows}. */
    static List<Entry> read(ResultSet rows) throws SQLException {
        RecordReader reader = new RecordReader();
        while (rows.next()) {
            reader.accept(rows);
        }
        reader.flush();
        return reader.entries;
    }

    private void accept(ResultSet row) throws SQLException {
        String key = row.getString("tx_key");
        if (!key.equals(rawKey)) {
            flush();
            rawKey = key;
            branches = new ArrayList<>();
        }
        if (problem != null) {
            return;
        }
        try {
            if (header == null) {
                header = Header.read(row);
            }
            if (row.getString("branch_id") != null) {
                branches.add(readBranch(row));
            }
        } catch (TccException | IllegalArgumentException e) {
            problem = e.getMessage();
        }
    }

    private void flush() {
        if (rawKey == null) {
            return;
        }
        TransactionKey key = parseKey();
        if (key != null && problem != null) {
            entries.add(new Entry(key, null, new CorruptRecord(key, problem)));
        } else if (key != null) {
            entries.add(new Entry(key, header.toRecord(key, branches), null));
        }
        rawKey = null;
        header = null;
        problem = null;
    }

    private TransactionKey parseKey() {
        try {
            return TransactionKey.parse(rawKey);
        } catch (TccException e) {
            LOG.error("The log holds a row whose key '{}' cannot be read ({}): it is skipped; delete or repair it by hand",
                    rawKey, e.getMessage());
            return null;
        }
    }

    private static Branch readBranch(ResultSet row) throws SQLException {
        BranchId id = BranchId.parse(row.getString("branch_id"));
        BranchKind kind = BranchKind.fromCode(row.getInt("kind"));
        ParticipantId participant = new ParticipantId(row.getString("resource"), row.getString("method"),
                BranchColumns.decodeTypes(row.getString("parameter_types")));
        return new Branch(id, kind, participant, row.getString("service_group"), row.getString("service_version"),
                row.getBytes("arguments"), row.getBytes("try_context"), BranchStatus.fromCode(row.getInt("branch_status")));
    }

    /** The header columns of one record. */
    private record Header(TransactionStatus status, Instant createdAt, Instant deadline, int attempts, Instant nextAttemptAt,
                          String owner, String lastError, long version) {

        static Header read(ResultSet row) throws SQLException {
            int format = row.getInt("format_version");
            if (format != ROW_FORMAT_VERSION) {
                throw new CorruptRecordException("Unsupported row format version " + format + " (this node reads "
                        + ROW_FORMAT_VERSION + ")");
            }
            long next = row.getLong("next_attempt_at");
            Instant nextAttemptAt = row.wasNull() ? null : Instant.ofEpochMilli(next);
            return new Header(TransactionStatus.fromCode(row.getInt("status")), Instant.ofEpochMilli(row.getLong("created_at")),
                    Instant.ofEpochMilli(row.getLong("deadline")), row.getInt("attempts"), nextAttemptAt,
                    row.getString("owner"), row.getString("last_error"), row.getLong("version"));
        }

        GlobalTransaction toRecord(TransactionKey key, List<Branch> branches) {
            return new GlobalTransaction(key, status, branches, createdAt, deadline, attempts, nextAttemptAt, owner,
                    lastError, version);
        }
    }
}
