package io.github.litetcc.spring.stock;

import io.github.litetcc.LiteTcc;
import io.github.litetcc.TryRejectedException;
import io.github.litetcc.context.TransactionContext;
import io.github.litetcc.context.TransactionContextHolder;
import io.github.litetcc.model.Branch;
import io.github.litetcc.model.BranchId;
import io.github.litetcc.model.ParticipantId;
import io.github.litetcc.model.Phase;
import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.model.Xid;
import io.github.litetcc.participant.LocalBranchInvoker;
import io.github.litetcc.repository.jdbc.JdbcTransactionRepository;
import io.github.litetcc.spi.Fence;
import io.github.litetcc.spi.FenceRecord;
import io.github.litetcc.spi.FenceStatus;
import io.github.litetcc.spring.FenceResolver;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the fence in the participant's Spring-managed local transaction guarantees, on a real database: the fence
 * row and the business change commit together; a duplicate confirm, an empty rollback and a late try change nothing;
 * a business failure inside the try rolls the fence row back too. Subclasses choose the database.
 */
abstract class FencedParticipantContract {
    @Autowired
    StockOrders orders;
    @Autowired
    StockParticipant stock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    LiteTcc tcc;
    @Autowired
    FenceResolver fences;

    private String sku;

    @BeforeEach
    void stockTenUnits() {
        sku = "sku-" + UUID.randomUUID();
        jdbc.update("INSERT INTO " + StockParticipant.TABLE + " (sku, available, reserved, sold) VALUES (?, 10, 0, 0)", sku);
    }

    @Test
    void theLogAndTheFenceLiveInTheDataSource() {
        assertThat(tcc.repository()).isInstanceOf(JdbcTransactionRepository.class);
        assertThat(fences.fences()).containsOnlyKeys("dataSource");
    }

    @Test
    void aCommittedOrderSellsTheUnitsAndLeavesAConfirmedFenceRow() {
        orders.order(sku, 3);

        assertThat(units()).containsExactly(7, 0, 3);
        assertThat(stock.fenceRowSeenByLastTry()).as("the try saw its fence row in its own transaction").isTrue();
        assertThat(fenceRow(stock.lastTry())).map(FenceRecord::status).contains(FenceStatus.CONFIRMED);
    }

    @Test
    void aDuplicateConfirmIsNotAppliedTwice() throws Exception {
        orders.order(sku, 3);
        TransactionContext tried = stock.lastTry();

        phaseTwo(tried.xid(), tried.branch(), Phase.CONFIRM, 3);

        assertThat(units()).containsExactly(7, 0, 3);
    }

    @Test
    void anEmptyRollbackChangesNothingAndRefusesTheLateTry() throws Exception {
        Xid xid = Xid.generate(Instant.now());
        BranchId branch = BranchId.ROOT.child(1);

        phaseTwo(xid, branch, Phase.CANCEL, 4);

        assertThat(units()).containsExactly(10, 0, 0);
        assertThat(fence().find(xid, branch)).map(FenceRecord::status).contains(FenceStatus.CANCELLED_EMPTY);
        assertThatThrownBy(() -> remoteTry(xid, branch, 4)).isInstanceOf(TryRejectedException.class);
        assertThat(units()).containsExactly(10, 0, 0);
    }

    @Test
    void aBusinessFailureInsideTheTryRollsTheFenceRowBackToo() {
        Xid xid = Xid.generate(Instant.now());
        BranchId branch = BranchId.ROOT.child(1);

        assertThatThrownBy(() -> remoteTry(xid, branch, 11)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not enough");

        assertThat(units()).containsExactly(10, 0, 0);
        assertThat(fence().find(xid, branch)).isEmpty();
    }

    @Test
    void aFailedOrderIsCancelledAndReleasesNothingItNeverReserved() {
        assertThatThrownBy(() -> orders.order(sku, 11)).isInstanceOf(IllegalStateException.class);

        assertThat(units()).containsExactly(10, 0, 0);
    }

    /** A try arriving from another node, as the Dubbo provider filter would run it. */
    private void remoteTry(Xid xid, BranchId branch, int quantity) {
        TransactionContext inbound = TransactionContext.inbound(xid, branch, Phase.TRY, Instant.now().plusSeconds(60));
        try (TransactionContextHolder.Scope ignored = TransactionContextHolder.open(inbound)) {
            stock.reserve(sku, quantity);
        }
    }

    /** Phase 2 of a branch, as the starter or recovery runs it. */
    private void phaseTwo(Xid xid, BranchId branch, Phase phase, int quantity) throws Exception {
        ParticipantId participant = new ParticipantId("stock", "reserve", List.of(String.class.getName(), "int"));
        Branch enlisted = Branch.local(branch, participant, tcc.serializer().serialize(new Object[]{sku, quantity}));
        new LocalBranchInvoker(tcc.participants(), tcc.serializer())
                .invoke(TransactionKey.root(xid), enlisted, phase, Instant.now().plus(1, ChronoUnit.MINUTES));
    }

    private Fence fence() {
        return fences.fences().get("dataSource");
    }

    private Optional<FenceRecord> fenceRow(TransactionContext context) {
        return fence().find(context.xid(), context.branch());
    }

    private List<Integer> units() {
        return jdbc.queryForObject("SELECT available, reserved, sold FROM " + StockParticipant.TABLE + " WHERE sku = ?",
                (row, i) -> List.of(row.getInt(1), row.getInt(2), row.getInt(3)), sku);
    }
}
