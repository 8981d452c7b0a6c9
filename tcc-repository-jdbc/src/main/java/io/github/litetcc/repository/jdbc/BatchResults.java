package io.github.litetcc.repository.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The results of a multi-statement text, one per statement, read in order: an update count, or the first value of a
 * query's first row. Reading past a statement moves to the next one, which is where the driver reports a later
 * statement's failure.
 */
final class BatchResults {
    private final PreparedStatement statement;
    private boolean atQuery;

    /** Starts at the first result; {@code firstIsQuery} is what {@link PreparedStatement#execute()} returned. */
    BatchResults(PreparedStatement statement, boolean firstIsQuery) {
        this.statement = statement;
        this.atQuery = firstIsQuery;
    }

    /** The current statement's update count; moves to the next. */
    int updateCount() throws SQLException {
        if (atQuery) {
            throw new SQLException("Expected an update count in the batch, found rows");
        }
        int count = statement.getUpdateCount();
        if (count < 0) {
            throw new SQLException("Expected an update count in the batch, found no more results");
        }
        next();
        return count;
    }

    /** The first column of the current query's first row, as a long; moves to the next. */
    long firstValue() throws SQLException {
        if (!atQuery) {
            throw new SQLException("Expected rows in the batch, found an update count");
        }
        try (ResultSet rows = statement.getResultSet()) {
            if (!rows.next()) {
                throw new SQLException("Expected a row in the batch, found none");
            }
            long value = rows.getLong(1);
            next();
            return value;
        }
    }

    /** Whether every result was read. */
    boolean isExhausted() throws SQLException {
        return !atQuery && statement.getUpdateCount() == -1;
    }

    private void next() throws SQLException {
        atQuery = statement.getMoreResults();
    }
}
