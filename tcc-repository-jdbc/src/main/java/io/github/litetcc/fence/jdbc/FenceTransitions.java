package io.github.litetcc.fence.jdbc;

import io.github.litetcc.InvalidInputException;
import io.github.litetcc.spi.FenceOutcome;
import io.github.litetcc.spi.FenceRequest;
import io.github.litetcc.spi.FenceResult;
import io.github.litetcc.spi.FenceStatus;
import io.github.litetcc.spi.FencedBody;

import java.sql.Connection;
import java.util.Optional;

/**
 * The fence's state machine on one connection, inside the caller's transaction (see DESIGN.md, "Fence"):
 * a transition happens only by an insert from absent or a compare-and-set update from TRIED, and the status is
 * read only after one of them found nothing to do, with a locking read — never "select, then decide".
 * Runs the body, with the connection bound to {@link FencedConnection}, right after a successful transition.
 * Thread-safe: holds no state.
 */
final class FenceTransitions {
    private final FenceRows rows;
    private final int maxTryResultBytes;

    FenceTransitions(FenceRows rows, int maxTryResultBytes) {
        this.rows = rows;
        this.maxTryResultBytes = maxTryResultBytes;
    }

    /** Runs one fenced phase; the body's exceptions propagate unchanged. */
    FenceResult apply(Connection connection, FenceRequest request, FencedBody body) throws Exception {
        return switch (request.phase()) {
            case TRY -> tryPhase(connection, request, body);
            case CONFIRM -> confirm(connection, request, body);
            case CANCEL -> cancel(connection, request, body);
        };
    }

    private FenceResult tryPhase(Connection connection, FenceRequest request, FencedBody body) throws Exception {
        if (rows.insertIfAbsent(connection, request, FenceStatus.TRIED)) {
            byte[] result = runBody(connection, body);
            if (result != null) {
                requireStorable(request, result);
                rows.storeTryResult(connection, request, result);
            }
            return new FenceResult(FenceOutcome.APPLIED, result);
        }
        Optional<FenceRows.Locked> row = rows.lockingRead(connection, request);
        if (row.isEmpty()) {
            return FenceResult.of(FenceOutcome.RETRY);
        }
        return switch (row.get().status()) {
            case TRIED, CONFIRMED -> new FenceResult(FenceOutcome.DUPLICATE, row.get().tryResult());
            case CANCELLED, CANCELLED_EMPTY -> FenceResult.of(FenceOutcome.REJECTED);
        };
    }

    private FenceResult confirm(Connection connection, FenceRequest request, FencedBody body) throws Exception {
        if (rows.moveFromTried(connection, request, FenceStatus.CONFIRMED)) {
            runBody(connection, body);
            return FenceResult.of(FenceOutcome.APPLIED);
        }
        return FenceResult.of(rows.lockingRead(connection, request).map(row -> switch (row.status()) {
            case CONFIRMED -> FenceOutcome.DUPLICATE;
            case CANCELLED, CANCELLED_EMPTY -> FenceOutcome.PROTOCOL_VIOLATION;
            case TRIED -> FenceOutcome.RETRY;
        }).orElse(FenceOutcome.RETRY));
    }

    private FenceResult cancel(Connection connection, FenceRequest request, FencedBody body) throws Exception {
        if (rows.moveFromTried(connection, request, FenceStatus.CANCELLED)) {
            runBody(connection, body);
            return FenceResult.of(FenceOutcome.APPLIED);
        }
        if (rows.insertIfAbsent(connection, request, FenceStatus.CANCELLED_EMPTY)) {
            return FenceResult.of(FenceOutcome.EMPTY);
        }
        return FenceResult.of(rows.lockingRead(connection, request).map(row -> switch (row.status()) {
            case CANCELLED, CANCELLED_EMPTY -> FenceOutcome.DUPLICATE;
            case CONFIRMED -> FenceOutcome.PROTOCOL_VIOLATION;
            case TRIED -> FenceOutcome.RETRY;
        }).orElse(FenceOutcome.RETRY));
    }

    private static byte[] runBody(Connection connection, FencedBody body) throws Exception {
        FencedConnection.Scope scope = FencedConnection.bind(connection);
        try {
            return body.run();
        } finally {
            scope.close();
        }
    }

    private void requireStorable(FenceRequest request, byte[] result) {
        if (result.length > maxTryResultBytes) {
            throw new InvalidInputException(FenceRows.describe(request) + ": its try result of " + result.length
                    + " bytes exceeds the limit of " + maxTryResultBytes + " bytes (JdbcRepositoryConfig.maxTryResultBytes); "
                    + "the try is rolled back");
        }
    }
}
