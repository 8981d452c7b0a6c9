package io.github.litetcc.jdbc;

import io.github.litetcc.InvalidInputException;

/** The argument checks of the JDBC log's and fence's public methods: a clear {@link InvalidInputException} naming the argument. */
public final class InputChecks {

    private InputChecks() {
    }

    /** {@code value}, or an {@link InvalidInputException} naming {@code name} if it is {@code null}. */
    public static <T> T required(T value, String name) {
        if (value == null) {
            throw new InvalidInputException(name + " must not be null");
        }
        return value;
    }
}
