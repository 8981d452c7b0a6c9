package io.github.litetcc.fence.redis;

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

/** The fence state machine on every deployment, with Java bodies and with Lua business changes. */
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
    void tryRunsItsBodyOnceAndADuplicateGetsTheStoredResult() throws Exception {
        Xid xid = newXid();
        FenceResult first = fence.execute(request(xid, Phase.TRY), () -> body("reserved"));
        FenceResult again = fence.execute(request(xid, Phase.TRY), () -> body("again"));

        assertThat(first.outcome()).isEqualTo(FenceOutcome.APPLIED);
        assertThat(again.outcome()).isEqualTo(FenceOutcome.DUPLICATE);
        assertThat(again.tryResult()).asString(StandardCharsets.UTF_8).isEqualTo("reserved");
        assertThat(bodyRuns).hasValue(1);
        assertThat(fence.find(xid, BRANCH)).map(FenceRecord::status).contains(FenceStatus.TRIED);
    }

    @Test
    void confirmAppliesOnceAfterTheTryAndIsRetriedBeforeIt() throws Exception {
        Xid xid = newXid();
        assertThat(fence.execute(request(xid, Phase.CONFIRM), () -> body(null)).outcome()).isEqualTo(FenceOutcome.RETRY);
        fence.execute(request(xid, Phase.TRY), () -> body(null));

        assertThat(fence.execute(request(xid, Phase.CONFIRM), () -> body(null)).outcome()).isEqualTo(FenceOutcome.APPLIED);
        assertThat(fence.execute(request(xid, Phase.CONFIRM), () -> body(null)).outcome()).isEqualTo(FenceOutcome.DUPLICATE);
        assertThat(fence.execute(request(xid, Phase.CANCEL), () -> body(null)).outcome()).isEqualTo(FenceOutcome.PROTOCOL_VIOLATION);
        assertThat(bodyRuns).hasValue(2);
    }

    @Test
    void cancelWithoutATryIsAnEmptyRollbackThatRefusesALateTry() throws Exception {
        Xid xid = newXid();
        assertThat(fence.execute(request(xid, Phase.CANCEL), () -> body(null)).outcome()).isEqualTo(FenceOutcome.EMPTY);
        assertThat(fence.execute(request(xid, Phase.TRY), () -> body(null)).outcome()).isEqualTo(FenceOutcome.REJECTED);
        assertThat(fence.execute(request(xid, Phase.CANCEL), () -> body(null)).outcome()).isEqualTo(FenceOutcome.DUPLICATE);
        assertThat(fence.execute(request(xid, Phase.CONFIRM), () -> body(null)).outcome()).isEqualTo(FenceOutcome.PROTOCOL_VIOLATION);
        assertThat(bodyRuns).hasValue(0);
        assertThat(fence.find(xid, BRANCH)).map(FenceRecord::status).contains(FenceStatus.CANCELLED_EMPTY);
    }

    @Test
    void aBodyThatThrowsLeavesTheRowAsItWas() throws Exception {
        Xid xid = newXid();
        IllegalStateException failure = new IllegalStateException("no stock");
        assertThatThrownBy(() -> fence.execute(request(xid, Phase.TRY), () -> {
            throw failure;
        })).isSameAs(failure);
        assertThat(fence.find(xid, BRANCH)).isEmpty();

        fence.execute(request(xid, Phase.TRY), () -> body(null));
        assertThatThrownBy(() -> fence.execute(request(xid, Phase.CANCEL), () -> {
            throw failure;
        })).isSameAs(failure);
        assertThat(fence.find(xid, BRANCH)).map(FenceRecord::status).contains(FenceStatus.TRIED);
        assertThat(fence.execute(request(xid, Phase.CANCEL), () -> body(null)).outcome()).isEqualTo(FenceOutcome.APPLIED);
    }

    @Test
    void aTryResultOverTheLimitIsRefusedAndNothingIsStored() {
        Xid xid = newXid();
        assertThatThrownBy(() -> fence.execute(request(xid, Phase.TRY), () -> new byte[65]))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("maxTryResultBytes=64");
        assertThat(fence.find(xid, BRANCH)).isEmpty();
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
    void orphansAreOldTriedRowsAndCleanUpDeletesOnlyOldTerminalRows() throws Exception {
        Xid orphan = newXid();
        Xid finished = newXid();
        Xid recent = newXid();
        Instant longAgo = Instant.now().minus(Duration.ofDays(30));
        fence.execute(new FenceRequest(orphan, BRANCH, Phase.TRY, longAgo), () -> null);
        fence.execute(new FenceRequest(finished, BRANCH, Phase.CANCEL, longAgo), () -> null);
        fence.execute(new FenceRequest(recent, BRANCH, Phase.CANCEL, Instant.now().plusSeconds(60)), () -> null);

        assertThat(fence.findOrphans(Duration.ofDays(1), 100)).extracting(FenceRecord::xid).contains(orphan)
                .doesNotContain(finished, recent);
        assertThat(fence.cleanUp(Duration.ofDays(7), 1000)).isPositive();
        assertThat(fence.find(finished, BRANCH)).isEmpty();
        assertThat(fence.find(orphan, BRANCH)).isPresent();
        assertThat(fence.find(recent, BRANCH)).isPresent();
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
