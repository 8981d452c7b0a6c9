package io.github.litetcc.demo.order;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrderRequestTest {

    @Test
    void aValidRequestIsPricedFromTheCatalog() {
        ValidOrder order = new OrderRequest("o-1", "alice", "pear", 3).validate();

        assertThat(order).isEqualTo(new ValidOrder("o-1", "alice", "pear", 3, 750, 7));
    }

    @Test
    void aRequestWithoutAnOrderIdGetsOne() {
        assertThat(new OrderRequest(null, "bob", "apple", 1).validate().orderId()).startsWith("o-");
    }

    @Test
    void anUnknownProductIsRefusedListingTheKnownOnes() {
        assertThatThrownBy(() -> new OrderRequest("o-1", "alice", "kiwi", 1).validate()).isInstanceOf(InvalidOrderException.class)
                .hasMessageContaining("unknown product 'kiwi'").hasMessageContaining("apple, pear, vinyl");
    }

    @Test
    void aQuantityOutsideOneToTheMaximumIsRefused() {
        assertThatThrownBy(() -> new OrderRequest("o-1", "alice", "apple", -2).validate()).hasMessageContaining("quantity must be between 1");
        assertThatThrownBy(() -> new OrderRequest("o-1", "alice", "apple", 0).validate()).hasMessageContaining("quantity must be between 1");
        assertThatThrownBy(() -> new OrderRequest("o-1", "alice", "apple", 1_001).validate()).hasMessageContaining("was 1001");
        assertThatThrownBy(() -> new OrderRequest("o-1", "alice", "apple", null).validate()).hasMessageContaining("quantity is required");
    }

    @Test
    void anUnknownCustomerOrAMalformedOrderIdIsRefused() {
        assertThatThrownBy(() -> new OrderRequest("o-1", "mallory", "apple", 1).validate()).hasMessageContaining("unknown customer 'mallory'");
        assertThatThrownBy(() -> new OrderRequest("o 1;drop", "alice", "apple", 1).validate()).hasMessageContaining("orderId must be");
    }
}
