package io.github.litetcc.fence.jdbc;

import io.github.litetcc.CorruptRecordException;
import io.github.litetcc.InvalidInputException;
import io.github.litetcc.jdbc.JdbcDialect;
import io.github.litetcc.jdbc.JdbcFailures;
import io.github.litetcc.model.BranchId;
import io.github.litetcc.model.Phase;
import io.github.litetcc.model.Xid;
import io.github.litetcc.spi.FenceRecord;
import io.github.litetcc.spi.FenceRequest;
import io.github.litetcc.spi.FenceStatus;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * The statements on one fence row, run on the phase's connection. Every {@link SQLException} is translated
 * here, so that whatever else the phase throws comes from the business body. Thread-safe.
 */
final class FenceRows {
    private final FenceSql sql;
    private final JdbcDialect dialect;
    private final JdbcFailures failures;

    FenceRows(FenceSql sql, JdbcDialect dialect) {
        this.sql = sql;
        this.dialect = dialect;
        this.failures = new JdbcFailures(dialect);
    }

    /** A row as the locking read sees it. */
    record Locked(FenceStatus status, byte[] tryResult) {
    }

    /** Inserts the row in {@code status}; {@code false} if a row for the branch exists (duplicate key). */
    boolean insertIfAbsent(Connection connection, FenceRequest request, FenceStatus status) {
        try (PreparedStatement statement = connection.prepareStatement(sql.insert)) {
            bindKey(statement, 1, request);
            statement.setInt(3, request.phase().code());
            statement.setInt(4, status.code());
            statement.setLong(5, request.deadline().toEpochMilli());
            return changedOneRow(statement, request);
        } catch (SQLException e) {
            if (!sql.insertSkipsDuplicates && dialect.isDuplicateKey(e)) {
                return false;
            }
            throw failures.translate(describe(request) + ": inserting its fence row", e);
        }
    }

    /** Compare-and-set TRIED → {@code target}: whether the row was TRIED (and is now {@code target}). */
    boolean moveFromTried(Connection connection, FenceRequest request, FenceStatus target) {
        try (PreparedStatement statement = connection.prepareStatement(sql.moveFromTried)) {
            statement.setInt(1, target.code());
            statement.setInt(2, request.phase().code());
            bindKey(statement, 3, request);
            return changedOneRow(statement, request);
        } catch (SQLException e) {
            throw failures.translate(describe(request) + ": moving its fence row from TRIED to " + target, e);
        }
    }

    /**
     * Runs an insert or a compare-and-set: whether it changed the row. Where the statement also reads the
     * isolation level, a level other than READ COMMITTED (the statement then changed nothing) throws.
     */
    private boolean changedOneRow(PreparedStatement statement, FenceRequest request) throws SQLException {
        if (!sql.checksIsolation) {
            return statement.executeUpdate() == 1;
        }
        try (ResultSet row = statement.executeQuery()) {
            row.next();
            String isolation = row.getString(1);
            if (!"read committed".equals(isolation)) {
                throw new WrongIsolationException(describe(request), isolation);
            }
            return row.getLong(2) == 1;
        }
    }

    /** Reads the row with a lock ({@code FOR UPDATE}), so no snapshot can hide it; empty if there is none. */
    Optional<Locked> lockingRead(Connection connection, FenceRequest request) {
        try (PreparedStatement statement = connection.prepareStatement(sql.lockingRead)) {
            bindKey(statement, 1, request);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(new Locked(FenceStatus.fromCode(rows.getInt(1)), rows.getBytes(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failures.translate(describe(request) + ": reading its fence row", e);
        }
    }

    /** Stores what the try returned in the row this phase inserted. */
    void storeTryResult(Connection connection, FenceRequest request, byte[] result) {
        try (PreparedStatement statement = connection.prepareStatement(sql.storeTryResult)) {
            statement.setBytes(1, result);
            bindKey(statement, 2, request);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw failures.translate(describe(request) + ": storing its try result", e);
        }
    }

    /** Reads a row of a query selecting {@code xid, branch_id, status, deadline, created_at, updated_at, try_result}. */
    static FenceRecord read(ResultSet row) throws SQLException {
        String xid = row.getString(1);
        String branch = row.getString(2);
        try {
            return new FenceRecord(Xid.parse(xid), BranchId.parse(branch), FenceStatus.fromCode(row.getInt(3)),
                    Instant.ofEpochMilli(row.getLong(4)), Instant.ofEpochMilli(row.getLong(5)), Instant.ofEpochMilli(row.getLong(6)),
                    row.getBytes(7));
        } catch (InvalidInputException | CorruptRecordException e) {
            throw new CorruptRecordException("Fence row (xid '" + xid + "', branch '" + branch + "') cannot be read: " + e.getMessage(), e);
        }
    }

    /** Names the phase in messages: "Cancel of branch 2 of xid 0190…". */
    static String describe(FenceRequest request) {
        return phaseName(request.phase()) + " of branch " + request.branch() + " of xid " + request.xid();
    }

    static void bindKey(PreparedStatement statement, int first, FenceRequest request) throws SQLException {
        statement.setString(first, request.xid().toString());
        statement.setString(first + 1, request.branch().toString());
    }

    private static String phaseName(Phase phase) {
        return switch (phase) {
            case TRY -> "Try";
            case CONFIRM -> "Confirm";
            case CANCEL -> "Cancel";
        };
    }
}
