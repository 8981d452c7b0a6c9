package io.github.litetcc.bench.store;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BenchOptionsTest {

    @Test
    void noArgumentsMeanTheDocumentedRun() {
        BenchOptions options = BenchOptions.parse();

        assertThat(options.servers()).containsExactly(ServerKind.MARIADB, ServerKind.POSTGRESQL, ServerKind.REDIS);
        assertThat(options.parts()).isEqualTo(EnumSet.allOf(Part.class));
        assertThat(options.rounds()).isEqualTo(3);
        assertThat(options.largeLog()).isEqualTo(1_000_000);
        assertThat(options.smallLog()).isEqualTo(1000);
        assertThat(options.due()).isEqualTo(100);
    }

    @Test
    void namedOptionsOverrideTheDefaults() {
        BenchOptions options = BenchOptions.parse("--servers=redis", "--parts=recovery", "--large-log=20_000", "--rounds=1");

        assertThat(options.servers()).containsExactly(ServerKind.REDIS);
        assertThat(options.parts()).containsExactly(Part.RECOVERY);
        assertThat(options.largeLog()).isEqualTo(20_000);
        assertThat(options.rounds()).isEqualTo(1);
    }

    @Test
    void anUnknownOptionIsRefusedByName() {
        assertThatThrownBy(() -> BenchOptions.parse("--sample=5")).hasMessageContaining("unknown options [sample]");
    }

    @Test
    void anUnknownServerIsRefusedByName() {
        assertThatThrownBy(() -> BenchOptions.parse("--servers=oracle")).hasMessageContaining("Unknown server 'oracle'");
    }

    @Test
    void aLogMustHoldMoreRecordsThanAreDue() {
        assertThatThrownBy(() -> BenchOptions.parse("--small-log=100", "--due=100"))
                .hasMessageContaining("more records than --due");
    }

    @Test
    void aCountThatIsNoNumberIsRefusedByName() {
        assertThatThrownBy(() -> BenchOptions.parse("--rounds=three")).hasMessageContaining("--rounds must be a whole number");
    }
}
