package io.github.litetcc.spi;

/** The business work run inside a fenced phase. For a try, what it returns is stored as the try result (may be {@code null}). */
@FunctionalInterface
public interface FencedBody {

    byte[] run() throws Exception;
}
