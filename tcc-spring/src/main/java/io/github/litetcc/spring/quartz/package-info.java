/**
 * Recovery and fence clean-up on Quartz: thin jobs around core's {@code runOnce()} passes, scheduled by interval or
 * cron on LiteTCC's own scheduler (in-memory job store, or the clustered JDBC job store so that one node runs each
 * pass) or on the application's.
 */
package io.github.litetcc.spring.quartz;
