/** Recovery in plain Java: one pass over the due records ({@link io.github.litetcc.recovery.TransactionRecovery#runOnce()}) and the operators' actions. */
package io.github.litetcc.recovery;
