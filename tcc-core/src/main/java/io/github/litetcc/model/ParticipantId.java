package io.github.litetcc.model;

import io.github.litetcc.InvalidInputException;

import java.util.List;

/**
 * Names a try method: the resource (a bean name for a local participant, an interface name for a
 * remote one), the method name and its parameter type names. The participant registry maps it to
 * the confirm and cancel handles; the log stores it with each branch.
 */
public record ParticipantId(String resource, String method, List<String> parameterTypes) {
    private static final int MAX_LENGTH = 512;

    public ParticipantId {
        requireName("resource", resource);
        requireName("method", method);
        if (parameterTypes == null) {
            throw new InvalidInputException("Participant " + resource + "." + method + ": parameter types are null");
        }
        parameterTypes = List.copyOf(parameterTypes);
        parameterTypes.forEach(type -> requireName("parameter type", type));
    }

    /** The id of a method of the given resource. */
    public static ParticipantId of(String resource, java.lang.reflect.Method method) {
        return new ParticipantId(resource, method.getName(),
                java.util.Arrays.stream(method.getParameterTypes()).map(Class::getName).toList());
    }

    @Override
    public String toString() {
        return resource + "." + method + "(" + String.join(",", parameterTypes) + ")";
    }

    private static void requireName(String what, String value) {
        if (value == null || value.isBlank() || value.length() > MAX_LENGTH) {
            throw new InvalidInputException("Participant " + what + " must be 1 to " + MAX_LENGTH + " characters, was '"
                    + (value == null ? "null" : Xid.abbreviate(value)) + "'");
        }
    }
}
