package io.github.litetcc.coordinator;

/** The intercepted try method itself (an AOP {@code proceed()}, a proxy's reflective call, a lambda). */
@FunctionalInterface
public interface TryCall<T> {

    T proceed() throws Throwable;
}
