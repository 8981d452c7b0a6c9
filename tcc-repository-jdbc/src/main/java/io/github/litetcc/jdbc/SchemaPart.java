package io.github.litetcc.jdbc;

import java.util.List;

/** The two independent sets of tables: the log's (in the coordinator's database) and the fence's (in a participant's). */
public enum SchemaPart {
    /** {@code <prefix>transaction} and {@code <prefix>branch}. */
    LOG("transaction log's database"),
    /** {@code <prefix>fence}. */
    FENCE("fence's database");

    private static final String TRANSACTION_COLUMNS = "tx_key, xid, owner_branch, status, created_at, deadline, attempts, "
            + "next_attempt_at, owner, last_error, version, format_version";
    private static final String BRANCH_COLUMNS = "tx_key, branch_id, kind, resource, method, parameter_types, "
            + "service_group, service_version, arguments, try_context, status";
    private static final String FENCE_COLUMNS = "xid, branch_id, action, status, deadline, try_result, created_at, updated_at";

    private final String database;

    SchemaPart(String database) {
        this.database = database;
    }

    /** Names the database holding this part, for messages ("transaction log's database"). */
    public String database() {
        return database;
    }

    /** The class-path resource with this part's DDL in {@code dialect}. */
    public String script(JdbcDialect dialect) {
        return this == LOG ? dialect.logScript() : dialect.fenceScript();
    }

    /** This part's tables, each with a query that fails unless the table and all its columns exist. */
    List<Table> tables(JdbcRepositoryConfig config) {
        return switch (this) {
            case LOG -> List.of(new Table(config.transactionTable(), TRANSACTION_COLUMNS),
                    new Table(config.branchTable(), BRANCH_COLUMNS));
            case FENCE -> List.of(new Table(config.fenceTable(), FENCE_COLUMNS));
        };
    }

    /** A table and the columns LiteTCC reads and writes. */
    record Table(String name, String columns) {

        String probe() {
            return "SELECT " + columns + " FROM " + name + " WHERE 1 = 0";
        }
    }
}
