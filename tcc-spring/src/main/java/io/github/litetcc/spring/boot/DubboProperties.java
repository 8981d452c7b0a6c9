package io.github.litetcc.spring.boot;

import io.github.litetcc.TccConfigurationException;
import io.github.litetcc.TccException;
import io.github.litetcc.dubbo.TccDubboConfig;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.Map;

/**
 * How phase 2 and recovery reach remote participants over Dubbo ({@code tcc.dubbo.*}); unset values keep
 * {@link TccDubboConfig#DEFAULT}.
 *
 * @param directUrls  Direct URLs of remote TCC services by interface name (for set-ups without a registry), e.g.
 *                    {@code tcc.dubbo.direct-urls[com.example.AccountService]=dubbo://127.0.0.1:20881}.
 * @param callTimeout Time-out of one remote confirm or cancel call.
 */
@ConfigurationProperties("tcc.dubbo")
public record DubboProperties(Map<String, String> directUrls, Duration callTimeout) {

    TccDubboConfig toConfig() {
        try {
            TccDubboConfig config = directUrls == null ? TccDubboConfig.DEFAULT
                    : new TccDubboConfig(directUrls, TccDubboConfig.DEFAULT.callTimeout());
            return Overrides.apply(config, callTimeout, TccDubboConfig::withCallTimeout);
        } catch (TccException e) {
            throw new TccConfigurationException("Invalid tcc.dubbo settings: " + e.getMessage(), e);
        }
    }
}
