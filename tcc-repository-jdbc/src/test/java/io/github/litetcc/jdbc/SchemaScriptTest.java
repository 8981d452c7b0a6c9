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
}
