package io.github.litetcc.model;

import io.github.litetcc.IllegalTransitionException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BranchTest {
    private final TransactionKey key = TransactionKey.root(Xid.generate(Instant.now()));
    private final Branch enlisted = Branch.local(BranchId.parse("2"), new ParticipantId("inventory", "reserve", List.of()), new byte[0]);

    @Test
    void anIllegalPhaseTwoMoveNamesTheBranchTheXidFromAndTo() {
        Branch confirmed = enlisted.withStatus(key, BranchStatus.CONFIRMED);

        assertThatThrownBy(() -> confirmed.withStatus(key, BranchStatus.CANCELLED)).isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("Branch 2").hasMessageContaining(key.xid().toString())
                .hasMessageContaining("CONFIRMED").hasMessageContaining("CANCELLED");
    }

    @Test
    void aLegalMoveChangesTheStatusOnly() {
        Branch cancelled = enlisted.withStatus(key, BranchStatus.CANCELLED);

        assertThat(cancelled.status()).isEqualTo(BranchStatus.CANCELLED);
        assertThat(cancelled.id()).isEqualTo(enlisted.id());
        assertThat(cancelled.participant()).isEqualTo(enlisted.participant());
    }
}
