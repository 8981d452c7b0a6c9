package io.github.litetcc.fence.redis;

import io.github.litetcc.InvalidInputException;
import io.github.litetcc.model.BranchId;
import io.github.litetcc.model.Phase;
import io.github.litetcc.model.Xid;
import io.github.litetcc.redis.RedisServers;
import io.github.litetcc.redis.RedisTarget;
import io.github.litetcc.spi.FenceRequest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClusterFenceIT extends RedisFenceBehaviour {

    @Override
    RedisTarget target() {
        return RedisServers.cluster();
    }

    @Test
    void aBusinessKeyOutsideTheRowsSlotIsRefusedNamingTheHashTag() {
        Xid xid = Xid.generate(Instant.now());
        BranchId branch = BranchId.parse("1");
        String tag = fence.hashTag(xid, branch);
        String elsewhere = java.util.stream.IntStream.range(0, 100).mapToObj(i -> "stock:" + i)
                .filter(key -> io.github.litetcc.redis.RedisConnection.slotOf(key) != io.github.litetcc.redis.RedisConnection.slotOf(tag))
                .findFirst().orElseThrow();

        assertThatThrownBy(() -> fence.execute(new FenceRequest(xid, branch, Phase.TRY, Instant.now().plusSeconds(60)),
                RedisBusinessChange.of("return 1", List.of(elsewhere))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining(elsewhere).hasMessageContaining(tag);
        assertThat(fence.find(xid, branch)).isEmpty();
    }
}
