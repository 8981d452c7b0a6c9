package io.github.litetcc.config;

import io.github.litetcc.TccConfigurationException;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TccConfigTest {

    @Test
    void defaultsFinishACrashedStartersTransactionsWithinThirtySeconds() {
        TccConfig config = TccConfig.DEFAULT;
        Duration undecided = config.defaultTimeout().plus(config.recovery().grace()).plus(config.recovery().interval());
        Duration decided = config.phaseTwo().lease().plus(config.recovery().interval());
        assertThat(undecided).isLessThan(Duration.ofSeconds(30));
        assertThat(decided).isLessThan(Duration.ofSeconds(30));
    }

    @Test
    void aBadValueNamesTheSettingAndTheValue() {
        assertThatThrownBy(() -> TccConfig.DEFAULT.withDefaultTimeout(Duration.ofSeconds(-1)))
                .isInstanceOf(TccConfigurationException.class).hasMessageContaining("tcc.default-timeout").hasMessageContaining("PT-1S");
        assertThatThrownBy(() -> RecoveryConfig.DEFAULT.withBatchSize(0))
                .isInstanceOf(TccConfigurationException.class).hasMessageContaining("tcc.recovery.batch-size").hasMessageContaining("0");
        assertThatThrownBy(() -> RecoveryConfig.DEFAULT.withBackoff(Duration.ofSeconds(10), Duration.ofSeconds(1), 0.1))
                .isInstanceOf(TccConfigurationException.class).hasMessageContaining("backoff-cap");
        assertThatThrownBy(() -> RecoveryConfig.DEFAULT.withBackoff(Duration.ofSeconds(1), Duration.ofSeconds(2), 1.5))
                .isInstanceOf(TccConfigurationException.class).hasMessageContaining("tcc.recovery.jitter");
        assertThatThrownBy(() -> TccConfig.DEFAULT.withNodeId(" ")).isInstanceOf(TccConfigurationException.class)
                .hasMessageContaining("tcc.node-id");
    }

    @Test
    void aMissingPartIsAConfigurationErrorNamingIt() {
        assertThatThrownBy(() -> TccConfig.DEFAULT.withPhaseTwo(null)).isInstanceOf(TccConfigurationException.class)
                .hasMessageContaining("tcc.phase-two").hasMessageContaining("null");
        assertThatThrownBy(() -> TccConfig.DEFAULT.withRecovery(null)).isInstanceOf(TccConfigurationException.class)
                .hasMessageContaining("tcc.recovery");
        assertThatThrownBy(() -> TccConfig.DEFAULT.withFence(null)).isInstanceOf(TccConfigurationException.class)
                .hasMessageContaining("tcc.fence");
    }

    @Test
    void withCopiesChangeOneSettingOnly() {
        TccConfig changed = TccConfig.DEFAULT.withPhaseTwo(PhaseTwoConfig.DEFAULT.withAsynchronous(true));
        assertThat(changed.phaseTwo().asynchronous()).isTrue();
        assertThat(changed.recovery()).isEqualTo(TccConfig.DEFAULT.recovery());
        assertThat(TccConfig.DEFAULT.phaseTwo().asynchronous()).isFalse();
    }

    @Test
    void backoffDoublesUpToTheCap() {
        RecoveryConfig config = RecoveryConfig.DEFAULT.withBackoff(Duration.ofSeconds(1), Duration.ofSeconds(10), 0);
        assertThat(config.backoffFor(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(config.backoffFor(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(config.backoffFor(4)).isEqualTo(Duration.ofSeconds(8));
        assertThat(config.backoffFor(5)).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.backoffFor(1000)).isEqualTo(Duration.ofSeconds(10));
    }
}
