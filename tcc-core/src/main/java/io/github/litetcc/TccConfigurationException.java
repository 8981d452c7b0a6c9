package io.github.litetcc;

/** A setting with a bad value, or a missing piece of wiring; the message names the setting and the value. */
public class TccConfigurationException extends TccUsageException {
    private static final long serialVersionUID = 1L;

    public TccConfigurationException(String message) {
        super(message);
    }

    public TccConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
