package io.github.litetcc.model;

import io.github.litetcc.CorruptRecordException;
import io.github.litetcc.IllegalTransitionException;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.EnumSet;

import static io.github.litetcc.model.TransactionStatus.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TransactionStatusTest {

    @Test
    void codesAreUniqueAndRoundTrip() {
        assertThat(Arrays.stream(values()).map(TransactionStatus::code).distinct()).hasSize(values().length);
        for (TransactionStatus status : values()) {
            assertThat(fromCode(status.code())).isSameAs(status);
        }
    }

    @Test
    void terminalStatusesHaveNoSuccessor() {
        assertThat(CONFIRMED.next()).isEmpty();
        assertThat(CANCELLED.next()).isEmpty();
        assertThat(EnumSet.allOf(TransactionStatus.class).stream().filter(TransactionStatus::isTerminal))
                .containsExactlyInAnyOrder(CONFIRMED, CANCELLED);
    }

    @Test
    void confirmingAndCancellingNeverTurnIntoEachOtherParkedOrNot() {
        for (TransactionStatus confirmSide : EnumSet.of(CONFIRMING, PARKED_CONFIRMING, CONFIRMED)) {
            for (TransactionStatus cancelSide : EnumSet.of(CANCELLING, PARKED_CANCELLING, CANCELLED)) {
                assertThat(confirmSide.canMoveTo(cancelSide)).isFalse();
                assertThat(cancelSide.canMoveTo(confirmSide)).isFalse();
            }
        }
    }

    @Test
    void aParkedRecordResumesOnlyInItsOwnDirection() {
        assertThat(PARKED_CONFIRMING.next()).containsExactly(CONFIRMING);
        assertThat(PARKED_CANCELLING.next()).containsExactly(CANCELLING);
        assertThat(CONFIRMING.parked()).isEqualTo(PARKED_CONFIRMING);
    }

    @Test
    void anIllegalMoveThrowsNamingSubjectFromAndTo() {
        assertThatThrownBy(() -> CONFIRMING.requireMoveTo(CANCELLING, "xid-1"))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("xid-1").hasMessageContaining("CONFIRMING").hasMessageContaining("CANCELLING");
        assertThat(TRYING.requireMoveTo(CONFIRMING, "x")).isEqualTo(CONFIRMING);
    }

    @Test
    void anUnknownStoredCodeIsCorruption() {
        assertThatThrownBy(() -> fromCode(99)).isInstanceOf(CorruptRecordException.class).hasMessageContaining("99");
    }

    @Test
    void branchStatusesMoveOnlyFromEnlisted() {
        assertThat(BranchStatus.ENLISTED.next()).containsExactlyInAnyOrder(BranchStatus.CONFIRMED, BranchStatus.CANCELLED);
        assertThat(BranchStatus.CONFIRMED.next()).isEmpty();
        assertThatThrownBy(() -> BranchStatus.CONFIRMED.requireMoveTo(BranchStatus.CANCELLED, "1"))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(Arrays.stream(BranchStatus.values()).map(BranchStatus::code).distinct()).hasSize(BranchStatus.values().length);
    }
}
