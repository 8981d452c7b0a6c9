/**
 * JMH micro-benchmarks of the core: the framework's own cost per two-branch transaction, commit path, on the
 * in-memory repository and fence against the same business calls made by hand
 * ({@link io.github.litetcc.bench.CoreTransactionBenchmark}), and where that time goes: Kryo, the log writes,
 * the fence ({@link io.github.litetcc.bench.CostBreakdownBenchmark}). The starter and participants here do
 * no business work beyond a counter, so what is measured is LiteTCC. Figures in the root {@code BENCHMARKS.md}.
 */
package io.github.litetcc.bench;
