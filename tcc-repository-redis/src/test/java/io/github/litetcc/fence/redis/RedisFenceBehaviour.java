package io.github.litetcc.fence.redis;

import io.github.litetcc.ConcurrentUpdateException;
import io.github.litetcc.InvalidInputException;
import io.github.litetcc.model.BranchId;
import io.github.litetcc.model.Phase;
import io.github.litetcc.model.Xid;
import io.github.litetcc.redis.RedisConnection;
import io.github.litetcc.redis.RedisTarget;
import io.github.litetcc.redis.TestNamespace;
import io.github.litetcc.spi.FenceOutcome;
import io.github.litetcc.spi.FenceRecord;
import io.github.litetcc.spi.FenceRequest;
import io.github.litetcc.spi.FenceResult;
import io.github.litetcc.spi.FenceStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** What only the Redis fence does: Lua business changes in the fence's script, and pending Java bodies. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RedisFenceBehaviour {
    private static final BranchId BRANCH = BranchId.parse("2.1");
    private static final String INCREMENT = "return redis.call('INCRBY', KEYS[1], ARGV[1])";
    private final String namespace = TestNamespace.random();
    private final AtomicInteger bodyRuns = new AtomicInteger();
    RedisConnection connection;
    RedisFence fence;

    abstract RedisTarget target();

    @BeforeAll
    void connect() {
        connection = target().connect();
        fence = new RedisFence(connection, RedisFenceConfig.DEFAULT.withNamespace(namespace).withShards(4)
                .withMaxTryResultBytes(64));
    }

    @AfterAll
    void deleteKeys() {
        TestNamespace.delete(connection, namespace);
        connection.close();
    }

    @Test
    void aJavaBodyThatOverrunsThePendingTimeoutIsRevertedAndReported() {
        RedisFence impatient = new RedisFence(connection, fence.config().withPendingTimeout(Duration.ofMillis(200))
                .withLockWaitTimeout(Duration.ofMillis(50)));
        Xid xid = newXid();

        assertThatThrownBy(() -> impatient.execute(request(xid, Phase.TRY), () -> {
            await("the pending try expired").atMost(Duration.ofSeconds(10)).until(() ->
                    impatient.execute(request(xid, Phase.CANCEL), () -> null).outcome() == FenceOutcome.EMPTY);
            return body("late");
        })).isInstanceOf(ConcurrentUpdateException.class).hasMessageContaining("pendingTimeout");
        assertThat(fence.find(xid, BRANCH)).map(FenceRecord::status).contains(FenceStatus.CANCELLED_EMPTY);
    }

    @Test
    void aLuaBusinessChangeAppliesWithTheFenceAndNeverTwice() {
        Xid xid = newXid();
        String stock = fence.hashTag(xid, BRANCH) + ":stock";
        RedisBusinessChange reserve = new RedisBusinessChange(INCREMENT, List.of(stock), List.of("5"));

        FenceResult tried = fence.execute(request(xid, Phase.TRY), reserve);
        FenceResult duplicate = fence.execute(request(xid, Phase.TRY), reserve);

        assertThat(tried.outcome()).isEqualTo(FenceOutcome.APPLIED);
        assertThat(tried.tryResult()).asString(StandardCharsets.UTF_8).isEqualTo("5");
        assertThat(duplicate.outcome()).isEqualTo(FenceOutcome.DUPLICATE);
        assertThat(duplicate.tryResult()).asString(StandardCharsets.UTF_8).isEqualTo("5");
        assertThat(read(stock)).isEqualTo("5");
        assertThat(fence.execute(request(xid, Phase.CANCEL), new RedisBusinessChange(INCREMENT, List.of(stock), List.of("-5")))
                .outcome()).isEqualTo(FenceOutcome.APPLIED);
        assertThat(read(stock)).isEqualTo("0");
    }

    @Test
    void aLuaBusinessChangeThatRefusesWritesNoFenceRow() {
        Xid xid = newXid();
        String stock = fence.hashTag(xid, BRANCH) + ":stock";
        RedisBusinessChange refuse = new RedisBusinessChange(
                "if tonumber(redis.call('GET', KEYS[1]) or '0') < 1 then return redis.error_reply('out of stock') end",
                List.of(stock), List.of());

        assertThatThrownBy(() -> fence.execute(request(xid, Phase.TRY), refuse))
                .isInstanceOf(RedisBusinessChangeException.class).hasMessageContaining("out of stock");
        assertThat(fence.find(xid, BRANCH)).isEmpty();
        assertThat(fence.execute(request(xid, Phase.CANCEL), refuse).outcome()).isEqualTo(FenceOutcome.EMPTY);
    }

    @Test
    void aTryWhoseResultIsOverTheLimitChangesNeitherTheBusinessKeysNorTheFence() {
        Xid xid = newXid();
        String stock = fence.hashTag(xid, BRANCH) + ":stock:" + xid;
        String held = fence.hashTag(xid, BRANCH) + ":held:" + xid;
        connection.call("SET", commands -> commands.psetex(bytes(stock), 600_000, bytes("10")));
        RedisBusinessChange oversized = new RedisBusinessChange("redis.call('DECRBY', KEYS[1], 3)"
                + " redis.call('SET', KEYS[2], 'reserved') return string.rep('x', 65)", List.of(stock, held), List.of());

        assertThatThrownBy(() -> fence.execute(request(xid, Phase.TRY), oversized))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("65 bytes").hasMessageContaining("maxTryResultBytes=64");

        assertThat(read(stock)).isEqualTo("10");
        assertThat(ttlOf(stock)).isBetween(1L, 600_000L);
        assertThat(read(held)).isNull();
        assertThat(fence.find(xid, BRANCH)).isEmpty();
        String row = new FenceKeys(namespace, fence.config().shards()).row(xid, BRANCH);
        assertThat(existing(row)).isZero();
    }

    @Test
    void aLuaBusinessChangeThatFailsAfterWritingIsPutBack() {
        Xid xid = newXid();
        String stock = fence.hashTag(xid, BRANCH) + ":stock:" + xid;
        connection.call("SET", commands -> commands.set(bytes(stock), bytes("4")));
        RedisBusinessChange halfDone = new RedisBusinessChange(
                "redis.call('INCRBY', KEYS[1], 1) return redis.error_reply('second step refused')", List.of(stock), List.of());

        assertThatThrownBy(() -> fence.execute(request(xid, Phase.TRY), halfDone))
                .isInstanceOf(RedisBusinessChangeException.class).hasMessageContaining("second step refused");

        assertThat(read(stock)).isEqualTo("4");
        assertThat(ttlOf(stock)).isEqualTo(-1L);
        assertThat(fence.find(xid, BRANCH)).isEmpty();
    }

    private long ttlOf(String key) {
        Long ttl = connection.call("PTTL", commands -> commands.pttl(bytes(key)));
        return ttl;
    }

    private long existing(String key) {
        Long count = connection.call("EXISTS", commands -> commands.exists(bytes(key)));
        return count;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private String read(String key) {
        byte[] value = connection.call("GET", commands -> commands.get(key.getBytes(StandardCharsets.UTF_8)));
        return value == null ? null : new String(value, StandardCharsets.UTF_8);
    }

    private byte[] body(String result) {
        bodyRuns.incrementAndGet();
        return result == null ? null : result.getBytes(StandardCharsets.UTF_8);
    }

    private Xid newXid() {
        bodyRuns.set(0);
        return Xid.generate(Instant.now());
    }

    private static FenceRequest request(Xid xid, Phase phase) {
        return new FenceRequest(xid, BRANCH, phase, Instant.now().plusSeconds(60));
    }
}
