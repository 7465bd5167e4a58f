package org.lpodesk.correspondence;

import java.util.Locale;

/** This package's sentences for the repository's adapters, so that core and the edge say the same thing. */
public final class CorrespondenceTexts {

    private CorrespondenceTexts() {
    }

    public static String format(Locale locale, String key, Object... args) {
        return Messages.format(locale, key, args);
    }
}
