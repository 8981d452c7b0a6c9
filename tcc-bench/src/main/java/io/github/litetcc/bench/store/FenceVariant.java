package io.github.litetcc.bench.store;

import io.github.litetcc.model.Xid;

/**
 * One way to run a participant's business change (reserve one unit of item {@code item} in the try, apply the
 * reservation in the confirm): plainly, or guarded by a fence. Fenced forms throw unless the fence applied the phase.
 */
interface FenceVariant {

    /** How the change runs, e.g. {@code JdbcFence, own transaction}. */
    String label();

    /** The try's business change for branch 1 of {@code xid} (ignored by the plain form). */
    void tryPhase(Xid xid, int item) throws Exception;

    /** The confirm's business change for branch 1 of {@code xid} (ignored by the plain form). */
    void confirmPhase(Xid xid, int item) throws Exception;
}
