package io.github.litetcc.fence;

import io.github.litetcc.config.FenceConfig;
import io.github.litetcc.spi.Fence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One fence housekeeping pass, in plain Java (a scheduler calls {@link #runOnce()}): deletes terminal rows
 * whose deadline is older than the retention horizon, in batches and never eagerly, and counts the
 * orphans — TRIED rows long past their deadline, whose log record was lost — for metrics and operators.
 */
public final class FenceCleanup {
    private static final Logger LOG = LoggerFactory.getLogger(FenceCleanup.class);
    /** Most batches one pass deletes, so a pass is bounded in time. */
    static final int MAX_BATCHES = 100;
    /** Most orphans one pass counts. */
    static final int MAX_ORPHANS_COUNTED = 1000;

    private final Fence fence;
    private final FenceConfig config;

    public FenceCleanup(Fence fence, FenceConfig config) {
        this.fence = fence;
        this.config = config;
    }

    public Report runOnce() {
        int deleted = 0;
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            int removed = fence.cleanUp(config.retention(), config.cleanupBatch());
            deleted += removed;
            if (removed < config.cleanupBatch()) {
                break;
            }
        }
        int orphans = fence.findOrphans(config.orphanAge(), MAX_ORPHANS_COUNTED).size();
        if (orphans > 0) {
            LOG.warn("{} fence rows are TRIED long past their deadline (orphans: their transaction record was lost); list them for an operator",
                    orphans);
        }
        return new Report(deleted, orphans);
    }

    /** What a pass did: rows deleted, orphans seen (capped at {@value #MAX_ORPHANS_COUNTED}). */
    public record Report(int deleted, int orphans) {
    }
}
