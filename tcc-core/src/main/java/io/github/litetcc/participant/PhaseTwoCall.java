package io.github.litetcc.participant;

import io.github.litetcc.model.Phase;

import java.lang.reflect.UndeclaredThrowableException;

/** Calls a participant's confirm or cancel, passing exceptions and errors through and wrapping only exotic throwables. */
final class PhaseTwoCall {

    private PhaseTwoCall() {
    }

    static void run(Participant participant, Phase phase, Object[] arguments) throws Exception {
        try {
            participant.invokePhaseTwo(phase, arguments);
        } catch (Exception | Error e) {
            throw e;
        } catch (Throwable other) {
            throw new UndeclaredThrowableException(other);
        }
    }
}
