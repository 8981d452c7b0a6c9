/**
 * The log and the fence on real servers (MariaDB, PostgreSQL, Redis): a plain-Java harness that times each
 * protocol write of a repository against the same server's bare write of the same size, a recovery pass over
 * a small and a large log, and the fence's extra cost per phase inside a business transaction. Every
 * comparison interleaves its two sides sample by sample, so load from other processes hits both alike.
 * Run by {@link io.github.litetcc.bench.store.StoreBenchmark}; figures in the root {@code BENCHMARKS.md}.
 */
package io.github.litetcc.bench.store;
