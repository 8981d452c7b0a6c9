package io.github.litetcc.spring.boot;

import io.github.litetcc.config.TccConfig;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;

import java.time.Duration;

/**
 * LiteTCC's {@code tcc.*} properties: nullable overrides, applied onto core's {@link TccConfig#DEFAULT} by
 * {@link #toConfig()}, so that each default is defined once, in core. A bad value fails start-up with a message
 * naming the property.
 *
 * @param enabled        Whether LiteTCC is auto-configured at all.
 * @param nodeId         This node's name in leases, logs and the Quartz cluster (unique per node).
 * @param defaultTimeout Deadline of a transaction whose starter names none.
 * @param shutdownDrain  How long a stopping node waits for in-flight transactions and asynchronous phase 2.
 * @param aspect         The @Tcc aspect.
 * @param repository     The transaction log.
 * @param jdbc           The JDBC log and the JDBC fences.
 * @param phaseTwo       How the starter drives phase 2.
 * @param recovery       Recovery of unfinished transactions.
 * @param fence          The participants' fence.
 * @param serializer     What may be serialized into the log and the fence.
 * @param quartz         The scheduler of recovery and fence clean-up.
 */
@ConfigurationProperties("tcc")
public record TccProperties(Boolean enabled, String nodeId, Duration defaultTimeout, Duration shutdownDrain,
                            @NestedConfigurationProperty AspectProperties aspect,
                            @NestedConfigurationProperty RepositoryProperties repository,
                            @NestedConfigurationProperty JdbcProperties jdbc,
                            @NestedConfigurationProperty PhaseTwoProperties phaseTwo,
                            @NestedConfigurationProperty RecoveryProperties recovery,
                            @NestedConfigurationProperty FenceProperties fence,
                            @NestedConfigurationProperty SerializerProperties serializer,
                            @NestedConfigurationProperty QuartzProperties quartz) {

    public TccProperties {
        aspect = aspect != null ? aspect : AspectProperties.NONE;
        repository = repository != null ? repository : RepositoryProperties.NONE;
        jdbc = jdbc != null ? jdbc : JdbcProperties.NONE;
        phaseTwo = phaseTwo != null ? phaseTwo : PhaseTwoProperties.NONE;
        recovery = recovery != null ? recovery : RecoveryProperties.NONE;
        fence = fence != null ? fence : FenceProperties.NONE;
        serializer = serializer != null ? serializer : SerializerProperties.NONE;
        quartz = quartz != null ? quartz : QuartzProperties.NONE;
    }

    /**
     * Core's configuration with these overrides applied.
     *
     * @throws io.github.litetcc.TccConfigurationException naming the property whose value is wrong
     */
    public TccConfig toConfig() {
        TccConfig config = Overrides.apply(TccConfig.DEFAULT, nodeId, TccConfig::withNodeId);
        config = Overrides.apply(config, defaultTimeout, TccConfig::withDefaultTimeout);
        config = Overrides.apply(config, shutdownDrain, TccConfig::withShutdownDrain);
        return config.withPhaseTwo(phaseTwo.applyTo(config.phaseTwo()))
                .withRecovery(recovery.applyTo(config.recovery()))
                .withFence(fence.applyTo(config.fence()));
    }
}
