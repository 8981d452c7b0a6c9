package io.github.litetcc.repository.redis;

import io.github.litetcc.RepositoryUnavailableException;
import io.github.litetcc.TccConfigurationException;
import io.github.litetcc.redis.RedisServers;
import io.lettuce.core.RedisURI;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Start-up fails early with the cause, and never shows a password. */
class StartUpIT {

    @Test
    void wrongPasswordFailsAtStartUpWithTheCauseAndAMaskedPassword() {
        RedisURI server = RedisURI.create(RedisServers.standalone().uri());
        String uri = "redis://litetcc:wrong-secret@127.0.0.1:" + server.getPort();

        assertThatThrownBy(() -> RedisTransactionRepository.open(uri, RedisRepositoryConfig.DEFAULT))
                .isInstanceOf(TccConfigurationException.class)
                .hasMessageContaining("litetcc:****@127.0.0.1")
                .hasMessageNotContaining("wrong-secret")
                .hasRootCauseInstanceOf(io.lettuce.core.RedisCommandExecutionException.class);
    }

    @Test
    void unreachableServerFailsAtStartUpAsUnavailable() {
        String uri = "redis://:secret@127.0.0.1:" + freePort();

        assertThatThrownBy(() -> RedisTransactionRepository.open(uri, RedisRepositoryConfig.DEFAULT))
                .isInstanceOf(RepositoryUnavailableException.class)
                .hasMessageContaining("redis://:****@127.0.0.1")
                .hasMessageNotContaining("secret");
    }

    @Test
    void unknownSchemeAndSentinelWithoutMasterAreConfigurationErrors() {
        assertThatThrownBy(() -> RedisTransactionRepository.open("http://127.0.0.1:6379", RedisRepositoryConfig.DEFAULT))
                .isInstanceOf(TccConfigurationException.class).hasMessageContaining("scheme 'http'");
        assertThatThrownBy(() -> RedisTransactionRepository.open("redis-sentinel://pw@127.0.0.1:26379", RedisRepositoryConfig.DEFAULT))
                .isInstanceOf(TccConfigurationException.class).hasMessageContaining("#<master-name>")
                .hasMessageNotContaining("pw@");
        assertThatThrownBy(() -> RedisTransactionRepository.openCluster(java.util.List.of(), RedisRepositoryConfig.DEFAULT))
                .isInstanceOf(TccConfigurationException.class);
    }

    private static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
