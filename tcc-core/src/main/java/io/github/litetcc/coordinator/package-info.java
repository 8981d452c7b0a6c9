/** The TCC workflow: roles, write-ahead enlists, acknowledged tries, the version-guarded decision and phase 2. */
package io.github.litetcc.coordinator;
