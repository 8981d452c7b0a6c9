package io.github.litetcc.spring.actuate;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the endpoint lists: unfinished records (any status but CONFIRMED and CANCELLED), the stuck ones (past the
 * alert threshold) and the parked ones, each cut to the endpoint's limit, and the fence orphans by data source.
 */
public record TccOverview(List<TransactionView> unfinished, List<TransactionView> stuck, List<TransactionView> parked,
                          Map<String, List<FenceOrphan>> fenceOrphans) {

    /** A fence row TRIED long past its deadline: its transaction record was lost. */
    public record FenceOrphan(String xid, String branch, String status, Instant deadline, Instant createdAt) {
    }
}
