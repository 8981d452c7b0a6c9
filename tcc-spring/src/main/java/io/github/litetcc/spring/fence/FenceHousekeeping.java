package io.github.litetcc.spring.fence;

import io.github.litetcc.config.FenceConfig;
import io.github.litetcc.fence.FenceCleanup;
import io.github.litetcc.spi.Fence;
import io.github.litetcc.spi.FenceRecord;
import io.github.litetcc.spring.FenceResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Housekeeping over every fence the application uses: one {@link FenceCleanup} pass per fence (a failing fence is
 * logged and the others still run), the orphan count of the last pass (for the gauge), and the orphans themselves
 * (for operators). Thread-safe.
 */
public final class FenceHousekeeping {
    private static final Logger LOG = LoggerFactory.getLogger(FenceHousekeeping.class);

    private final FenceResolver fences;
    private final FenceConfig config;
    private final AtomicInteger lastOrphans = new AtomicInteger();

    public FenceHousekeeping(FenceResolver fences, FenceConfig config) {
        this.fences = Objects.requireNonNull(fences, "fences");
        this.config = Objects.requireNonNull(config, "config");
    }

    /** Cleans up every fence once; returns each fence's report, by store name. */
    public Map<String, FenceCleanup.Report> runOnce() {
        Map<String, FenceCleanup.Report> reports = new LinkedHashMap<>();
        fences.fences().forEach((name, fence) -> cleanUp(name, fence, reports));
        lastOrphans.set(reports.values().stream().mapToInt(FenceCleanup.Report::orphans).sum());
        return reports;
    }

    private void cleanUp(String name, Fence fence, Map<String, FenceCleanup.Report> reports) {
        try {
            reports.put(name, new FenceCleanup(fence, config).runOnce());
        } catch (RuntimeException e) {
            LOG.error("Fence clean-up of '{}' failed: {}; the next pass tries again", name, e.toString(), e);
        }
    }

    /** Orphans (TRIED rows long past their deadline) seen by the last pass, over every fence. */
    public int lastOrphanCount() {
        return lastOrphans.get();
    }

    /** Up to {@code limit} orphans of each fence, by store name. */
    public Map<String, List<FenceRecord>> orphans(int limit) {
        Map<String, List<FenceRecord>> found = new LinkedHashMap<>();
        fences.fences().forEach((name, fence) -> found.put(name, fence.findOrphans(config.orphanAge(), limit)));
        return found;
    }
}
