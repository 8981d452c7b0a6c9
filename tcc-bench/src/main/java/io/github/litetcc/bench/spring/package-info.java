/**
 * A JMH benchmark of the Spring layer: the same unfenced two-branch transaction through the {@code @Tcc}
 * aspect and through the core's plain-Java proxies, giving the aspect's overhead per intercepted call.
 * Figures in the root {@code BENCHMARKS.md}.
 */
package io.github.litetcc.bench.spring;
