package io.github.litetcc.coordinator;

import io.github.litetcc.InvalidInputException;
import io.github.litetcc.model.ParticipantId;

import java.util.Objects;

/**
 * The remote try a transport is about to send: the interface method ({@code participant}: interface name, method
 * and parameter types) and the service's group and version ({@code null} for none), which is what phase 2 and
 * recovery need to reach it again without a compiled reference.
 */
public record RemoteTarget(ParticipantId participant, String group, String version) {
    private static final int MAX_LENGTH = 128;

    public RemoteTarget {
        Objects.requireNonNull(participant, "participant");
        requireShort("group", group, participant);
        requireShort("version", version, participant);
    }

    private static void requireShort(String what, String value, ParticipantId participant) {
        if (value != null && (value.isBlank() || value.length() > MAX_LENGTH)) {
            throw new InvalidInputException("The " + what + " of remote participant " + participant + " must be null or 1 to "
                    + MAX_LENGTH + " characters, was " + (value.isBlank() ? "blank" : value.length() + " characters"));
        }
    }
}
