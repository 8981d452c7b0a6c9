package io.github.litetcc.repository.redis;

import io.github.litetcc.CorruptRecordException;
import io.github.litetcc.InvalidInputException;
import io.github.litetcc.model.BranchId;
import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.model.Xid;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * Names the Redis keys of one namespace. A record lives in shard {@code k = crc32(key) mod shards}; every key of
 * shard k starts with the hash tag {@code {ns:k}}, so a record, its due entry and its index entry share one
 * cluster slot:
 * <pre>
 * {ns:k}:tx:&lt;member&gt;   hash: the record
 * {ns:k}:due           sorted set: member → next attempt (epoch millis on the shard's clock)
 * {ns:k}:all           sorted set, all scores 0: every stored record, in key order (by member)
 * </pre>
 * A member is the record key in a form whose byte order is the key order: the xid, then for a nested record
 * {@code :} and the branch path with each number zero-padded to nine digits ({@code 2.10} → {@code 000000002.000000010}).
 */
final class RecordKeys {
    private static final int SEGMENT_WIDTH = 9;
    private final String namespace;
    private final int shards;

    RecordKeys(String namespace, int shards) {
        this.namespace = namespace;
        this.shards = shards;
    }

    int shards() {
        return shards;
    }

    int shardOf(TransactionKey key) {
        CRC32 crc = new CRC32();
        crc.update(key.toString().getBytes(StandardCharsets.UTF_8));
        return (int) (crc.getValue() % shards);
    }

    String tag(int shard) {
        return "{" + namespace + ":" + shard + "}";
    }

    byte[] record(TransactionKey key) {
        return bytes(recordPrefix(shardOf(key)) + member(key));
    }

    String recordPrefix(int shard) {
        return tag(shard) + ":tx:";
    }

    byte[] due(int shard) {
        return bytes(tag(shard) + ":due");
    }

    byte[] index(int shard) {
        return bytes(tag(shard) + ":all");
    }

    static String member(TransactionKey key) {
        if (key.isRoot()) {
            return key.xid().toString();
        }
        StringBuilder out = new StringBuilder(key.xid().toString()).append(':');
        for (String segment : key.owner().toString().split("\\.")) {
            out.append("0".repeat(SEGMENT_WIDTH - segment.length())).append(segment).append('.');
        }
        return out.substring(0, out.length() - 1);
    }

    /** Parses a member back into a key; throws {@link CorruptRecordException} for anything else. */
    static TransactionKey keyOf(String member) {
        try {
            int colon = member.indexOf(':');
            if (colon < 0) {
                return TransactionKey.root(Xid.parse(member));
            }
            StringBuilder branch = new StringBuilder();
            for (String segment : member.substring(colon + 1).split("\\.", -1)) {
                branch.append(segment.replaceFirst("^0+(?=.)", "")).append('.');
            }
            return new TransactionKey(Xid.parse(member.substring(0, colon)),
                    BranchId.parse(branch.substring(0, branch.length() - 1)));
        } catch (InvalidInputException e) {
            throw new CorruptRecordException("Index entry '" + member + "' is not a record key: " + e.getMessage(), e);
        }
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
