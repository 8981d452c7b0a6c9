package io.github.litetcc.repository.jdbc;

import io.github.litetcc.jdbc.JdbcDialect;
import io.github.litetcc.jdbc.JdbcFailures;
import io.github.litetcc.jdbc.JdbcRepositoryConfig;
import io.github.litetcc.jdbc.SchemaScript;
import io.github.litetcc.model.Branch;
import io.github.litetcc.model.TransactionKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Enlist, and begin (the first enlist), as <b>one</b> statement each on MariaDB 10.5 or later, in autocommit. The
 * script {@value #SCRIPT} adds nullable columns to the branch table and a {@code BEFORE INSERT} trigger. Enlist is
 * {@code INSERT INTO <branch table> … RETURNING enlist_version} with {@code enlist_version = 0}: the trigger bumps the
 * version of the record while it is TRYING and stores the new version in the row, or fails the statement with
 * SQLSTATE {@value #NOT_TRYING} when no TRYING record has the key. Begin inserts the first branch with
 * {@code enlist_version = -1} and the header's values in the {@code begin_*} columns: the trigger inserts the header
 * from them (times on the database's clock) and stores them as {@code NULL}. Statement atomicity makes header and
 * branch one change: a taken key or branch id, or a refused bump, leaves nothing written. Every other insert leaves
 * those columns {@code NULL}, and the trigger does nothing. A trigger installed by an earlier version of the script
 * serves enlist only; begin then takes the other way until the script runs again.
 *
 * <p>Measured reason (BENCHMARKS.md): a transaction of two statements costs MariaDB about 150 µs more than one
 * statement, even sent as one text, while one statement that also changes a second row costs about 30 µs more.
 * MySQL has no {@code INSERT … RETURNING}; there the trigger is not used.
 */
final class EnlistTrigger implements OneRoundTripWrites.Enlist, OneRoundTripWrites.Begin {
    static final String SCRIPT = "META-INF/litetcc/jdbc/mariadb-enlist.sql";
    static final String NOT_TRYING = "45000";
    private static final Logger LOG = LoggerFactory.getLogger(EnlistTrigger.class);
    private static final Pattern MARIADB_VERSION = Pattern.compile("^(\\d+)\\.(\\d+).*mariadb.*", Pattern.CASE_INSENSITIVE);
    private static final String TRIGGER_SUFFIX = "_enlist";
    /** A column only the trigger that also writes begin reads. */
    private static final String BEGIN_MARK = "begin_xid";
    private static final String COLUMNS = "tx_key, branch_id, kind, resource, method, parameter_types, service_group, "
            + "service_version, arguments, try_context, status, enlist_version";

    private final String insert;
    private final String begin;
    private final boolean writesBegin;

    private EnlistTrigger(String branchTable, boolean writesBegin) {
        this.insert = "INSERT INTO " + branchTable + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0) RETURNING enlist_version";
        this.begin = "INSERT INTO " + branchTable + " (" + COLUMNS + ", begin_xid, begin_owner_branch, begin_timeout, begin_due_in, "
                + "begin_owner, begin_format) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, -1, ?, ?, ?, ?, ?, ?)";
        this.writesBegin = writesBegin;
    }

    /** This trigger as begin, if the installed trigger writes begin too. */
    Optional<OneRoundTripWrites.Begin> begin() {
        return writesBegin ? Optional.of(this) : Optional.empty();
    }

    /**
     * The trigger-based enlist, if the log's database is MariaDB 10.5 or later and the trigger is installed; with
     * {@link JdbcRepositoryConfig#createSchema()} on, installs it first. A failed installation is a warning, not a
     * failed start-up: enlist then takes the other way.
     */
    static Optional<EnlistTrigger> install(DataSource dataSource, JdbcRepositoryConfig config) {
        try (Connection connection = dataSource.getConnection()) {
            if (!isMariaDb105(connection)) {
                return Optional.empty();
            }
            if (config.createSchema()) {
                create(connection, config);
            }
            Optional<String> installed = installedBody(connection, config);
            if (installed.isPresent()) {
                boolean writesBegin = installed.get().contains(BEGIN_MARK);
                if (!writesBegin) {
                    LOG.info("The trigger {} predates one-statement begin: run the script {} again{} to write begin as one statement",
                            triggerName(config), SCRIPT, SchemaScript.prefixHint(config.tablePrefix()));
                }
                return Optional.of(new EnlistTrigger(config.branchTable(), writesBegin));
            }
            LOG.info("Run the script {} from tcc-repository-jdbc{} (or start with createSchema on) to write each enlist as one statement",
                    SCRIPT, SchemaScript.prefixHint(config.tablePrefix()));
            return Optional.empty();
        } catch (SQLException e) {
            throw JdbcFailures.atStartup("transaction log's database", e);
        }
    }

    /** The enlist's one statement: the branch insert whose trigger bumps the version, returning the new one. */
    String statement() {
        return insert;
    }

    /** The trigger's name for {@code config}: the branch table's name followed by {@value #TRIGGER_SUFFIX}. */
    static String triggerName(JdbcRepositoryConfig config) {
        return config.branchTable() + TRIGGER_SUFFIX;
    }

    @Override
    public void create(Connection connection, TransactionKey key, Branch first, OneRoundTripWrites.Header header) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(begin)) {
            BranchColumns.bind(statement, key, first);
            header.bindAllButKey(statement, BranchColumns.COUNT);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw OneRoundTripWrites.duplicateOr(JdbcDialect.MYSQL, e, "A record with key " + key + " already exists");
        }
    }

    @Override
    public OptionalLong enlist(Connection connection, TransactionKey key, Branch branch) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(insert)) {
            BranchColumns.bind(statement, key, branch);
            statement.execute();
            try (ResultSet rows = statement.getResultSet()) {
                rows.next();
                return OptionalLong.of(rows.getLong(1));
            }
        } catch (SQLException e) {
            if (NOT_TRYING.equals(e.getSQLState())) {
                return OptionalLong.empty();
            }
            throw OneRoundTripWrites.duplicateOr(JdbcDialect.MYSQL, e, "Record " + key + " already has a branch " + branch.id());
        }
    }

    private static boolean isMariaDb105(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("SELECT VERSION()")) {
            rows.next();
            Matcher version = MARIADB_VERSION.matcher(rows.getString(1));
            if (!version.matches()) {
                return false;
            }
            int major = Integer.parseInt(version.group(1));
            return major > 10 || (major == 10 && Integer.parseInt(version.group(2)) >= 5);
        }
    }

    private static void create(Connection connection, JdbcRepositoryConfig config) {
        try {
            SchemaScript.load(SCRIPT).run(connection, config.tablePrefix());
        } catch (SQLException e) {
            LOG.warn("Could not install the enlist trigger from {} ({}); begin and enlist are written another way instead",
                    SCRIPT, JdbcFailures.describe(e));
        }
    }

    /** The installed trigger's body, if it is installed. */
    private static Optional<String> installedBody(Connection connection, JdbcRepositoryConfig config) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT ACTION_STATEMENT FROM information_schema.TRIGGERS "
                + "WHERE TRIGGER_SCHEMA = DATABASE() AND TRIGGER_NAME = ? AND EVENT_OBJECT_TABLE = ?")) {
            statement.setString(1, triggerName(config));
            statement.setString(2, config.branchTable());
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }
}
