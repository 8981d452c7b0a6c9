package io.github.litetcc.jdbc;

import io.github.litetcc.TccConfigurationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JdbcRepositoryConfigTest {

    @Test
    void theDefaultsCheckTheSchemaDetectTheDialectAndDeleteFinishedRecords() {
        JdbcRepositoryConfig config = JdbcRepositoryConfig.DEFAULT;

        assertThat(config.tablePrefix()).isEqualTo("tcc_");
        assertThat(config.createSchema()).isFalse();
        assertThat(config.dialect()).isNull();
        assertThat(config.archiveFinished()).isFalse();
        assertThat(config.maxPayloadBytes()).isEqualTo(64 * 1024);
        assertThat(config.maxTryResultBytes()).isEqualTo(64 * 1024);
        assertThat(config.maxWritesPerCommit()).isEqualTo(32);
        assertThat(config.transactionTable()).isEqualTo("tcc_transaction");
        assertThat(config.branchTable()).isEqualTo("tcc_branch");
        assertThat(config.fenceTable()).isEqualTo("tcc_fence");
    }

    @Test
    void eachWithChangesOneSettingOnly() {
        JdbcRepositoryConfig config = JdbcRepositoryConfig.DEFAULT.withTablePrefix("orders_tcc_").withCreateSchema(true)
                .withDialect("mariadb").withArchiveFinished(true).withMaxPayloadBytes(1000).withMaxTryResultBytes(0).withMaxWritesPerCommit(1);

        assertThat(config).isEqualTo(new JdbcRepositoryConfig("orders_tcc_", true, JdbcDialect.MYSQL, true, 1000, 0, 1));
        assertThat(config.withDialect("auto").dialect()).isNull();
    }

    @Test
    void aPrefixThatIsNoPlainIdentifierIsRefusedNamingSettingAndValue() {
        for (String bad : new String[] {"", "1tcc_", "Tcc_", "tcc-", "tcc_;drop", "a".repeat(41)}) {
            assertThatThrownBy(() -> JdbcRepositoryConfig.DEFAULT.withTablePrefix(bad)).isInstanceOf(TccConfigurationException.class)
                    .hasMessageContaining("tablePrefix").hasMessageContaining("'" + bad + "'");
        }
        assertThatThrownBy(() -> JdbcRepositoryConfig.DEFAULT.withTablePrefix(null)).isInstanceOf(TccConfigurationException.class)
                .hasMessageContaining("null");
    }

    @Test
    void payloadLimitsOutOfRangeAreRefusedNamingSettingAndValue() {
        assertThatThrownBy(() -> JdbcRepositoryConfig.DEFAULT.withMaxPayloadBytes(0)).isInstanceOf(TccConfigurationException.class)
                .hasMessageContaining("maxPayloadBytes").hasMessageContaining("was 0");
        assertThatThrownBy(() -> JdbcRepositoryConfig.DEFAULT.withMaxTryResultBytes(JdbcRepositoryConfig.MAX_PAYLOAD_LIMIT + 1))
                .isInstanceOf(TccConfigurationException.class).hasMessageContaining("maxTryResultBytes");
    }

    @Test
    void writesPerCommitOutOfRangeAreRefusedNamingSettingAndValue() {
        for (int bad : new int[] {0, -1, JdbcRepositoryConfig.MAX_WRITES_PER_COMMIT + 1}) {
            assertThatThrownBy(() -> JdbcRepositoryConfig.DEFAULT.withMaxWritesPerCommit(bad)).isInstanceOf(TccConfigurationException.class)
                    .hasMessageContaining("maxWritesPerCommit").hasMessageContaining("was " + bad);
        }
    }

    @Test
    void anUnknownDialectNameIsRefusedNamingIt() {
        assertThatThrownBy(() -> JdbcRepositoryConfig.DEFAULT.withDialect("oracle")).isInstanceOf(TccConfigurationException.class)
                .hasMessageContaining("'oracle'").hasMessageContaining("h2, mysql, mariadb, postgresql or auto");
    }
}
