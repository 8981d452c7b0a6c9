package io.github.litetcc.fence.jdbc;

import io.github.litetcc.TccConfigurationException;

/**
 * A fence statement found its transaction at another isolation level than READ COMMITTED, and wrote nothing.
 * On PostgreSQL the fence's first statement of a phase reads the level itself (no extra round trip): the fence
 * then forces READ COMMITTED and runs the phase again on its own transaction, or refuses a joined one with this.
 */
final class WrongIsolationException extends TccConfigurationException {
    WrongIsolationException(String phase, String isolation) {
        super(phase + ": the transaction the fence joins must run at READ COMMITTED with autocommit off, but runs at "
                + "isolation level " + isolation + "; start it at READ COMMITTED");
    }
}
