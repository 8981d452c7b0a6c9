package io.github.litetcc.bench.store;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SamplesTest {

    @Test
    void percentilesAreTheNearestRankOfWhatWasCollected() {
        Samples samples = new Samples();
        for (long value = 100; value >= 1; value--) {
            samples.add(value);
        }

        Samples.Summary summary = samples.summary();

        assertThat(summary.count()).isEqualTo(100);
        assertThat(summary.p50()).isEqualTo(50);
        assertThat(summary.p90()).isEqualTo(90);
        assertThat(summary.p99()).isEqualTo(99);
        assertThat(summary.mean()).isEqualTo(50);
    }

    @Test
    void aSingleSampleIsEveryPercentile() {
        Samples samples = new Samples();
        samples.add(7);

        assertThat(samples.summary()).isEqualTo(new Samples.Summary(1, 7, 7, 7, 7));
    }

    @Test
    void aSummaryOfNothingIsRefused() {
        assertThatThrownBy(() -> new Samples().summary()).hasMessageContaining("No samples");
    }
}
