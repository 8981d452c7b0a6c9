package io.github.litetcc.fence.jdbc;

import io.github.litetcc.jdbc.JdbcDialect;
import io.github.litetcc.spi.FenceStatus;

/**
 * The fence's statements for one table and dialect. The insert from absent differs: PostgreSQL uses
 * {@code ON CONFLICT DO NOTHING} (any error would abort its transaction), H2 and MySQL/MariaDB a plain insert
 * whose duplicate-key error leaves the transaction usable. So does the batched delete of clean-up.
 *
 * <p>On PostgreSQL, whose driver asks the server for the isolation level on every
 * {@code getTransactionIsolation()}, the insert and the compare-and-set also read the level, in the same
 * statement: they change nothing unless it is READ COMMITTED and return {@code (isolation, rows changed)}.
 */
final class FenceSql {
    private static final String TERMINAL = FenceStatus.CONFIRMED.code() + ", " + FenceStatus.CANCELLED.code() + ", "
            + FenceStatus.CANCELLED_EMPTY.code();
    private static final String COLUMNS = "xid, branch_id, status, deadline, created_at, updated_at, try_result";

    private static final String LEVEL = "WITH level AS (SELECT current_setting('transaction_isolation') AS isolation), changed AS (";
    private static final String LEVEL_RESULT = " RETURNING 1) SELECT isolation, (SELECT COUNT(*) FROM changed) FROM level";

    /** Whether a duplicate key makes {@link #insert} change no row (instead of failing). */
    final boolean insertSkipsDuplicates;
    /** Whether {@link #insert} and {@link #moveFromTried} are queries returning the isolation level and the rows changed. */
    final boolean checksIsolation;
    final String insert;
    final String storeTryResult;
    final String moveFromTried;
    final String lockingRead;
    final String find;
    final String orphans;
    final String cleanUp;

    FenceSql(String table, JdbcDialect dialect) {
        String now = dialect.nowMillis();
        insertSkipsDuplicates = dialect == JdbcDialect.POSTGRESQL;
        checksIsolation = dialect == JdbcDialect.POSTGRESQL;
        String into = "INSERT INTO " + table + " (xid, branch_id, action, status, deadline, try_result, created_at, updated_at) ";
        String values = "?, ?, ?, ?, ?, NULL, " + now + ", " + now;
        insert = checksIsolation
                ? LEVEL + into + "SELECT " + values + " FROM level WHERE isolation = 'read committed'"
                        + " ON CONFLICT (xid, branch_id) DO NOTHING" + LEVEL_RESULT
                : into + "VALUES (" + values + ")";
        storeTryResult = "UPDATE " + table + " SET try_result = ? WHERE xid = ? AND branch_id = ?";
        String move = "UPDATE " + table + " SET status = ?, action = ?, updated_at = " + now
                + " WHERE xid = ? AND branch_id = ? AND status = " + FenceStatus.TRIED.code();
        moveFromTried = checksIsolation
                ? LEVEL + move + " AND (SELECT isolation FROM level) = 'read committed'" + LEVEL_RESULT
                : move;
        lockingRead = "SELECT status, try_result FROM " + table + " WHERE xid = ? AND branch_id = ? FOR UPDATE";
        find = "SELECT " + COLUMNS + " FROM " + table + " WHERE xid = ? AND branch_id = ?";
        orphans = "SELECT " + COLUMNS + " FROM " + table + " WHERE status = " + FenceStatus.TRIED.code()
                + " AND deadline < " + now + " - ? ORDER BY deadline LIMIT ?";
        cleanUp = cleanUp(table, dialect, "status IN (" + TERMINAL + ") AND deadline < " + now + " - ?");
    }

    private static String cleanUp(String table, JdbcDialect dialect, String expired) {
        return switch (dialect) {
            case MYSQL -> "DELETE FROM " + table + " WHERE " + expired + " LIMIT ?";
            case H2 -> "DELETE FROM " + table + " WHERE " + expired + " FETCH FIRST ? ROWS ONLY";
            case POSTGRESQL -> "DELETE FROM " + table + " WHERE (xid, branch_id) IN (SELECT xid, branch_id FROM " + table
                    + " WHERE " + expired + " LIMIT ?) AND status IN (" + TERMINAL + ")";
        };
    }
}
