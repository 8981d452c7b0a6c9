package io.github.litetcc.context;

import org.slf4j.MDC;

import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The one thread-bound holder of the current {@link TransactionContext}. {@link #open} binds a context
 * and returns a scope whose {@code close()} restores the previous one, so nested calls unwind. While a
 * context is bound, the xid is in the SLF4J MDC under {@link #MDC_KEY}; closing the scope restores the
 * MDC value that was there before it opened (one put by recovery, say), never just removes it. Work
 * handed to another thread carries the context explicitly through {@link #wrap}.
 */
public final class TransactionContextHolder {
    /** The MDC key holding the current xid. */
    public static final String MDC_KEY = "tcc.xid";
    private static final ThreadLocal<TransactionContext> CURRENT = new ThreadLocal<>();

    private TransactionContextHolder() {
    }

    public static Optional<TransactionContext> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /**
     * Binds {@code context} (or clears the binding for {@code null}) until the returned scope is closed;
     * closing it restores both the previous context and the previous MDC value of {@link #MDC_KEY}.
     */
    public static Scope open(TransactionContext context) {
        TransactionContext previous = CURRENT.get();
        String previousXid = MDC.get(MDC_KEY);
        bind(context);
        return () -> restore(previous, previousXid);
    }

    /**
     * Puts {@code xid} in the MDC, leaving the bound context as it is, until the returned scope is closed, which
     * restores the previous MDC value: for work done on behalf of a transaction outside any of its contexts (the
     * starter's decision and phase 2, after its body's context closed).
     */
    public static Scope logAs(io.github.litetcc.model.Xid xid) {
        String previousXid = MDC.get(MDC_KEY);
        MDC.put(MDC_KEY, xid.toString());
        return () -> restore(CURRENT.get(), previousXid);
    }

    /** The same work, run with the context current now bound on whichever thread runs it. */
    public static <T> Callable<T> wrap(Callable<T> work) {
        TransactionContext captured = CURRENT.get();
        return () -> {
            try (Scope ignored = open(captured)) {
                return work.call();
            }
        };
    }

    /** The same work, run with the context current now bound on whichever thread runs it. */
    public static Runnable wrap(Runnable work) {
        TransactionContext captured = CURRENT.get();
        return () -> {
            try (Scope ignored = open(captured)) {
                work.run();
            }
        };
    }

    private static void bind(TransactionContext context) {
        if (context == null) {
            CURRENT.remove();
            MDC.remove(MDC_KEY);
        } else {
            CURRENT.set(context);
            MDC.put(MDC_KEY, context.xid().toString());
        }
    }

    private static void restore(TransactionContext context, String xid) {
        if (context == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(context);
        }
        if (xid == null) {
            MDC.remove(MDC_KEY);
        } else {
            MDC.put(MDC_KEY, xid);
        }
    }

    /** A bound context; closing it restores the previous binding. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
