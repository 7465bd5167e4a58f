package org.lpodesk.outsourcing.report;

import java.util.Locale;
import java.util.Objects;

/**
 * The indicators a managing attorney reviews, each defined once: the definition is a bundle text
 * (README quotes the same words), so the figures, the Share page and the scorecard cannot drift
 * apart on what a number means.
 */
public enum Indicator {
    VOLUME("indicator.volume"),
    TURNAROUND("indicator.turnaround"),
    SLA_COMPLIANCE("indicator.sla"),
    REVIEW_BUFFER("indicator.reviewBuffer"),
    FIRST_PASS_ACCEPTANCE("indicator.firstPass"),
    REWORK("indicator.rework"),
    HOURS_AGAINST_PACKAGE("indicator.hours"),
    COST("indicator.cost"),
    ATTORNEY_REVIEW_LOAD("indicator.attorneyLoad");

    private final String key;

    Indicator(String key) {
        this.key = key;
    }

    /** The definition in English, with the firm's settings (business hours, filing time) filled in. */
    public String definition(ReportSettings settings) {
        return definition(Locale.ENGLISH, settings);
    }

    public String definition(Locale locale, ReportSettings settings) {
        Objects.requireNonNull(settings, "settings");
        return switch (this) {
            case TURNAROUND -> Messages.format(locale, key, settings.dayStart(), settings.dayEnd(),
                    settings.firmZone().getId());
            case REVIEW_BUFFER -> Messages.format(locale, key, Integer.toString(settings.filingBusinessDays()));
            default -> Messages.format(locale, key);
        };
    }

    /** Whether a vendor's own scorecard shows it: the review buffer and the attorneys' load are the firm's business. */
    public boolean shownToVendors() {
        return this != REVIEW_BUFFER && this != ATTORNEY_REVIEW_LOAD;
    }

    /** The bundle key, for clients that show the definitions from the Share bundle. */
    public String key() {
        return key;
    }
}
