package io.github.litetcc.context;

import io.github.litetcc.TccUsageException;
import io.github.litetcc.model.Phase;

import java.util.Optional;

/**
 * What business code may ask of the running branch. In a try, {@link #handOver} stores a small value
 * (kept durably with the branch, size-limited) that its confirm and cancel read back with {@link #handedOver}.
 */
public final class BranchContext {

    private BranchContext() {
    }

    /** The context of the running branch, if any. */
    public static Optional<TransactionContext> current() {
        return TransactionContextHolder.current();
    }

    /** In a try: hands {@code value} on to this branch's confirm and cancel. Throws outside a try. */
    public static void handOver(Object value) {
        TransactionContext context = current()
                .orElseThrow(() -> new TccUsageException("handOver called outside a TCC try"));
        if (context.phase() != Phase.TRY) {
            throw new TccUsageException("handOver is only allowed in a try, not in "
                    + context.phase() + " of branch " + context.branch() + " (xid " + context.xid() + ")");
        }
        context.handover().set(value);
    }

    /** In a confirm or cancel: the value the try handed on, if it did and it is a {@code type}. */
    public static <T> Optional<T> handedOver(Class<T> type) {
        return current().filter(TransactionContext::isPhaseTwo)
                .map(context -> context.handover().value())
                .filter(type::isInstance)
                .map(type::cast);
    }
}
