package io.github.litetcc.spring.boot;

import io.github.litetcc.TccConfigurationException;
import io.github.litetcc.jdbc.JdbcRepositoryConfig;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code tcc.jdbc.*} onto the JDBC module's defaults: unset keeps the default, a bad value names the setting. */
class JdbcPropertiesTest {

    @Test
    void unsetValuesKeepTheModulesDefaults() {
        assertThat(JdbcProperties.NONE.toConfig(false)).isEqualTo(JdbcRepositoryConfig.DEFAULT);
    }

    @Test
    void writesPerCommitAreTakenFromTheProperty() {
        JdbcProperties properties = new JdbcProperties(null, null, null, null, null, null, 1);

        assertThat(properties.toConfig(false).maxWritesPerCommit()).isEqualTo(1);
    }

    @Test
    void writesPerCommitOutOfRangeFailNamingTheSetting() {
        JdbcProperties properties = new JdbcProperties(null, null, null, null, null, null, 0);

        assertThatThrownBy(() -> properties.toConfig(false)).isInstanceOf(TccConfigurationException.class)
                .hasMessageContaining("tcc.jdbc").hasMessageContaining("maxWritesPerCommit").hasMessageContaining("was 0");
    }
}
