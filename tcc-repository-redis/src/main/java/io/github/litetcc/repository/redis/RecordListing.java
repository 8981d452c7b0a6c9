package io.github.litetcc.repository.redis;

import io.github.litetcc.CorruptRecordException;
import io.github.litetcc.model.GlobalTransaction;
import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.spi.CorruptRecord;
import io.github.litetcc.spi.DueRecords;
import io.github.litetcc.spi.Page;
import io.github.litetcc.spi.TransactionQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Merges what every shard holds into one answer: the oldest due records across shards, and listings in key
 * order with paging (a full page names its last key to continue after). A record that cannot be read is returned apart (due records) or logged and left out
 * (listings), so one bad record never hides the others. Thread-safe.
 */
final class RecordListing {
    private static final Logger LOG = LoggerFactory.getLogger(RecordListing.class);
    private final ShardScans scans;
    private final int shards;

    RecordListing(ShardScans scans, int shards) {
        this.scans = scans;
        this.shards = shards;
    }

    DueRecords due(int limit) {
        List<ShardScans.Stored> entries = new ArrayList<>();
        for (int shard = 0; shard < shards; shard++) {
            entries.addAll(scans.due(shard, limit));
        }
        entries.sort(Comparator.comparingLong(ShardScans.Stored::dueAt).thenComparing(ShardScans.Stored::member));
        List<GlobalTransaction> records = new ArrayList<>();
        List<CorruptRecord> corrupt = new ArrayList<>();
        for (ShardScans.Stored entry : entries.subList(0, Math.min(limit, entries.size()))) {
            TransactionKey key = keyOf(entry);
            if (key != null) {
                try {
                    records.add(entry.decode(key));
                } catch (CorruptRecordException e) {
                    corrupt.add(new CorruptRecord(key, e.getMessage()));
                }
            }
        }
        return new DueRecords(records, corrupt);
    }

    Page<GlobalTransaction> list(TransactionQuery query) {
        List<GlobalTransaction> found = new ArrayList<>();
        for (int shard = 0; shard < shards; shard++) {
            scans.matching(shard, query).forEach(entry -> readable(entry).filter(query::matches).ifPresent(found::add));
        }
        found.sort(Comparator.comparing(GlobalTransaction::key));
        List<GlobalTransaction> items = found.subList(0, Math.min(query.limit(), found.size()));
        boolean full = items.size() == query.limit();
        return new Page<>(items, full ? items.get(items.size() - 1).key() : null);
    }

    private static Optional<GlobalTransaction> readable(ShardScans.Stored entry) {
        TransactionKey key = keyOf(entry);
        try {
            return key == null ? Optional.empty() : Optional.of(entry.decode(key));
        } catch (CorruptRecordException e) {
            LOG.warn("Listing skips record {}: {}", key, e.getMessage());
            return Optional.empty();
        }
    }

    private static TransactionKey keyOf(ShardScans.Stored entry) {
        try {
            return RecordKeys.keyOf(entry.member());
        } catch (CorruptRecordException e) {
            LOG.warn("Skipping an index entry that names no record: {}", e.getMessage());
            return null;
        }
    }
}
