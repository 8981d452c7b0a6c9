package io.github.litetcc.participant;

import io.github.litetcc.ParticipantDefinitionException;
import io.github.litetcc.annotation.Tcc;
import io.github.litetcc.model.Phase;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParticipantTest {

    public static class Inventory {
        final List<String> calls = new ArrayList<>();

        @Tcc(confirm = "confirmReserve", cancel = "cancelReserve")
        public void reserve(String sku, int quantity) {
            calls.add("try " + sku + " " + quantity);
        }

        public void confirmReserve(String sku, int quantity) {
            calls.add("confirm " + sku + " " + quantity);
        }

        public void cancelReserve(String sku, int quantity) {
            calls.add("cancel " + sku + " " + quantity);
        }
    }

    public static class MissingCancel {
        @Tcc(confirm = "confirm", cancel = "cancel")
        public void reserve(String sku) {
        }

        public void confirm(String sku) {
        }

        public void cancel(String sku, int wrongShape) {
        }
    }

    public static class OnlyConfirm {
        @Tcc(confirm = "confirm")
        public void reserve() {
        }

        public void confirm() {
        }
    }

    @Test
    void resolvesConfirmAndCancelHandlesAndCallsThemWithTheTryArguments() throws Throwable {
        Inventory inventory = new Inventory();
        List<Participant> participants = ParticipantScanner.scan("inventory", inventory, Inventory.class, null);
        assertThat(participants).hasSize(1);
        Participant participant = participants.get(0);
        assertThat(participant.id()).hasToString("inventory.reserve(java.lang.String,int)");
        participant.invokePhaseTwo(Phase.CONFIRM, new Object[]{"apple", 2});
        participant.invokePhaseTwo(Phase.CANCEL, new Object[]{"apple", 2});
        assertThat(inventory.calls).containsExactly("confirm apple 2", "cancel apple 2");
    }

    @Test
    void aMissingOrMisshapenCancelFailsNamingBeanMethodAndFix() {
        assertThatThrownBy(() -> ParticipantScanner.scan("stock", new MissingCancel(), MissingCancel.class, null))
                .isInstanceOf(ParticipantDefinitionException.class)
                .hasMessageContaining("bean 'stock'").hasMessageContaining("reserve").hasMessageContaining("public void cancel(String)");
    }

    @Test
    void aConfirmWithoutCancelIsRefused() {
        assertThatThrownBy(() -> ParticipantScanner.scan("x", new OnlyConfirm(), OnlyConfirm.class, null))
                .isInstanceOf(ParticipantDefinitionException.class).hasMessageContaining("a confirm but no cancel");
    }

    @Test
    void theRegistryRefusesTwoParticipantsUnderOneId() {
        ParticipantRegistry registry = new ParticipantRegistry();
        Participant first = ParticipantScanner.scan("inventory", new Inventory(), Inventory.class, null).get(0);
        Participant second = ParticipantScanner.scan("inventory", new Inventory(), Inventory.class, null).get(0);
        registry.register(first);
        registry.register(first);
        assertThatThrownBy(() -> registry.register(second)).isInstanceOf(ParticipantDefinitionException.class);
        assertThat(registry.require(first.id())).isSameAs(first);
        assertThatThrownBy(() -> registry.require(new io.github.litetcc.model.ParticipantId("nope", "m", List.of())))
                .isInstanceOf(ParticipantDefinitionException.class).hasMessageContaining("nope.m()");
    }
}
