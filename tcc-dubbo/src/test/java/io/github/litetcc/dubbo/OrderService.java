package io.github.litetcc.dubbo;

/** The starter of the tests: a body that calls remote participants, given as a lambda. */
public interface OrderService {

    <T> T place(java.util.function.Supplier<T> body);
}
