package io.github.litetcc.repository.redis;

import io.github.litetcc.TccConfigurationException;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RedisRepositoryConfigTest {

    @Test
    void defaultsAreSixteenShardsNoArchiveAndOneMebibytePayloads() {
        assertThat(RedisRepositoryConfig.DEFAULT.namespace()).isEqualTo("litetcc");
        assertThat(RedisRepositoryConfig.DEFAULT.shards()).isEqualTo(16);
        assertThat(RedisRepositoryConfig.DEFAULT.archiveFinished()).isFalse();
        assertThat(RedisRepositoryConfig.DEFAULT.maxBranchPayloadBytes()).isEqualTo(1024 * 1024);
    }

    @Test
    void withCopiesChangeOneSetting() {
        RedisRepositoryConfig config = RedisRepositoryConfig.DEFAULT.withShards(4).withArchiveFinished(true)
                .withArchiveTtl(Duration.ofHours(1));
        assertThat(config).isEqualTo(new RedisRepositoryConfig("litetcc", 4, true, Duration.ofHours(1), 1024 * 1024));
    }

    @Test
    void badValuesAreRefusedNamingTheSettingAndTheValue() {
        assertThatThrownBy(() -> RedisRepositoryConfig.DEFAULT.withNamespace("a}b")).isInstanceOf(TccConfigurationException.class)
                .hasMessageContaining("namespace").hasMessageContaining("a}b");
        assertThatThrownBy(() -> RedisRepositoryConfig.DEFAULT.withShards(0)).hasMessageContaining("shards").hasMessageContaining("0");
        assertThatThrownBy(() -> RedisRepositoryConfig.DEFAULT.withArchiveTtl(Duration.ZERO)).hasMessageContaining("archiveTtl");
        assertThatThrownBy(() -> RedisRepositoryConfig.DEFAULT.withMaxBranchPayloadBytes(-1))
                .hasMessageContaining("maxBranchPayloadBytes").hasMessageContaining("-1");
    }
}
