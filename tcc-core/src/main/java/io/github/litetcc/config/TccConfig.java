package io.github.litetcc.config;

import java.time.Duration;
import java.util.UUID;

import static io.github.litetcc.config.ConfigChecks.name;
import static io.github.litetcc.config.ConfigChecks.notNegative;
import static io.github.litetcc.config.ConfigChecks.positive;
import static io.github.litetcc.config.ConfigChecks.present;

/**
 * LiteTCC's configuration: immutable, validated on construction (a bad value throws
 * {@link io.github.litetcc.TccConfigurationException} naming the setting and the value), copied with {@code withX}.
 * The defaults finish a crashed starter's transactions well within 30 s: an undecided one is due at
 * timeout + grace (15 s), a decided one when the starter's lease ends (10 s), and a pass runs every 5 s.
 *
 * @param nodeId         this node's name in leases and logs
 * @param defaultTimeout deadline of a transaction whose starter names none
 * @param phaseTwo       how the starter drives phase 2
 * @param recovery       how recovery drives what is left
 * @param fence          fence housekeeping
 * @param shutdownDrain  how long a stopping node waits for in-flight work
 */
public record TccConfig(String nodeId, Duration defaultTimeout, PhaseTwoConfig phaseTwo, RecoveryConfig recovery,
                        FenceConfig fence, Duration shutdownDrain) {

    public static final TccConfig DEFAULT = new TccConfig(defaultNodeId(), Duration.ofSeconds(10), PhaseTwoConfig.DEFAULT,
            RecoveryConfig.DEFAULT, FenceConfig.DEFAULT, Duration.ofSeconds(10));

    public TccConfig {
        name("tcc.node-id", nodeId);
        positive("tcc.default-timeout", defaultTimeout);
        present("tcc.phase-two", phaseTwo);
        present("tcc.recovery", recovery);
        present("tcc.fence", fence);
        notNegative("tcc.shutdown-drain", shutdownDrain);
    }

    public TccConfig withNodeId(String value) {
        return new TccConfig(value, defaultTimeout, phaseTwo, recovery, fence, shutdownDrain);
    }

    public TccConfig withDefaultTimeout(Duration value) {
        return new TccConfig(nodeId, value, phaseTwo, recovery, fence, shutdownDrain);
    }

    public TccConfig withPhaseTwo(PhaseTwoConfig value) {
        return new TccConfig(nodeId, defaultTimeout, value, recovery, fence, shutdownDrain);
    }

    public TccConfig withRecovery(RecoveryConfig value) {
        return new TccConfig(nodeId, defaultTimeout, phaseTwo, value, fence, shutdownDrain);
    }

    public TccConfig withFence(FenceConfig value) {
        return new TccConfig(nodeId, defaultTimeout, phaseTwo, recovery, value, shutdownDrain);
    }

    public TccConfig withShutdownDrain(Duration value) {
        return new TccConfig(nodeId, defaultTimeout, phaseTwo, recovery, fence, value);
    }

    private static String defaultNodeId() {
        String host = System.getenv().getOrDefault("HOSTNAME", "node");
        String id = host + "-" + UUID.randomUUID().toString().substring(0, 8);
        return id.length() > 128 ? id.substring(0, 128) : id;
    }
}
