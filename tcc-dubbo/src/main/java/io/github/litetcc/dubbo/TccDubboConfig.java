package io.github.litetcc.dubbo;

import io.github.litetcc.InvalidInputException;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * How phase 2 and recovery reach remote participants: direct URLs by interface name (for a set-up without a
 * registry, such as the embedded default and tests: {@code dubbo://127.0.0.1:20880}), and the time-out of one
 * confirm or cancel call. An interface without a URL here uses the URL of the application's own reference to
 * it, else the application's registry. Immutable.
 */
public record TccDubboConfig(Map<String, String> directUrls, Duration callTimeout) {
    public static final TccDubboConfig DEFAULT = new TccDubboConfig(Map.of(), Duration.ofSeconds(3));

    public TccDubboConfig {
        directUrls = Map.copyOf(Objects.requireNonNull(directUrls, "directUrls"));
        directUrls.forEach((name, url) -> {
            if (name.isBlank() || url.isBlank() || !url.contains("://")) {
                throw new InvalidInputException("tcc.dubbo.direct-urls: '" + name + "' must map an interface name to a URL such as"
                        + " dubbo://127.0.0.1:20880, was '" + url + "'");
            }
        });
        if (callTimeout == null || callTimeout.isNegative() || callTimeout.isZero() || callTimeout.toMillis() > Integer.MAX_VALUE) {
            throw new InvalidInputException("tcc.dubbo.call-timeout must be positive, was " + callTimeout);
        }
    }

    public TccDubboConfig withDirectUrl(String interfaceName, String url) {
        java.util.HashMap<String, String> next = new java.util.HashMap<>(directUrls);
        next.put(interfaceName, url);
        return new TccDubboConfig(next, callTimeout);
    }

    public TccDubboConfig withCallTimeout(Duration value) {
        return new TccDubboConfig(directUrls, value);
    }
}
