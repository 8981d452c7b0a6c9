package io.github.litetcc.bench.store;

import io.github.litetcc.jdbc.JdbcRepositoryConfig;
import io.github.litetcc.model.GlobalTransaction;
import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.spi.TransactionRepository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import javax.sql.DataSource;

/**
 * A JDBC log and its filler. The filler copies the template's header row and branch rows inside the database
 * ({@code INSERT … SELECT} over a number series, in chunks), every column verbatim but the key — the template's
 * 12 time digits followed by the copy's number in 20 hex digits, a valid root xid — and the next attempt, spread
 * over the hour after the template's. The columns are read from the tables themselves, so the copies follow the
 * repository's schema; one copy is read back through the repository to check it. The tables are analyzed afterwards.
 */
final class JdbcLog implements LogUnderTest {
    private static final int CHUNK = 50_000;
    private static final long SPREAD_MILLIS = 3_600_000;
    private static final List<String> KEY_COLUMNS = List.of("tx_key", "xid");
    private final DataSource dataSource;
    private final TransactionRepository repository;
    private final JdbcRepositoryConfig config;
    private final JdbcFlavour flavour;

    JdbcLog(DataSource dataSource, TransactionRepository repository, JdbcRepositoryConfig config, JdbcFlavour flavour) {
        this.dataSource = dataSource;
        this.repository = repository;
        this.config = config;
        this.flavour = flavour;
    }

    @Override
    public TransactionRepository repository() {
        return repository;
    }

    @Override
    public void copy(TransactionKey template, int count) throws SQLException {
        if (count == 0) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            String headers = copyStatement(connection, config.transactionTable());
            String branches = copyStatement(connection, config.branchTable());
            for (long from = 1; from <= count; from += CHUNK) {
                long to = Math.min(count, from + CHUNK - 1);
                run(connection, headers, from, to, template);
                run(connection, branches, from, to, template);
            }
            analyze(connection);
        }
        requireReadable(template, copyKey(template, count));
    }

    /**
     * A log that grew over time has planner statistics (autovacuum, InnoDB's persistent statistics); one filled in
     * seconds has none yet, and PostgreSQL then plans the due query as a scan of the whole branch table.
     */
    private void analyze(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(flavour.analyze(config.transactionTable()));
            statement.execute(flavour.analyze(config.branchTable()));
        }
    }

    private String copyStatement(Connection connection, String table) throws SQLException {
        List<String> columns = columns(connection, table);
        String values = columns.stream().map(this::copiedValue).collect(Collectors.joining(", "));
        return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT " + values + " FROM " + table
                + " t, %s WHERE t.tx_key = ?";
    }

    private String copiedValue(String column) {
        if (KEY_COLUMNS.contains(column)) {
            return "CONCAT(SUBSTR(t.tx_key, 1, 12), " + flavour.hexOfSeq() + ")";
        }
        if (column.equals("next_attempt_at")) {
            return "t.next_attempt_at + 1 + MOD(s.seq, " + SPREAD_MILLIS + ")";
        }
        return "t." + column;
    }

    private void run(Connection connection, String copy, long from, long to, TransactionKey template) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(String.format(copy, flavour.series(from, to)))) {
            statement.setString(1, template.toString());
            long copied = statement.executeUpdate();
            if (copied != to - from + 1) {
                throw new IllegalStateException("Copied " + copied + " rows of " + template + ", expected " + (to - from + 1));
            }
        }
    }

    private static List<String> columns(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            ResultSetMetaData meta = rows.getMetaData();
            List<String> columns = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(meta.getColumnName(i).toLowerCase(Locale.ROOT));
            }
            return columns;
        }
    }

    private static TransactionKey copyKey(TransactionKey template, long seq) {
        String hex = String.format("%020x", seq);
        return TransactionKey.parse(template.xid().toString().substring(0, 12) + hex);
    }

    private void requireReadable(TransactionKey template, TransactionKey copy) {
        GlobalTransaction original = repository.find(template).orElseThrow();
        GlobalTransaction read = repository.find(copy).orElseThrow(() ->
                new IllegalStateException("The repository does not find the copy " + copy + ": the schema changed"));
        if (!read.branches().equals(original.branches()) || read.status() != original.status()
                || read.version() != original.version()) {
            throw new IllegalStateException("The copy " + read + " differs from its template " + original);
        }
    }
}
