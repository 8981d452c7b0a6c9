package io.github.litetcc;

/** A participant declared wrongly (a confirm or cancel method missing, not public, with other parameters). */
public class ParticipantDefinitionException extends TccUsageException {
    private static final long serialVersionUID = 1L;

    public ParticipantDefinitionException(String message) {
        super(message);
    }
}
