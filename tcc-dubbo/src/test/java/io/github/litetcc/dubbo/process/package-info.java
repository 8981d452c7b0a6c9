/**
 * Tests with real processes: the starter and the participants as separate JVMs on loopback, business tables and
 * fences on MariaDB, the transaction logs on MariaDB or Redis, killed with {@code kill -9} at chosen points.
 */
package io.github.litetcc.dubbo.process;
