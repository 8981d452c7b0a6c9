/**
 * The fence in memory: a real, thread-safe {@link io.github.litetcc.spi.Fence} whose rows live in the
 * process. For tests and for single-process participants whose business state is in memory too.
 */
package io.github.litetcc.fence.memory;
