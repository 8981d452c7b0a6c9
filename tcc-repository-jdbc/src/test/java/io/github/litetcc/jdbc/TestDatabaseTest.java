package io.github.litetcc.jdbc;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A database the tests cannot reach fails them with a message that says how to start it; nothing is skipped. */
class TestDatabaseTest {

    @ParameterizedTest
    @EnumSource(value = TestDatabase.class, names = {"MARIADB", "MARIADB_CONNECTOR_J", "POSTGRESQL"})
    void anUnreachableServerFailsTheTestSayingHowToStartOrPointAtOne(TestDatabase database) {
        String variable = database == TestDatabase.POSTGRESQL ? "TCC_TEST_POSTGRES_URL" : "TCC_TEST_MYSQL_URL";

        assertThatThrownBy(() -> database.open(config -> {
            config.setJdbcUrl(DeadServer.url(database, ""));
            config.setConnectionTimeout(1_000);
        }).close())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(database.label() + " is not reachable")
                .hasMessageContaining("start it with `")
                .hasMessageContaining("apt-get install -y")
                .hasMessageContaining(variable)
                .hasMessageContaining("never skipped");
    }
}
