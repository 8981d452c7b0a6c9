package io.github.litetcc.model;

import io.github.litetcc.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BranchIdTest {

    @Test
    void childrenOfTheRootAreNumberedFromOneAndNestDotted() {
        BranchId second = BranchId.ROOT.child(2);
        assertThat(second).hasToString("2");
        assertThat(second.child(1)).hasToString("2.1");
        assertThat(second.child(1).parent()).isEqualTo(second);
        assertThat(second.parent()).isEqualTo(BranchId.ROOT);
    }

    @Test
    void parsesWhatItPrints() {
        assertThat(BranchId.parse("2.10.3")).isEqualTo(BranchId.ROOT.child(2).child(10).child(3));
        assertThat(BranchId.parse("0")).isSameAs(BranchId.ROOT);
    }

    @Test
    void ordersNumericallyNotAsText() {
        assertThat(BranchId.parse("2")).isLessThan(BranchId.parse("10"));
        assertThat(BranchId.parse("2")).isLessThan(BranchId.parse("2.1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "1.", ".1", "1..2", "01", "-1", "1.0", "1 2", "9999999999"})
    void refusesMalformedIdsNamingThem(String text) {
        assertThatThrownBy(() -> BranchId.parse(text)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void refusesNestingDeeperThanTheLimit() {
        String deep = "1" + ".1".repeat(BranchId.MAX_DEPTH);
        assertThatThrownBy(() -> BranchId.parse(deep)).isInstanceOf(InvalidInputException.class).hasMessageContaining("deeper");
    }

    @Test
    void theRootHasNoParent() {
        assertThatThrownBy(BranchId.ROOT::parent).isInstanceOf(IllegalStateException.class);
    }
}
