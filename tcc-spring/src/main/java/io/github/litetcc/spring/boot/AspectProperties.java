package io.github.litetcc.spring.boot;

/**
 * The {@code @Tcc} aspect ({@code tcc.aspect.*}).
 *
 * @param order The aspect's order; the default runs it outside @Transactional, so a local rollback counts as a failed try.
 */
public record AspectProperties(Integer order) {
    static final AspectProperties NONE = new AspectProperties(null);
}
