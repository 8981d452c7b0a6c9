package io.github.litetcc.spi;

import java.time.Duration;
import java.util.List;

/**
 * The participant-side fence: a table (or Redis hash) keyed by (xid, branch id) that makes phase 2
 * idempotent, an empty rollback harmless and a late try refused. Each {@link #execute} runs the fence
 * transition and the business body in <b>one</b> local transaction: both commit, or neither.
 *
 * <p>Transitions happen only by an insert from absent or a compare-and-set update, never by
 * "select, then decide":
 * <ul>
 *   <li>TRY: insert TRIED, run the body, store what it returned → {@link FenceOutcome#APPLIED}; row TRIED or
 *       CONFIRMED → {@link FenceOutcome#DUPLICATE} with the stored result (body not run); CANCELLED or
 *       CANCELLED_EMPTY → {@link FenceOutcome#REJECTED} (suspension, body not run).</li>
 *   <li>CONFIRM: TRIED → CONFIRMED, run the body → APPLIED; CONFIRMED → DUPLICATE; CANCELLED* →
 *       {@link FenceOutcome#PROTOCOL_VIOLATION}; absent → {@link FenceOutcome#RETRY} (the try may still commit).</li>
 *   <li>CANCEL: TRIED → CANCELLED, run the body → APPLIED; absent → insert CANCELLED_EMPTY →
 *       {@link FenceOutcome#EMPTY} (body not run; the row blocks a late try); CANCELLED* → DUPLICATE;
 *       CONFIRMED → PROTOCOL_VIOLATION; TRIED but not updatable → RETRY.</li>
 * </ul>
 * If the body throws, the transaction rolls back with the fence change and the exception propagates
 * unchanged. Thread-safe; concurrent calls for one (xid, branch) serialize on the row.
 */
public interface Fence {

    /**
     * Runs one fenced phase.
     *
     * @throws io.github.litetcc.InvalidInputException if the body's try result exceeds the configured size limit (nothing is stored)
     * @throws io.github.litetcc.RepositoryUnavailableException if the store failed (nothing changed)
     * @throws Exception whatever the body threw (nothing changed)
     */
    FenceResult execute(FenceRequest request, FencedBody body) throws Exception;

    /**
     * Deletes up to {@code batchSize} terminal rows (CONFIRMED, CANCELLED, CANCELLED_EMPTY) whose deadline is
     * older than {@code horizon} before now. TRIED rows are never deleted.
     *
     * @return how many rows were deleted
     */
    int cleanUp(Duration horizon, int batchSize);

    /** Up to {@code limit} TRIED rows whose deadline passed more than {@code age} ago: tries whose transaction was lost. */
    List<FenceRecord> findOrphans(Duration age, int limit);

    /** The row for one branch, if any (for operators and tests). */
    java.util.Optional<FenceRecord> find(io.github.litetcc.model.Xid xid, io.github.litetcc.model.BranchId branch);
}
