package io.github.litetcc.spring.boot;

import io.github.litetcc.config.FenceConfig;
import io.github.litetcc.config.PhaseTwoConfig;
import io.github.litetcc.config.RecoveryConfig;
import io.github.litetcc.config.TccConfig;
import io.github.litetcc.serialization.SerializationConfig;
import io.github.litetcc.spring.TccAspect;
import io.github.litetcc.spring.quartz.QuartzSettings;
import org.junit.jupiter.api.Test;
import org.springframework.boot.convert.DurationStyle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The published metadata (what IDEs show) describes every {@code tcc.*} property and states core's own defaults. */
class ConfigurationMetadataTest {
    private static final Pattern PROPERTY = Pattern.compile("\\{[^{}]*\"name\"\\s*:\\s*\"(tcc\\.[^\"]+)\"[^{}]*}");
    private static final Pattern DEFAULT = Pattern.compile("\"defaultValue\"\\s*:\\s*(\"[^\"]*\"|[^,}\\s]+)");
    private static final Pattern DESCRIPTION = Pattern.compile("\"description\"\\s*:\\s*\"[^\"]+\"");

    @Test
    void everyPropertyHasADescription() throws IOException {
        Map<String, String> properties = properties();
        assertThat(properties).hasSizeGreaterThan(40);
        assertThat(properties).allSatisfy((name, json) -> assertThat(DESCRIPTION.matcher(json).find()).as(name).isTrue());
    }

    @Test
    void theStatedDefaultsAreCoresDefaults() throws IOException {
        Map<String, Object> expected = new LinkedHashMap<>();
        TccConfig core = TccConfig.DEFAULT;
        expected.put("tcc.default-timeout", core.defaultTimeout());
        expected.put("tcc.shutdown-drain", core.shutdownDrain());
        PhaseTwoConfig phaseTwo = core.phaseTwo();
        expected.put("tcc.phase-two.parallelism", phaseTwo.parallelism());
        expected.put("tcc.phase-two.asynchronous", phaseTwo.asynchronous());
        expected.put("tcc.phase-two.lease", phaseTwo.lease());
        RecoveryConfig recovery = core.recovery();
        expected.put("tcc.recovery.interval", recovery.interval());
        expected.put("tcc.recovery.batch-size", recovery.batchSize());
        expected.put("tcc.recovery.parallelism", recovery.parallelism());
        expected.put("tcc.recovery.backoff-base", recovery.backoffBase());
        expected.put("tcc.recovery.backoff-cap", recovery.backoffCap());
        expected.put("tcc.recovery.jitter", recovery.jitter());
        expected.put("tcc.recovery.alert-after", recovery.alertAfter());
        expected.put("tcc.recovery.max-attempts", recovery.maxAttempts());
        expected.put("tcc.recovery.grace", recovery.grace());
        expected.put("tcc.recovery.lease", recovery.lease());
        FenceConfig fence = core.fence();
        expected.put("tcc.fence.retention", fence.retention());
        expected.put("tcc.fence.orphan-age", fence.orphanAge());
        expected.put("tcc.fence.cleanup-batch", fence.cleanupBatch());
        expected.put("tcc.fence.cleanup-interval", fence.cleanupInterval());
        expected.put("tcc.quartz.jdbc.cluster-checkin-interval", QuartzSettings.JdbcJobStore.DEFAULT_CLUSTER_CHECKIN_INTERVAL);
        expected.put("tcc.serializer.max-payload-bytes", SerializationConfig.DEFAULT.maxPayloadBytes());
        expected.put("tcc.aspect.order", TccAspect.DEFAULT_ORDER);
        expected.put("tcc.quartz.scheduler-name", QuartzProperties.DEFAULT_SCHEDULER_NAME);

        Map<String, String> properties = properties();
        expected.forEach((name, value) -> assertThat(statedDefault(properties, name, value)).as(name).isEqualTo(value));
    }

    private static Object statedDefault(Map<String, String> properties, String name, Object expected) {
        assertThat(properties).containsKey(name);
        Matcher matcher = DEFAULT.matcher(properties.get(name));
        assertThat(matcher.find()).as("default of " + name).isTrue();
        String text = matcher.group(1).replace("\"", "");
        if (expected instanceof Duration) {
            return DurationStyle.detectAndParse(text);
        }
        if (expected instanceof Integer) {
            return Integer.valueOf(text);
        }
        if (expected instanceof Double) {
            return Double.valueOf(text);
        }
        if (expected instanceof Boolean) {
            return Boolean.valueOf(text);
        }
        return text;
    }

    private static Map<String, String> properties() throws IOException {
        String json;
        try (InputStream in = ConfigurationMetadataTest.class.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(in).as("generated configuration metadata").isNotNull();
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int start = json.indexOf("\"properties\"");
        int end = json.indexOf("\"hints\"", start);
        Map<String, String> found = new LinkedHashMap<>();
        Matcher matcher = PROPERTY.matcher(json.substring(start, end < 0 ? json.length() : end));
        while (matcher.find()) {
            found.put(matcher.group(1), matcher.group());
        }
        return found;
    }
}
