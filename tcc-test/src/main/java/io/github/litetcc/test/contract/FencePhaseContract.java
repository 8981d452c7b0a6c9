package io.github.litetcc.test.contract;

import io.github.litetcc.InvalidInputException;
import io.github.litetcc.spi.FenceRecord;
import io.github.litetcc.spi.FenceResult;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static io.github.litetcc.model.Phase.CANCEL;
import static io.github.litetcc.model.Phase.CONFIRM;
import static io.github.litetcc.model.Phase.TRY;
import static io.github.litetcc.spi.FenceOutcome.APPLIED;
import static io.github.litetcc.spi.FenceOutcome.DUPLICATE;
import static io.github.litetcc.spi.FenceOutcome.EMPTY;
import static io.github.litetcc.spi.FenceOutcome.PROTOCOL_VIOLATION;
import static io.github.litetcc.spi.FenceOutcome.REJECTED;
import static io.github.litetcc.spi.FenceOutcome.RETRY;
import static io.github.litetcc.spi.FenceStatus.CANCELLED;
import static io.github.litetcc.spi.FenceStatus.CANCELLED_EMPTY;
import static io.github.litetcc.spi.FenceStatus.CONFIRMED;
import static io.github.litetcc.spi.FenceStatus.TRIED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The fence contract, part one: every outcome of every phase, failing bodies and the try-result limit.
 * Part of {@link FenceContract}: extend that class, not this one.
 */
public abstract class FencePhaseContract extends FenceContractSupport {

    @Test
    void aTryRunsItsBodyOnceAndStoresWhatItReturned() throws Exception {
        FencedBranch branch = newBranch();
        CountingBody body = CountingBody.returning(bytes("reservation 7"));

        FenceResult result = execute(branch, TRY, body);

        assertThat(result.outcome()).isEqualTo(APPLIED);
        assertThat(result.tryResult()).isEqualTo(bytes("reservation 7"));
        assertThat(body.runs()).isEqualTo(1);
        FenceRecord row = fence.find(branch.xid(), branch.branch()).orElseThrow();
        assertThat(row.status()).isEqualTo(TRIED);
        assertThat(row.deadline()).isEqualTo(branch.deadline());
        assertThat(row.updatedAt()).isAfterOrEqualTo(row.createdAt());
    }

    @Test
    void aRepeatedTryIsADuplicateThatReturnsTheStoredResultWithoutRunningTheBody() throws Exception {
        FencedBranch branch = newBranch();
        execute(branch, TRY, CountingBody.returning(bytes("first answer")));
        CountingBody again = CountingBody.returning(bytes("second answer"));

        FenceResult result = execute(branch, TRY, again);

        assertThat(result.outcome()).isEqualTo(DUPLICATE);
        assertThat(result.tryResult()).isEqualTo(bytes("first answer"));
        assertThat(again.runs()).isZero();
    }

    @Test
    void aTryThatReturnedNothingIsADuplicateWithNoResult() throws Exception {
        FencedBranch branch = newBranch();
        assertThat(execute(branch, TRY, CountingBody.returning(null)).tryResult()).isNull();

        FenceResult result = execute(branch, TRY);

        assertThat(result.outcome()).isEqualTo(DUPLICATE);
        assertThat(result.tryResult()).isNull();
    }

    @Test
    void aTryAfterConfirmIsADuplicateWithTheStoredResult() throws Exception {
        FencedBranch branch = newBranch();
        execute(branch, TRY, CountingBody.returning(bytes("kept")));
        execute(branch, CONFIRM);
        CountingBody late = CountingBody.returning(bytes("other"));

        FenceResult result = execute(branch, TRY, late);

        assertThat(result.outcome()).isEqualTo(DUPLICATE);
        assertThat(result.tryResult()).isEqualTo(bytes("kept"));
        assertThat(late.runs()).isZero();
    }

    @Test
    void aTryAfterCancelIsRejectedWithoutRunningTheBody() throws Exception {
        FencedBranch branch = newBranch();
        execute(branch, TRY);
        execute(branch, CANCEL);
        CountingBody late = CountingBody.returning(bytes("late"));

        assertThat(execute(branch, TRY, late).outcome()).isEqualTo(REJECTED);
        assertThat(late.runs()).isZero();
        assertThat(statusOf(branch)).contains(CANCELLED);
    }

    @Test
    void aTryAfterAnEmptyCancelIsRejectedWithoutRunningTheBody() throws Exception {
        FencedBranch branch = newBranch();
        execute(branch, CANCEL);
        CountingBody suspended = CountingBody.returning(bytes("suspended"));

        assertThat(execute(branch, TRY, suspended).outcome()).isEqualTo(REJECTED);
        assertThat(suspended.runs()).isZero();
        assertThat(statusOf(branch)).contains(CANCELLED_EMPTY);
    }

    @Test
    void aFailedTryLeavesNoRowAndPropagatesTheExceptionUnchanged() throws Exception {
        FencedBranch branch = newBranch();
        IllegalStateException failure = new IllegalStateException("out of stock");

        assertThatThrownBy(() -> execute(branch, TRY, CountingBody.failingWith(failure))).isSameAs(failure);

        assertThat(statusOf(branch)).isEmpty();
        assertThat(execute(branch, CANCEL).outcome()).isEqualTo(EMPTY);
    }

    @Test
    void aCheckedExceptionOfTheBodyPropagatesUnchanged() throws Exception {
        FencedBranch branch = newBranch();
        IOException failure = new IOException("disk full");

        assertThatThrownBy(() -> execute(branch, TRY, CountingBody.failingWith(failure))).isSameAs(failure);
        assertThat(statusOf(branch)).isEmpty();
    }

    @Test
    void aTryCanRunAgainAfterItsBodyFailed() throws Exception {
        FencedBranch branch = newBranch();
        assertThatThrownBy(() -> execute(branch, TRY, CountingBody.failingWith(new IllegalStateException("busy"))))
                .isInstanceOf(IllegalStateException.class);
        CountingBody retry = CountingBody.returning(bytes("done"));

        assertThat(execute(branch, TRY, retry).outcome()).isEqualTo(APPLIED);
        assertThat(retry.runs()).isEqualTo(1);
    }

    @Test
    void aTryResultAtTheLimitIsStored() throws Exception {
        FencedBranch branch = newBranch();
        byte[] largest = new byte[maxTryResultBytes()];
        largest[largest.length - 1] = 42;

        assertThat(execute(branch, TRY, CountingBody.returning(largest)).outcome()).isEqualTo(APPLIED);
        assertThat(execute(branch, TRY).tryResult()).isEqualTo(largest);
    }

    @Test
    void aTryResultOverTheLimitIsRefusedNamingTheLimitAndNothingIsStored() throws Exception {
        FencedBranch branch = newBranch();
        byte[] tooLarge = new byte[maxTryResultBytes() + 1];

        assertThatThrownBy(() -> execute(branch, TRY, CountingBody.returning(tooLarge)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(Integer.toString(maxTryResultBytes()));
        assertThat(statusOf(branch)).isEmpty();
        assertThat(execute(branch, CANCEL).outcome()).isEqualTo(EMPTY);
    }

    @Test
    void confirmAfterATryRunsTheConfirmBody() throws Exception {
        FencedBranch branch = newBranch();
        execute(branch, TRY);
        CountingBody confirm = CountingBody.returning(null);

        assertThat(execute(branch, CONFIRM, confirm).outcome()).isEqualTo(APPLIED);
        assertThat(confirm.runs()).isEqualTo(1);
        assertThat(statusOf(branch)).contains(CONFIRMED);
    }

    @Test
    void aRepeatedConfirmIsADuplicateWithoutRunningTheBody() throws Exception {
        FencedBranch branch = newBranch();
        execute(branch, TRY);
        execute(branch, CONFIRM);
        CountingBody again = CountingBody.returning(null);

        assertThat(execute(branch, CONFIRM, again).outcome()).isEqualTo(DUPLICATE);
        assertThat(again.runs()).isZero();
    }

    @Test
    void confirmBeforeTheTryCommittedAsksToRetryAndLeavesNoRow() throws Exception {
        FencedBranch branch = newBranch();
        CountingBody early = CountingBody.returning(null);

        assertThat(execute(branch, CONFIRM, early).outcome()).isEqualTo(RETRY);
        assertThat(early.runs()).isZero();
        assertThat(statusOf(branch)).isEmpty();
        assertThat(execute(branch, TRY).outcome()).isEqualTo(APPLIED);
    }

    @Test
    void confirmAfterCancelIsAProtocolViolationAndChangesNothing() throws Exception {
        FencedBranch branch = newBranch();
        execute(branch, TRY);
        execute(branch, CANCEL);
        CountingBody confirm = CountingBody.returning(null);

        assertThat(execute(branch, CONFIRM, confirm).outcome()).isEqualTo(PROTOCOL_VIOLATION);
        assertThat(confirm.runs()).isZero();
        assertThat(statusOf(branch)).contains(CANCELLED);
    }

    @Test
    void confirmAfterAnEmptyCancelIsAProtocolViolation() throws Exception {
        FencedBranch branch = newBranch();
        execute(branch, CANCEL);

        assertThat(execute(branch, CONFIRM).outcome()).isEqualTo(PROTOCOL_VIOLATION);
        assertThat(statusOf(branch)).contains(CANCELLED_EMPTY);
    }

    @Test
    void cancelAfterATryRunsTheCancelBody() throws Exception {
        FencedBranch branch = newBranch();
        execute(branch, TRY);
        CountingBody cancel = CountingBody.returning(null);

        assertThat(execute(branch, CANCEL, cancel).outcome()).isEqualTo(APPLIED);
        assertThat(cancel.runs()).isEqualTo(1);
        assertThat(statusOf(branch)).contains(CANCELLED);
    }

    @Test
    void cancelWithoutATryIsAnEmptyRollbackThatDoesNotRunTheBody() throws Exception {
        FencedBranch branch = newBranch();
        CountingBody cancel = CountingBody.returning(null);

        assertThat(execute(branch, CANCEL, cancel).outcome()).isEqualTo(EMPTY);
        assertThat(cancel.runs()).isZero();
        FenceRecord row = fence.find(branch.xid(), branch.branch()).orElseThrow();
        assertThat(row.status()).isEqualTo(CANCELLED_EMPTY);
        assertThat(row.deadline()).isEqualTo(branch.deadline());
    }

    @Test
    void aRepeatedCancelIsADuplicateWithoutRunningTheBody() throws Exception {
        FencedBranch applied = newBranch();
        execute(applied, TRY);
        execute(applied, CANCEL);
        FencedBranch empty = newBranch();
        execute(empty, CANCEL);
        CountingBody again = CountingBody.returning(null);

        assertThat(execute(applied, CANCEL, again).outcome()).isEqualTo(DUPLICATE);
        assertThat(execute(empty, CANCEL, again).outcome()).isEqualTo(DUPLICATE);
        assertThat(again.runs()).isZero();
    }

    @Test
    void cancelAfterConfirmIsAProtocolViolationAndChangesNothing() throws Exception {
        FencedBranch branch = newBranch();
        execute(branch, TRY);
        execute(branch, CONFIRM);
        CountingBody cancel = CountingBody.returning(null);

        assertThat(execute(branch, CANCEL, cancel).outcome()).isEqualTo(PROTOCOL_VIOLATION);
        assertThat(cancel.runs()).isZero();
        assertThat(statusOf(branch)).contains(CONFIRMED);
    }

    @Test
    void aFailedPhaseTwoBodyLeavesTheRowTriedAndCanRunAgain() throws Exception {
        FencedBranch confirmed = newBranch();
        FencedBranch cancelled = newBranch();
        execute(confirmed, TRY);
        execute(cancelled, TRY);
        IllegalStateException failure = new IllegalStateException("ledger offline");

        assertThatThrownBy(() -> execute(confirmed, CONFIRM, CountingBody.failingWith(failure))).isSameAs(failure);
        assertThatThrownBy(() -> execute(cancelled, CANCEL, CountingBody.failingWith(failure))).isSameAs(failure);

        assertThat(statusOf(confirmed)).contains(TRIED);
        assertThat(statusOf(cancelled)).contains(TRIED);
        assertThat(execute(confirmed, CONFIRM).outcome()).isEqualTo(APPLIED);
        assertThat(execute(cancelled, CANCEL).outcome()).isEqualTo(APPLIED);
    }

    @Test
    void branchesOfOneTransactionAreFencedApart() throws Exception {
        FencedBranch first = newBranch();
        FencedBranch second = new FencedBranch(first.xid(), first.branch().child(1), first.deadline());
        execute(first, TRY);

        assertThat(execute(second, CANCEL).outcome()).isEqualTo(EMPTY);
        assertThat(execute(first, CONFIRM).outcome()).isEqualTo(APPLIED);
        assertThat(statusOf(second)).contains(CANCELLED_EMPTY);
    }
}
