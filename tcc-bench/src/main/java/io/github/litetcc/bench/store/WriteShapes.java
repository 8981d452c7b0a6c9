package io.github.litetcc.bench.store;

import io.github.litetcc.model.Xid;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

/**
 * A diagnosis of the log's two-row writes (begin, enlist): a header row and a branch row written as two statements
 * in a transaction — the log's shape — and as one round trip (PostgreSQL: one statement with a data-modifying
 * {@code WITH}; MariaDB: one multi-statement text, which needs {@code allowMultiQueries}), each against the bare
 * write, all on one connection of its own. Plain SQL on tables of its own: it shows what the shape costs, not
 * what the repository does.
 */
final class WriteShapes {
    private final JdbcFlavour flavour;
    private final String bare;
    private final String headers;
    private final String branches;

    WriteShapes(JdbcFlavour flavour, String runId) {
        this.flavour = flavour;
        this.bare = runId + "_shape_bare";
        this.headers = runId + "_shape_h";
        this.branches = runId + "_shape_b";
    }

    List<String> tables() {
        return List.of(bare, headers, branches);
    }

    List<Comparison> measure(Connection connection, int payloadBytes, int warmup, int iterations) throws Exception {
        create(connection);
        byte[] row = new byte[Workload.HEADER_BYTES + payloadBytes];
        byte[] header = new byte[Workload.HEADER_BYTES];
        byte[] payload = new byte[payloadBytes];
        Pair twoStatements = new Pair();
        Pair oneRoundTrip = new Pair();
        try (PreparedStatement bareInsert = connection.prepareStatement(insert(bare));
             PreparedStatement headerInsert = connection.prepareStatement(insert(headers));
             PreparedStatement branchInsert = connection.prepareStatement(insert(branches));
             PreparedStatement single = connection.prepareStatement(oneRoundTripSql())) {
            Timed bareWrite = () -> execute(bareInsert, newId(), row);
            for (int i = 0; i < warmup + iterations; i++) {
                twoStatements.time(() -> inTransaction(connection, headerInsert, branchInsert, header, payload),
                        bareWrite, i >= warmup);
                oneRoundTrip.time(() -> oneRoundTrip(single, header, payload), bareWrite, i >= warmup);
            }
        }
        String detail = row.length + " B in two rows";
        String oneRoundTripLabel = flavour == JdbcFlavour.POSTGRESQL
                ? "one statement (INSERT … WITH)" : "one multi-statement text";
        return List.of(
                Comparison.of(flavour.label(), Part.SHAPES, "two statements in a transaction (the log's shape)", detail,
                        twoStatements),
                Comparison.of(flavour.label(), Part.SHAPES, oneRoundTripLabel, detail, oneRoundTrip));
    }

    private void create(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String table : tables()) {
                statement.execute(flavour.createBareTable(table));
            }
        }
    }

    private static String insert(String table) {
        return "INSERT INTO " + table + " (id, payload) VALUES (?, ?)";
    }

    private String oneRoundTripSql() {
        return flavour == JdbcFlavour.POSTGRESQL
                ? "WITH h AS (" + insert(headers) + " RETURNING id) INSERT INTO " + branches
                        + " (id, payload) SELECT h.id, ? FROM h"
                : "START TRANSACTION; " + insert(headers) + "; " + insert(branches) + "; COMMIT";
    }

    private void oneRoundTrip(PreparedStatement statement, byte[] header, byte[] payload) throws SQLException {
        String id = newId();
        statement.setString(1, id);
        statement.setBytes(2, header);
        if (flavour == JdbcFlavour.POSTGRESQL) {
            statement.setBytes(3, payload);
        } else {
            statement.setString(3, id);
            statement.setBytes(4, payload);
        }
        statement.execute();
    }

    private static void inTransaction(Connection connection, PreparedStatement headerInsert, PreparedStatement branchInsert,
                                      byte[] header, byte[] payload) throws SQLException {
        String id = newId();
        connection.setAutoCommit(false);
        try {
            execute(headerInsert, id, header);
            execute(branchInsert, id, payload);
            connection.commit();
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static void execute(PreparedStatement statement, String id, byte[] payload) throws SQLException {
        statement.setString(1, id);
        statement.setBytes(2, payload);
        statement.execute();
    }

    private static String newId() {
        return Xid.generate(Instant.now()).toString();
    }
}
