package io.github.litetcc.model;

import io.github.litetcc.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TransactionKeyTest {
    private final Xid xid = Xid.generate(Instant.now());

    @Test
    void aRootKeyPrintsAsTheXidAndANestedOneWithItsOwnerBranch() {
        assertThat(TransactionKey.root(xid)).hasToString(xid.toString());
        TransactionKey nested = new TransactionKey(xid, BranchId.parse("2"));
        assertThat(nested).hasToString(xid + ":2");
        assertThat(TransactionKey.parse(nested.toString())).isEqualTo(nested);
        assertThat(TransactionKey.parse(xid.toString()).isRoot()).isTrue();
    }

    @Test
    void refusesMalformedKeys() {
        assertThatThrownBy(() -> TransactionKey.parse(xid + ":x")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> TransactionKey.parse("zz:1")).isInstanceOf(InvalidInputException.class);
    }
}
