package io.github.litetcc.repository.jdbc;

import io.github.litetcc.jdbc.JdbcDialect;
import io.github.litetcc.model.Branch;
import io.github.litetcc.model.BranchId;
import io.github.litetcc.model.BranchStatus;
import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.model.TransactionStatus;

import java.util.List;
import java.util.function.Supplier;

/**
 * The log's writes on MySQL/MariaDB in the form {@link GroupCommit} sends them, several to one transaction: the
 * same statements the lone writes use, minus their own transaction. A guarded write that changed nothing in the
 * batch is explained after the commit by the same read a lone write makes.
 */
final class MySqlGroupedWrites {
    private final TransactionSql sql;
    private final boolean archiveFinished;
    private final List<String> enlist;
    private final boolean enlistReturnsVersion;
    private final LogConnections connections;
    private final HeaderStatements headers;

    /**
     * @param enlist               the enlist's statements: the trigger's {@code INSERT … RETURNING}, or the bump, the
     *                             guarded insert and the read of the new version
     * @param enlistReturnsVersion whether {@code enlist} is the trigger's single statement
     */
    MySqlGroupedWrites(TransactionSql sql, boolean archiveFinished, List<String> enlist, boolean enlistReturnsVersion,
                       LogConnections connections, HeaderStatements headers) {
        this.sql = sql;
        this.archiveFinished = archiveFinished;
        this.enlist = List.copyOf(enlist);
        this.enlistReturnsVersion = enlistReturnsVersion;
        this.connections = connections;
        this.headers = headers;
    }

    BatchedWrite<Long> create(TransactionKey key, Branch first, OneRoundTripWrites.Header header) {
        return new BatchedWrite<>(List.of(sql.insertHeader, sql.insertBranch), (statement, next) -> {
            header.bind(statement, next - 1);
            int branchOffset = next - 1 + OneRoundTripWrites.Header.PARAMETERS;
            BranchColumns.bind(statement, branchOffset, key, first);
            return branchOffset + BranchColumns.COUNT + 1;
        }, results -> {
            results.updateCount();
            results.updateCount();
            return () -> 1L;
        });
    }

    /** @param alone the lone enlist, which explains a refused bump as a lone enlist would */
    BatchedWrite<Long> enlist(TransactionKey key, Branch branch, Supplier<Long> alone) {
        if (enlistReturnsVersion) {
            return new BatchedWrite<>(enlist, (statement, next) -> {
                BranchColumns.bind(statement, next - 1, key, branch);
                return next + BranchColumns.COUNT;
            }, results -> {
                long version = results.firstValue();
                return () -> version;
            });
        }
        return new BatchedWrite<>(enlist, (statement, next) -> {
            statement.setString(next, key.toString());
            BranchColumns.bind(statement, next, key, branch);
            statement.setString(next + BranchColumns.COUNT + 1, key.toString());
            return next + BranchColumns.COUNT + 2;
        }, results -> {
            boolean bumped = results.updateCount() == 1;
            results.updateCount();
            long version = results.firstValue();
            return bumped ? () -> version : alone;
        });
    }

    /**
     * A header write guarded by key, version and statuses ({@code write} bound by {@code binder}): {@code true} if it
     * changed the row, else what {@link HeaderStatements#explainUnchanged} finds.
     */
    BatchedWrite<Boolean> guardedHeaderWrite(String write, BatchedWrite.ParameterBinder binder, TransactionKey key,
                                             long expectedVersion, String action) {
        return new BatchedWrite<>(List.of(write), binder, results -> results.updateCount() > 0 ? () -> true
                : () -> connections.autoCommit("Explaining why " + action + " changed nothing in " + key,
                        connection -> headers.explainUnchanged(connection, key, expectedVersion, action)));
    }

    /** Finishes a record: one multi-table {@code DELETE}, or the archiving {@code UPDATE}. */
    BatchedWrite<Boolean> finish(TransactionKey key, long expectedVersion, TransactionStatus terminal, String action) {
        String write = archiveFinished ? sql.finish(terminal, true)
                : sql.finishByDeleteInOneStatement(terminal, JdbcDialect.MYSQL).orElseThrow();
        return guardedHeaderWrite(write, (statement, next) -> {
            statement.setString(next, key.toString());
            statement.setLong(next + 1, expectedVersion);
            return next + 2;
        }, key, expectedVersion, action);
    }

    /** @param alone the lone write, which explains a branch that was not ENLISTED as a lone write would */
    BatchedWrite<Void> recordBranchStatus(TransactionKey key, BranchId branch, BranchStatus status, Supplier<Void> alone) {
        return new BatchedWrite<>(List.of(sql.recordBranchStatus), (statement, next) -> {
            statement.setInt(next, status.code());
            statement.setString(next + 1, key.toString());
            statement.setString(next + 2, branch.toString());
            return next + 3;
        }, results -> results.updateCount() == 1 ? () -> null : alone);
    }
}
