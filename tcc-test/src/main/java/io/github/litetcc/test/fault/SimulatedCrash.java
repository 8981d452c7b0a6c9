package io.github.litetcc.test.fault;

/**
 * Thrown at and after a {@link FaultInjector}'s crash point. An {@link Error}, so that no
 * {@code catch (RuntimeException)} or {@code catch (Exception)} in the code under test can tidy up, and
 * every handle of the crashed node refuses every later call: the process is, for all purposes, killed.
 */
public final class SimulatedCrash extends Error {
    private static final long serialVersionUID = 1L;

    public SimulatedCrash(String message) {
        super(message, null, false, false);
    }
}
