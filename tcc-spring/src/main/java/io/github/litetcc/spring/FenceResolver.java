package io.github.litetcc.spring;

import io.github.litetcc.spi.Fence;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;

/**
 * Decides which fence guards each {@code @Tcc} method, at start-up. Implementations are thread-safe and hand out
 * one fence per store (not one per method), so that housekeeping sees each store once.
 */
public interface FenceResolver {
    /** Leaves every participant unfenced. */
    FenceResolver NONE = new FenceResolver() {
        @Override
        public Optional<Fence> fenceFor(String beanName, Method tryMethod) {
            return Optional.empty();
        }

        @Override
        public Map<String, Fence> fences() {
            return Map.of();
        }
    };

    /**
     * The fence for {@code tryMethod} of bean {@code beanName}, or empty when the participant runs unfenced.
     *
     * @throws io.github.litetcc.ParticipantDefinitionException if the fence cannot be determined (its data source is
     *                                                         ambiguous or missing), naming bean, method and the fix
     */
    Optional<Fence> fenceFor(String beanName, Method tryMethod);

    /** Every fence handed out so far, by the name of its store (a data source's bean name), for clean-up and operators. */
    Map<String, Fence> fences();
}
