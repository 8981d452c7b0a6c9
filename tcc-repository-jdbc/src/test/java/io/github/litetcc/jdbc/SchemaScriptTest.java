package io.github.litetcc.jdbc;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaScriptTest {

    @Test
    void everyDialectShipsALogScriptAndAFenceScript() {
        for (JdbcDialect dialect : JdbcDialect.values()) {
            assertThat(SchemaScript.load(dialect.logScript()).statements("tcc_")).as(dialect.logScript())
                    .anyMatch(ddl -> ddl.contains("CREATE TABLE IF NOT EXISTS tcc_transaction"))
                    .anyMatch(ddl -> ddl.contains("CREATE TABLE IF NOT EXISTS tcc_branch"))
                    .anyMatch(ddl -> ddl.contains("tcc_transaction_due"));
            assertThat(SchemaScript.load(dialect.fenceScript()).statements("tcc_")).as(dialect.fenceScript())
                    .anyMatch(ddl -> ddl.contains("CREATE TABLE IF NOT EXISTS tcc_fence"))
                    .anyMatch(ddl -> ddl.contains("tcc_fence_status_deadline"));
        }
    }

    @Test
    void everyTableAndIndexNameMovesToTheConfiguredPrefixAndCommentsAreDropped() {
        for (JdbcDialect dialect : JdbcDialect.values()) {
            List<String> statements = SchemaScript.load(dialect.logScript()).statements("orders_");

            assertThat(statements).noneMatch(ddl -> ddl.contains("tcc_")).noneMatch(ddl -> ddl.contains("--"))
                    .anyMatch(ddl -> ddl.contains("orders_transaction_due"));
        }
    }

    @Test
    void aDelimiterLineLetsATriggerBodyHoldSemicolons() {
        List<String> statements = SchemaScript.load("META-INF/litetcc/jdbc/mariadb-enlist.sql").statements("orders_");

        assertThat(statements).hasSize(3);
        assertThat(statements.get(0)).isEqualTo("ALTER TABLE orders_branch ADD COLUMN IF NOT EXISTS enlist_version BIGINT NULL");
        assertThat(statements.get(1)).startsWith("ALTER TABLE orders_branch").contains("ADD COLUMN IF NOT EXISTS begin_xid");
        assertThat(statements.get(2)).startsWith("CREATE OR REPLACE TRIGGER orders_branch_enlist BEFORE INSERT ON orders_branch")
                .contains("UPDATE orders_transaction SET version", "SIGNAL SQLSTATE '45000'", "INSERT INTO orders_transaction")
                .endsWith("END").doesNotContain("DELIMITER", "//", "tcc_");
    }
}
