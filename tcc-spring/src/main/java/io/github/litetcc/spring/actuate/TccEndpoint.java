package io.github.litetcc.spring.actuate;

import io.github.litetcc.TccUsageException;
import io.github.litetcc.model.GlobalTransaction;
import io.github.litetcc.recovery.TransactionOperations;
import io.github.litetcc.spi.FenceRecord;
import io.github.litetcc.spi.TransactionQuery;
import io.github.litetcc.spring.fence.FenceHousekeeping;
import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The operators' endpoint {@code tcc} ("manual intervention"):
 * <ul>
 *   <li>{@code GET /actuator/tcc} — unfinished, stuck and parked transactions and fence orphans;</li>
 *   <li>{@code GET /actuator/tcc/{key}} — one record ({@code xid}, or {@code xid:branch} for a nested participant's);</li>
 *   <li>{@code POST /actuator/tcc/{key}} with {@code {"action": "retry" | "resume" | "cancel"}} — retry a decided record
 *       now, resume a parked one in its own direction, or cancel an undecided root record.</li>
 * </ul>
 * Bad input is refused with a message naming what was wrong (HTTP 400) and changes nothing: a malformed or unknown
 * key, an unknown action, an action the record's status does not allow. Like every Actuator endpoint it is not
 * exposed over HTTP unless configured ({@code management.endpoints.web.exposure.include=tcc}); secure its write
 * operation, or make it read-only with {@code management.endpoint.tcc.access=read-only}.
 */
@Endpoint(id = "tcc")
public class TccEndpoint {
    /** The actions of {@link #act}. */
    public static final List<String> ACTIONS = List.of("retry", "resume", "cancel");

    private final TransactionOperations operations;
    private final FenceHousekeeping housekeeping;
    private final int limit;

    /**
     * @param housekeeping the fence housekeeping, or {@code null} when no fence is in use
     * @param limit        most items per list
     */
    public TccEndpoint(TransactionOperations operations, FenceHousekeeping housekeeping, int limit) {
        this.operations = Objects.requireNonNull(operations, "operations");
        this.housekeeping = housekeeping;
        if (limit < 1 || limit > TransactionQuery.MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + TransactionQuery.MAX_LIMIT + ", was " + limit);
        }
        this.limit = limit;
    }

    /** Unfinished, stuck and parked transactions and fence orphans, each list cut to the limit. */
    @ReadOperation
    public TccOverview overview() {
        return new TccOverview(views(operations.list(TransactionQuery.unfinished(limit)).items()),
                views(operations.stuck(limit).items()), views(operations.parked(limit).items()), fenceOrphans());
    }

    /** One record, or nothing (HTTP 404) when the log holds none under {@code key}. */
    @ReadOperation
    public TransactionView transaction(@Selector String key) {
        return refusingBadInput(() -> operations.find(key).map(TransactionView::of).orElse(null));
    }

    /** Performs {@code action} (retry, resume or cancel) on the record {@code key} and shows the record afterwards. */
    @WriteOperation
    public TransactionView act(@Selector String key, String action) {
        String chosen = action == null ? "" : action.trim().toLowerCase(Locale.ROOT);
        return refusingBadInput(() -> TransactionView.of(switch (chosen) {
            case "retry" -> operations.retryNow(key);
            case "resume" -> operations.resume(key);
            case "cancel" -> operations.cancel(key);
            default -> throw new TccUsageException("Unknown action '" + action + "': use one of " + ACTIONS);
        }));
    }

    private Map<String, List<TccOverview.FenceOrphan>> fenceOrphans() {
        Map<String, List<TccOverview.FenceOrphan>> orphans = new LinkedHashMap<>();
        if (housekeeping != null) {
            housekeeping.orphans(limit).forEach((name, rows) -> orphans.put(name, rows.stream().map(TccEndpoint::orphan).toList()));
        }
        return orphans;
    }

    private static TccOverview.FenceOrphan orphan(FenceRecord row) {
        return new TccOverview.FenceOrphan(row.xid().toString(), row.branch().toString(), row.status().name(), row.deadline(),
                row.createdAt());
    }

    private static List<TransactionView> views(List<GlobalTransaction> records) {
        return records.stream().map(TransactionView::of).toList();
    }

    private static <T> T refusingBadInput(java.util.function.Supplier<T> operation) {
        try {
            return operation.get();
        } catch (TccUsageException e) {
            throw new InvalidEndpointRequestException(e.getMessage(), e.getMessage());
        }
    }
}
