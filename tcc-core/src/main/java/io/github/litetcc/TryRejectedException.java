package io.github.litetcc;

/** A try refused by the fence because its branch was already cancelled (suspension protection). Definite: nothing ran. */
public class TryRejectedException extends TccUsageException {
    private static final long serialVersionUID = 1L;

    public TryRejectedException(String message) {
        super(message);
    }
}
