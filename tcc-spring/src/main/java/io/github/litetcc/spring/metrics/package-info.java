/** Micrometer meters under {@code tcc.}: transactions by outcome and their durations, phase-2 failures, recovery attempts, stuck and parked records, fence orphans. */
package io.github.litetcc.spring.metrics;
