package org.twir.archive.model;

import java.util.Objects;

/** Argument checks for the compact constructors of the model records; messages name the parameter. */
public final class Checks {

    private Checks() {}

    public static String notBlank(String value, String name) {
        Objects.requireNonNull(value, name + " must not be null");
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    public static int notNegative(int value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative, was " + value);
        }
        return value;
    }
}
