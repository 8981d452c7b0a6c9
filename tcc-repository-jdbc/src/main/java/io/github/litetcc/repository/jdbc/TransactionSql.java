package io.github.litetcc.repository.jdbc;

import io.github.litetcc.jdbc.JdbcDialect;
import io.github.litetcc.jdbc.JdbcRepositoryConfig;
import io.github.litetcc.model.TransactionStatus;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The statements of the JDBC log for one configuration (table names) and dialect (the database's clock).
 * Every time written is computed in SQL from the database's now plus a bound number of milliseconds.
 */
final class TransactionSql {
    static final int TRYING = TransactionStatus.TRYING.code();
    private static final String SELECTED = "h.tx_key, h.status, h.created_at, h.deadline, h.attempts, h.next_attempt_at, "
            + "h.owner, h.last_error, h.version, h.format_version, b.branch_id, b.kind, b.resource, b.method, "
            + "b.parameter_types, b.service_group, b.service_version, b.arguments, b.try_context, b.status AS branch_status";

    final String now;
    final String insertHeader;
    final String insertTombstone;
    final String insertBranch;
    final String statusOf;
    final String headerState;
    final String recordBranchStatus;
    final String branchStatusOf;
    final String lockHeader;
    final String attachTryContext;
    final String deleteBranches;
    final String find;
    final String due;
    final String postpone;
    private final String transactions;
    private final String branches;
    private final String dbNow;

    TransactionSql(JdbcRepositoryConfig config, JdbcDialect dialect) {
        transactions = config.transactionTable();
        branches = config.branchTable();
        dbNow = dialect.nowMillis();
        now = "SELECT " + dbNow;
        insertHeader = "INSERT INTO " + transactions + " (tx_key, xid, owner_branch, status, created_at, deadline, attempts, "
                + "next_attempt_at, owner, last_error, version, format_version) VALUES (?, ?, ?, " + TRYING + ", "
                + dbNow + ", " + dbNow + " + ?, 0, " + dbNow + " + ?, ?, NULL, 1, ?)";
        insertTombstone = "INSERT INTO " + transactions + " (tx_key, xid, owner_branch, status, created_at, deadline, attempts, "
                + "next_attempt_at, owner, last_error, version, format_version) VALUES (?, ?, ?, "
                + TransactionStatus.CANCELLING.code() + ", " + dbNow + ", " + dbNow + ", 0, " + dbNow + " + ?, NULL, NULL, 1, ?)";
        insertBranch = "INSERT INTO " + branches + " (tx_key, branch_id, kind, resource, method, parameter_types, "
                + "service_group, service_version, arguments, try_context, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        statusOf = "SELECT status FROM " + transactions + " WHERE tx_key = ?";
        headerState = "SELECT status, version FROM " + transactions + " WHERE tx_key = ?";
        recordBranchStatus = "UPDATE " + branches + " SET status = ? WHERE tx_key = ? AND branch_id = ? AND status = "
                + io.github.litetcc.model.BranchStatus.ENLISTED.code();
        branchStatusOf = "SELECT status FROM " + branches + " WHERE tx_key = ? AND branch_id = ?";
        lockHeader = statusOf + " FOR UPDATE";
        attachTryContext = "UPDATE " + branches + " SET try_context = ? WHERE tx_key = ? AND branch_id = ?";
        deleteBranches = "DELETE FROM " + branches + " WHERE tx_key = ?";
        find = "SELECT " + SELECTED + " FROM " + transactions + " h LEFT JOIN " + branches + " b ON b.tx_key = h.tx_key "
                + "WHERE h.tx_key = ?";
        due = joined("SELECT * FROM " + transactions + " WHERE next_attempt_at <= " + dbNow + " AND status NOT IN ("
                + TransactionStatus.CONFIRMED.code() + ", " + TransactionStatus.CANCELLED.code()
                + ") ORDER BY next_attempt_at LIMIT ?", "h.next_attempt_at, h.tx_key");
        postpone = "UPDATE " + transactions + " SET next_attempt_at = " + dbNow + " + ? WHERE tx_key = ? AND status NOT IN ("
                + TransactionStatus.CONFIRMED.code() + ", " + TransactionStatus.CANCELLED.code() + ")";
    }

    /**
     * The decision, claim or any header change: status, attempts, owner, last error, then the next attempt
     * (unless {@code neverDue}), the key and the expected version; only from a status that may become {@code status}.
     */
    String compareAndSet(TransactionStatus status, boolean neverDue) {
        return "UPDATE " + transactions + " SET status = ?, attempts = ?, owner = ?, last_error = ?, version = version + 1, "
                + "next_attempt_at = " + (neverDue ? "NULL" : dbNow + " + ?") + " WHERE tx_key = ? AND version = ? AND status IN ("
                + codes(HeaderGuards.mayBecome(status)) + ")";
    }

    /** Ends a record as {@code terminal}: by the key and the expected version, from a status of that direction only. */
    String finish(TransactionStatus terminal, boolean archive) {
        String guard = " WHERE tx_key = ? AND version = ? AND status IN (" + codes(HeaderGuards.mayFinishAs(terminal)) + ")";
        return archive
                ? "UPDATE " + transactions + " SET status = " + terminal.code() + ", next_attempt_at = NULL, owner = NULL, "
                        + "version = version + 1" + guard
                : "DELETE FROM " + transactions + guard;
    }

    /**
     * Deletes a record, header and branches, as <b>one</b> statement, by the key and the expected version, from a
     * status of {@code terminal}'s direction: a multi-table {@code DELETE} on MySQL/MariaDB (its update count is
     * positive when the header went), a data-modifying {@code WITH} on PostgreSQL (a query of how many headers went).
     * H2 has neither: there the header and the branches are deleted by two statements in one transaction.
     */
    Optional<String> finishByDeleteInOneStatement(TransactionStatus terminal, JdbcDialect dialect) {
        String statuses = codes(HeaderGuards.mayFinishAs(terminal));
        return switch (dialect) {
            case MYSQL -> Optional.of("DELETE h, b FROM " + transactions + " h LEFT JOIN " + branches + " b ON b.tx_key = h.tx_key"
                    + " WHERE h.tx_key = ? AND h.version = ? AND h.status IN (" + statuses + ")");
            case POSTGRESQL -> Optional.of("WITH h AS (DELETE FROM " + transactions + " WHERE tx_key = ? AND version = ? AND status IN ("
                    + statuses + ") RETURNING tx_key), b AS (DELETE FROM " + branches
                    + " WHERE tx_key IN (SELECT tx_key FROM h)) SELECT COUNT(*) FROM h");
            case H2 -> Optional.empty();
        };
    }

    /** The listing of records in {@code statuses} with at least ? attempts, (after the key ?,) at most ? of them. */
    String list(Set<TransactionStatus> statuses, boolean afterKey) {
        return joined("SELECT * FROM " + transactions + " WHERE status IN (" + codes(statuses) + ") AND attempts >= ?"
                + (afterKey ? " AND tx_key > ?" : "") + " ORDER BY tx_key LIMIT ?", "h.tx_key");
    }

    private static String codes(Set<TransactionStatus> statuses) {
        return statuses.stream().map(s -> Integer.toString(s.code())).sorted().collect(Collectors.joining(", "));
    }

    /** The records that {@code headers} selects, each with its branches, in the given order. */
    private String joined(String headers, String order) {
        return "SELECT " + SELECTED + " FROM (" + headers + ") h LEFT JOIN " + branches + " b ON b.tx_key = h.tx_key ORDER BY "
                + order + ", b.branch_id";
    }
}
