package io.github.litetcc.bench.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The stores of a run, closed exactly once: at the end of the run, or by a shutdown hook when the JVM is
 * stopped early (Ctrl-C), so the run's tables and keys never outlive it.
 */
final class OpenStores implements AutoCloseable {
    private final List<Store> stores = new ArrayList<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Thread hook = new Thread(this::closeAll, "bench-cleanup");

    OpenStores(Iterable<ServerKind> kinds, String runId) {
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            kinds.forEach(kind -> stores.add(kind.open(runId)));
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    List<Store> stores() {
        return List.copyOf(stores);
    }

    @Override
    public void close() {
        closeAll();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run: nothing left to do
        }
    }

    private void closeAll() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        for (Store store : stores) {
            try {
                store.close();
                System.err.println("Removed what the run created on " + store.label());
            } catch (RuntimeException e) {
                System.err.println("Could not clean up " + store.label() + ": " + e);
            }
        }
    }
}
