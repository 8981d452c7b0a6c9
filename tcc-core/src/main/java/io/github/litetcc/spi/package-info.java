/**
 * The service provider interfaces: the transaction log ({@link io.github.litetcc.spi.TransactionRepository}),
 * the fence ({@link io.github.litetcc.spi.Fence}), serialization, branch invocation and listeners.
 * Plain interfaces; their Javadoc states thread safety, idempotency and every exception.
 */
package io.github.litetcc.spi;
