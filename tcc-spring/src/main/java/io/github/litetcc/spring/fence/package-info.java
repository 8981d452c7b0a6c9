/**
 * The fence inside the participant's Spring-managed local transaction: each fenced phase runs in a new READ COMMITTED
 * transaction on the participant's {@code DataSource}, so the fence row and the business change commit together, and
 * the data source of each {@code @Tcc} method is resolved at start-up.
 */
package io.github.litetcc.spring.fence;
