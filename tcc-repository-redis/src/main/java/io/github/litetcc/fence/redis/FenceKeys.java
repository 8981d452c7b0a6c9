package io.github.litetcc.fence.redis;

import io.github.litetcc.model.BranchId;
import io.github.litetcc.model.Xid;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * Names the fence's Redis keys. The row of (xid, branch) lives in shard {@code k = crc32("xid:branch") mod shards};
 * every key of shard k starts with the hash tag {@code {ns:fence:k}}, so one script touches one cluster slot:
 * <pre>
 * {ns:fence:k}:row:&lt;xid&gt;:&lt;branch&gt;   hash: the row
 * {ns:fence:k}:tried                  sorted set of TRIED rows by deadline (orphans)
 * {ns:fence:k}:done                   sorted set of terminal rows by deadline (clean-up)
 * </pre>
 */
final class FenceKeys {
    private final String namespace;
    private final int shards;

    FenceKeys(String namespace, int shards) {
        this.namespace = namespace;
        this.shards = shards;
    }

    int shards() {
        return shards;
    }

    static String member(Xid xid, BranchId branch) {
        return xid + ":" + branch;
    }

    int shardOf(Xid xid, BranchId branch) {
        CRC32 crc = new CRC32();
        crc.update(member(xid, branch).getBytes(StandardCharsets.UTF_8));
        return (int) (crc.getValue() % shards);
    }

    String tag(int shard) {
        return "{" + namespace + ":fence:" + shard + "}";
    }

    String rowPrefix(int shard) {
        return tag(shard) + ":row:";
    }

    String row(Xid xid, BranchId branch) {
        return rowPrefix(shardOf(xid, branch)) + member(xid, branch);
    }

    String tried(int shard) {
        return tag(shard) + ":tried";
    }

    String done(int shard) {
        return tag(shard) + ":done";
    }
}
