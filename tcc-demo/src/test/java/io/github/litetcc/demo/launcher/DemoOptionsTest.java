package io.github.litetcc.demo.launcher;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DemoOptionsTest {

    @Test
    void noArgumentsGiveTheDefaults() {
        assertThat(DemoOptions.parse()).isEqualTo(DemoOptions.DEFAULT);
    }

    @Test
    void eachOptionOverridesItsDefault() {
        DemoOptions options = DemoOptions.parse("--orders=50", "--threads=2", "--faults=starter", "--db=postgresql", "--log=redis",
                "--dir=out", "--port=8080", "--stay=true");

        assertThat(options).isEqualTo(new DemoOptions(50, 2, java.util.EnumSet.of(Fault.STARTER), Database.POSTGRESQL, true, Path.of("out"),
                8080, true));
    }

    @Test
    void faultsNoneInjectsNoCrash() {
        assertThat(DemoOptions.parse("--faults=none").faults()).isEmpty();
    }

    @Test
    void anUnknownOptionIsRefusedNamingIt() {
        assertThatThrownBy(() -> DemoOptions.parse("--order=5")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--order").hasMessageContaining("--orders");
    }

    @Test
    void badValuesAreRefusedNamingTheOption() {
        assertThatThrownBy(() -> DemoOptions.parse("--orders=0")).hasMessageContaining("--orders");
        assertThatThrownBy(() -> DemoOptions.parse("--threads=many")).hasMessageContaining("--threads");
        assertThatThrownBy(() -> DemoOptions.parse("--faults=meteor")).hasMessageContaining("--faults");
        assertThatThrownBy(() -> DemoOptions.parse("--db=oracle")).hasMessageContaining("--db");
        assertThatThrownBy(() -> DemoOptions.parse("--log=kafka")).hasMessageContaining("--log");
        assertThatThrownBy(() -> DemoOptions.parse("--port=70000")).hasMessageContaining("--port");
        assertThatThrownBy(() -> DemoOptions.parse("--stay=maybe")).hasMessageContaining("--stay");
        assertThatThrownBy(() -> DemoOptions.parse("orders=5")).hasMessageContaining("--name=value");
    }
}
