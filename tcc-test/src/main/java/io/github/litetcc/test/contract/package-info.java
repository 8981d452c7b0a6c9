/**
 * The contract suites every implementation passes: extend
 * {@link io.github.litetcc.test.contract.TransactionRepositoryContract} for a transaction log and
 * {@link io.github.litetcc.test.contract.FenceContract} for a fence. The suites never assume a clock they
 * control and only reason about the records they created, so they run against a shared server that
 * holds other data.
 */
package io.github.litetcc.test.contract;
