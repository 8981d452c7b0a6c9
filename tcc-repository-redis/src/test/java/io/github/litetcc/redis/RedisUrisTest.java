package io.github.litetcc.redis;

import io.github.litetcc.TccConfigurationException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RedisUrisTest {

    @Test
    void masksThePasswordOfEveryUriForm() {
        assertThat(RedisUris.mask("redis://app:s3cret@10.0.0.1:6379/0")).isEqualTo("redis://app:****@10.0.0.1:6379/0");
        assertThat(RedisUris.mask("rediss://s3cret@cache:6380")).isEqualTo("rediss://****@cache:6380");
        assertThat(RedisUris.mask("redis-sentinel://:s3cret@h1:26379,h2:26379#main")).isEqualTo("redis-sentinel://:****@h1:26379,h2:26379#main");
        assertThat(RedisUris.mask("redis://127.0.0.1:6379")).isEqualTo("redis://127.0.0.1:6379");
    }

    @Test
    void tlsAndSentinelUrisCarryTheirSettingsAndPasswords() {
        var tls = RedisUris.parseStandaloneOrSentinel("rediss://app:s3cret@cache:6380/2");
        var sentinel = RedisUris.parseStandaloneOrSentinel("redis-sentinel://s3cret@h1:26379,h2:26380#main");

        assertThat(tls.isSsl()).isTrue();
        assertThat(tls.getDatabase()).isEqualTo(2);
        assertThat(sentinel.getSentinelMasterId()).isEqualTo("main");
        assertThat(sentinel.getSentinels()).hasSize(2);
        assertThat(RedisUris.passwords(tls)).containsExactly("s3cret");
        assertThat(RedisUris.scrub("AUTH s3cret refused", RedisUris.passwords(sentinel))).isEqualTo("AUTH **** refused");
    }

    @Test
    void aClusterSeedMustBeAPlainOrTlsUri() {
        assertThatThrownBy(() -> RedisUris.parseClusterNode("redis-sentinel://h1:26379#main"))
                .isInstanceOf(TccConfigurationException.class).hasMessageContaining("redis-sentinel");
        assertThat(RedisUris.parseClusterNode("rediss://10.0.0.1:7000").isSsl()).isTrue();
        assertThat(List.of(RedisUris.parseClusterNode("redis://10.0.0.1:7000").getPort())).containsExactly(7000);
    }
}
