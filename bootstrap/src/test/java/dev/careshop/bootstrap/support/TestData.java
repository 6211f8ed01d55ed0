package dev.careshop.bootstrap.support;

import java.util.UUID;

/** Values for test data in the database all tests share. */
public final class TestData {

    /** A well-formed id that no resource has. */
    public static final String UNKNOWN_ID = "00000000-0000-7000-8000-000000000000";

    private TestData() {
    }

    /** Twelve random hex digits: put into names, a test finds its own rows again among everyone else's. */
    public static String marker() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** A text of {@code length} characters, for length limits. */
    public static String chars(int length) {
        return "x".repeat(length);
    }
}
