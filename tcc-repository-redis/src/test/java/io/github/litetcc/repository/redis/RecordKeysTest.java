package io.github.litetcc.repository.redis;

import io.github.litetcc.CorruptRecordException;
import io.github.litetcc.model.BranchId;
import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.model.Xid;
import io.github.litetcc.redis.RedisConnection;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecordKeysTest {
    private final Xid xid = Xid.generate(Instant.now());

    @Test
    void membersSortInKeyOrderAndParseBack() {
        List<TransactionKey> keys = List.of("0", "2", "2.9", "2.10", "10").stream()
                .map(owner -> new TransactionKey(xid, BranchId.parse(owner))).toList();

        assertThat(keys.stream().map(RecordKeys::member).sorted().map(RecordKeys::keyOf).toList())
                .isEqualTo(keys.stream().sorted().toList());
    }

    @Test
    void recordDueEntryAndIndexOfOneKeyShareOneClusterSlot() {
        RecordKeys keys = new RecordKeys("app", 16);
        TransactionKey key = new TransactionKey(xid, BranchId.parse("3.1"));
        int shard = keys.shardOf(key);

        assertThat(slot(keys.record(key))).isEqualTo(slot(keys.due(shard))).isEqualTo(slot(keys.index(shard)));
        assertThat(new String(keys.record(key), StandardCharsets.UTF_8)).startsWith("{app:" + shard + "}:tx:" + xid);
    }

    @Test
    void anIndexEntryThatIsNoKeyIsCorrupt() {
        assertThatThrownBy(() -> RecordKeys.keyOf("not-a-key")).isInstanceOf(CorruptRecordException.class)
                .hasMessageContaining("not-a-key");
    }

    private static int slot(byte[] key) {
        return RedisConnection.slotOf(new String(key, StandardCharsets.UTF_8));
    }
}
