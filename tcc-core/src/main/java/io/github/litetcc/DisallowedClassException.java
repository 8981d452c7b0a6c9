package io.github.litetcc;

/** Serialization or deserialization met a class outside the allowlist; the message names the class and how to allow it. */
public class DisallowedClassException extends TccUsageException {
    private static final long serialVersionUID = 1L;

    public DisallowedClassException(String message) {
        super(message);
    }
}
