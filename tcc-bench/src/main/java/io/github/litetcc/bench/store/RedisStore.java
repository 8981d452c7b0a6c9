package io.github.litetcc.bench.store;

import io.github.litetcc.model.Xid;
import io.github.litetcc.redis.RedisConnection;
import io.github.litetcc.repository.redis.RedisRepositoryConfig;
import io.github.litetcc.repository.redis.RedisTransactionRepository;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * Redis (standalone) through one Lettuce connection, shared by the repositories, the fence and the baselines.
 * Every key of the run starts with <code>{&lt;run id&gt;</code>: namespaces {@code <run id>-<log name>} for the
 * logs, {@code <run id>-fence} for the fence, <code>{&lt;run id&gt;-bare}</code> and
 * <code>{&lt;run id&gt;-stock}</code> for the baselines' and the business change's keys.
 */
final class RedisStore implements Store {
    private final RedisConnection connection;
    private final String runId;
    private final RedisFenceVariants fence;

    RedisStore(String uri, String runId) {
        this.connection = RedisConnection.open(uri);
        this.runId = runId;
        this.fence = new RedisFenceVariants(connection, runId);
    }

    @Override
    public String label() {
        return "Redis";
    }

    @Override
    public String version() {
        String info = connection.call("INFO server", commands -> commands.info("server"));
        return info.lines().filter(line -> line.startsWith("redis_version:")).map(line -> line.substring(14).trim())
                .findFirst().orElse("unknown");
    }

    @Override
    public LogUnderTest openLog(String name) {
        RedisRepositoryConfig config = RedisRepositoryConfig.DEFAULT.withNamespace(runId + "-" + name);
        return new RedisLog(connection, new RedisTransactionRepository(connection, config), config);
    }

    @Override
    public BareWrite bareWrite() {
        String prefix = "{" + runId + "-bare}:tx:";
        return payload -> {
            byte[] key = (prefix + Xid.generate(Instant.now())).getBytes(StandardCharsets.UTF_8);
            connection.call("SET", commands -> commands.set(key, payload));
        };
    }

    @Override
    public FenceVariant plainBusinessChange() {
        return fence.plain();
    }

    @Override
    public List<FenceVariant> fencedBusinessChanges() {
        return List.of(fence.fenced());
    }

    @Override
    public void close() {
        try {
            new RedisCleanup(connection).deleteMatching("{" + runId + "*");
        } finally {
            connection.close();
        }
    }
}
