/**
 * The TCC workflow: roles, write-ahead enlists, acknowledged tries, the version-guarded decision and phase 2.
 *
 * <p>Writes per transaction: the log is on the hot path. Begin is written with the first enlist; each
 * further enlist appends one branch; the decision is one compare-and-set; when every confirm succeeds the
 * record is finished in one write. The per-branch phase-2 results are recorded only when a phase fails, so
 * that a re-drive skips the branches already done. A transaction of n branches costs n + 2 log writes; with
 * background finish (the default) n + 1 of them are synchronous, and the finish is written behind the caller
 * in one batch with the other transactions' finishes ({@code FinishBatcher}).
 */
package io.github.litetcc.coordinator;
