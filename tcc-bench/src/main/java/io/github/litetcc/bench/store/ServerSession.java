package io.github.litetcc.bench.store;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * One server's share of a run: the logs it needs (opened and filled once, before the first round) and one
 * round of every selected part on them.
 */
final class ServerSession {
    private final Store store;
    private final BenchOptions options;
    private final Workload workload;
    private LogUnderTest protocolLog;
    private LogUnderTest smallLog;
    private LogUnderTest largeLog;

    ServerSession(Store store, BenchOptions options, Workload workload) {
        this.store = store;
        this.options = options;
        this.workload = workload;
    }

    /** Opens the logs the selected parts use and fills the recovery logs, reporting the time it took. */
    void prepare(PrintStream out) throws Exception {
        if (options.parts().contains(Part.PROTOCOL)) {
            protocolLog = store.openLog("proto");
        }
        if (options.parts().contains(Part.RECOVERY)) {
            RecoveryPass recovery = new RecoveryPass(workload, options.due());
            smallLog = store.openLog("small");
            largeLog = store.openLog("large");
            long small = recovery.fill(smallLog, options.smallLog());
            long large = recovery.fill(largeLog, options.largeLog());
            out.printf("- %s: filled the recovery logs: %,d records in %,d ms, %,d records in %,d ms%n", store.label(),
                    options.smallLog(), small, options.largeLog(), large);
        }
    }

    /** One round of every selected part. */
    List<Comparison> measureRound() throws Exception {
        List<Comparison> out = new ArrayList<>();
        if (protocolLog != null) {
            out.addAll(new ProtocolLatency(workload, options.warmup(), options.iterations())
                    .measure(store.label(), protocolLog.repository(), store.bareWrite()));
        }
        if (largeLog != null) {
            String detail = String.format("%,d vs %,d records", options.largeLog(), options.smallLog());
            out.addAll(new RecoveryPass(workload, options.due()).measure(store.label(), smallLog.repository(),
                    largeLog.repository(), Math.max(1, options.passes() / 5), options.passes(), detail));
        }
        if (options.parts().contains(Part.FENCE)) {
            out.addAll(new FenceCost(options.warmup(), options.iterations())
                    .measure(store.label(), store.plainBusinessChange(), store.fencedBusinessChanges()));
        }
        if (options.parts().contains(Part.SHAPES)) {
            out.addAll(store.measureWriteShapes(workload.enlistBytes(), options.warmup(), options.iterations()));
        }
        return out;
    }

    String describe() {
        return store.label() + " " + store.version();
    }
}
