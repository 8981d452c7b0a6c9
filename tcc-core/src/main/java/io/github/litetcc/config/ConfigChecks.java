package io.github.litetcc.config;

import io.github.litetcc.TccConfigurationException;

import java.time.Duration;

/** Validation shared by the configuration records: each failure names the setting and the value. */
final class ConfigChecks {

    private ConfigChecks() {
    }

    static Duration positive(String setting, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new TccConfigurationException("Setting " + setting + " must be a positive duration, was " + value);
        }
        return value;
    }

    static Duration notNegative(String setting, Duration value) {
        if (value == null || value.isNegative()) {
            throw new TccConfigurationException("Setting " + setting + " must be zero or positive, was " + value);
        }
        return value;
    }

    static int atLeast(String setting, int value, int minimum) {
        if (value < minimum) {
            throw new TccConfigurationException("Setting " + setting + " must be at least " + minimum + ", was " + value);
        }
        return value;
    }

    static double fraction(String setting, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new TccConfigurationException("Setting " + setting + " must be between 0 and 1, was " + value);
        }
        return value;
    }

    static <T> T present(String setting, T value) {
        if (value == null) {
            throw new TccConfigurationException("Setting " + setting + " is required, was null; pass its DEFAULT to keep the defaults");
        }
        return value;
    }

    static String name(String setting, String value) {
        if (value == null || value.isBlank() || value.length() > 128) {
            throw new TccConfigurationException("Setting " + setting + " must be 1 to 128 characters, was '" + value + "'");
        }
        return value;
    }
}
