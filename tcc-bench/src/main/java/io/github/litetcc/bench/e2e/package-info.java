/**
 * The end-to-end harness: a participants JVM exporting the account and inventory services over Dubbo (loopback,
 * no registry) and a starter/driver JVM placing orders through LiteTCC, on each transaction log, with the fence on
 * or off, phase 2 synchronous or asynchronous, beside plain Dubbo baselines; a crash run (kill -9 of the starter
 * under load) and a recovery backlog run. Entry point: {@link io.github.litetcc.bench.e2e.EndToEndBenchmark}.
 */
package io.github.litetcc.bench.e2e;
