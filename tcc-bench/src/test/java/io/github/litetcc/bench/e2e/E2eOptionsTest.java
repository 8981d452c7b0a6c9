package io.github.litetcc.bench.e2e;

import io.github.litetcc.jdbc.JdbcRepositoryConfig;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class E2eOptionsTest {

    @Test
    void defaultsToTheIssuesCountsAndWholeMatrix() {
        E2eOptions options = E2eOptions.parse(Map.of());

        assertThat(options.warmup()).isEqualTo(2000);
        assertThat(options.measure()).isEqualTo(20_000);
        assertThat(options.repeats()).isEqualTo(3);
        assertThat(options.hmilyScript()).isEmpty();
        assertThat(Matrix.selected(options)).isEqualTo(Matrix.full());
    }

    @Test
    void anOptionWinsOverItsEnvironmentVariable() {
        E2eOptions options = E2eOptions.parse(Map.of("E2E_MEASURE", "500", "E2E_WARMUP", "7", "HMILY_RUN_SH", "peer/run.sh"),
                "--measure=900");

        assertThat(options.measure()).isEqualTo(900);
        assertThat(options.warmup()).isEqualTo(7);
        assertThat(options.hmilyScript()).contains(Path.of("peer/run.sh"));
    }

    @Test
    void filtersTheMatrixAndDropsSetUpsLeftWithoutRows() {
        E2eOptions options = E2eOptions.parse(Map.of(), "--logs=mariadb", "--threads=32", "--phase2=async");

        assertThat(Matrix.selected(options)).as("asynchronous phase 2 runs at 1 and 8 threads only").isEmpty();
        assertThat(Matrix.selected(E2eOptions.parse(Map.of(), "--logs=mariadb", "--threads=32", "--fence=on")))
                .singleElement().satisfies(config -> assertThat(config.fenceLabel()).isEqualTo("on"));
    }

    @Test
    void theParticipantsRunInOneJvmByDefaultInTwoOrInTheCallersOnRequest() {
        assertThat(E2eOptions.parse(Map.of())).extracting(E2eOptions::inProcess, E2eOptions::splitParticipants).containsExactly(false, false);
        assertThat(E2eOptions.parse(Map.of(), "--participants=jvms").splitParticipants()).isTrue();
        assertThat(E2eOptions.parse(Map.of(), "--participants=in-process").inProcess()).isTrue();
        assertThatThrownBy(() -> E2eOptions.parse(Map.of(), "--participants=three"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--participants");
    }

    @Test
    void theJdbcLogsShareCommitsAsTheModuleDoesUnlessToldOtherwise() {
        assertThat(E2eOptions.parse(Map.of()).jdbcWritesPerCommit()).isEqualTo(JdbcRepositoryConfig.DEFAULT.maxWritesPerCommit());
        assertThat(E2eOptions.parse(Map.of(), "--jdbc-writes-per-commit=1").jdbcWritesPerCommit()).isEqualTo(1);
        assertThatThrownBy(() -> E2eOptions.parse(Map.of(), "--jdbc-writes-per-commit=0")).hasMessageContaining("--jdbc-writes-per-commit");
    }

    @Test
    void theStarterFinishesInTheBackgroundAsTheCoreDoesUnlessToldOtherwise() {
        assertThat(E2eOptions.parse(Map.of()).backgroundFinish()).isTrue();
        assertThat(E2eOptions.parse(Map.of(), "--background-finish=off").backgroundFinish()).isFalse();
        assertThat(E2eOptions.parse(Map.of("E2E_BACKGROUND_FINISH", "off")).backgroundFinish()).isFalse();
        assertThatThrownBy(() -> E2eOptions.parse(Map.of(), "--background-finish=maybe")).hasMessageContaining("--background-finish must be on or off");
    }

    @Test
    void refusesUnknownOptionsAndBadValuesNamingThem() {
        assertThatThrownBy(() -> E2eOptions.parse(Map.of(), "--mesure=5")).hasMessageContaining("--mesure");
        assertThatThrownBy(() -> E2eOptions.parse(Map.of(), "--measure=lots")).hasMessageContaining("--measure");
        assertThatThrownBy(() -> E2eOptions.parse(Map.of(), "--logs=oracle")).hasMessageContaining("oracle");
        assertThatThrownBy(() -> E2eOptions.parse(Map.of(), "--fence=maybe")).hasMessageContaining("--fence");
        assertThatThrownBy(() -> E2eOptions.parse(Map.of(), "measure=5")).hasMessageContaining("--name=value");
    }
}
