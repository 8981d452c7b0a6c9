/**
 * The fence on JDBC ({@link io.github.litetcc.fence.jdbc.JdbcFence}): the fence table in the participant's business
 * database, written in the same local transaction as the phase's business change. By default the fence opens that
 * transaction itself and hands its connection to the body through {@link io.github.litetcc.fence.jdbc.FencedConnection};
 * a {@link io.github.litetcc.fence.jdbc.FenceConnectionBinding} lets it join a transaction managed elsewhere instead.
 */
package io.github.litetcc.fence.jdbc;
