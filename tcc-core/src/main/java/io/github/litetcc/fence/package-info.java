/** Fence housekeeping shared by every fence implementation; the in-memory fence lives in {@code fence.memory}. */
package io.github.litetcc.fence;
