package io.github.litetcc.spring.boot;

import java.util.function.BiFunction;

/** Applies a nullable override onto a configuration value: an unset property keeps core's default. */
final class Overrides {

    private Overrides() {
    }

    static <C, V> C apply(C config, V override, BiFunction<C, V, C> with) {
        return override == null ? config : with.apply(config, override);
    }
}
