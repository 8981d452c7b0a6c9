package io.github.litetcc.redis;

import io.github.litetcc.TccConfigurationException;

import java.util.regex.Pattern;

/** The rule for key namespaces: 1 to 64 letters, digits, '.', '_' or '-', so a namespace never breaks a hash tag. */
public final class KeyNamespace {
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private KeyNamespace() {
    }

    /** Returns {@code namespace} if valid, else throws {@link TccConfigurationException} naming the value. */
    public static String require(String namespace) {
        if (namespace == null || !VALID.matcher(namespace).matches()) {
            throw new TccConfigurationException("namespace must be 1 to 64 letters, digits, '.', '_' or '-', was '"
                    + namespace + "'");
        }
        return namespace;
    }
}
