package io.github.litetcc.test.contract;

import io.github.litetcc.spi.FencedBody;

import java.util.concurrent.atomic.AtomicInteger;

/** A fenced body that counts how often it ran, and returns a result or throws a given exception. Thread-safe. */
final class CountingBody implements FencedBody {
    private final AtomicInteger runs = new AtomicInteger();
    private final byte[] result;
    private final Exception failure;

    private CountingBody(byte[] result, Exception failure) {
        this.result = result;
        this.failure = failure;
    }

    static CountingBody returning(byte[] result) {
        return new CountingBody(result, null);
    }

    static CountingBody failingWith(Exception failure) {
        return new CountingBody(null, failure);
    }

    @Override
    public byte[] run() throws Exception {
        runs.incrementAndGet();
        if (failure != null) {
            throw failure;
        }
        return result == null ? null : result.clone();
    }

    int runs() {
        return runs.get();
    }
}
