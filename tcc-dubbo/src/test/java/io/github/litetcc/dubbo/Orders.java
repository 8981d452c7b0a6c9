package io.github.litetcc.dubbo;

import io.github.litetcc.annotation.Tcc;

import java.util.function.Supplier;

/** The starter of the tests: runs the body it is given as the transaction's try. */
public final class Orders implements OrderService {

    @Override
    @Tcc
    public <T> T place(Supplier<T> body) {
        return body.get();
    }
}
