package org.lpodesk.deadline;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Deadline configuration read from flat properties, such as Alfresco's
 * {@code alfresco-global.properties}. Keys (defaults in brackets; all optional, a blank value
 * means the default):
 * <ul>
 * <li>{@code lpodesk.deadline.<rule id>.days|businessDays|months} — each rule's figure, see
 * {@link DeadlineRule#propertyKey()}: {@code lpodesk.deadline.rfe.days} [84],
 * {@code lpodesk.deadline.rfe.i539.days} [30], {@code lpodesk.deadline.noid.days},
 * {@code .noir.days}, {@code .noit.days} [30], {@code lpodesk.deadline.appeal.i290b.days} [30],
 * {@code lpodesk.deadline.appeal.revocation.days} [15], {@code lpodesk.deadline.mail.days} [3],
 * {@code lpodesk.deadline.pwd.minValidity.days} [90], {@code lpodesk.deadline.pwd.maxValidity.months} [12],
 * {@code lpodesk.deadline.perm.quietPeriod.days} [30], {@code lpodesk.deadline.perm.recruitmentWindow.days}
 * [180], {@code lpodesk.deadline.perm.swaJobOrder.days} [30],
 * {@code lpodesk.deadline.perm.noticeOfFiling.businessDays} [10], {@code lpodesk.deadline.eta9089.validity.days} [180];</li>
 * <li>{@code lpodesk.deadline.weekendHoliday.policy} — FORWARD, BACKWARD or NONE [FORWARD];</li>
 * <li>{@code lpodesk.deadline.vendor.reviewBuffer.businessDays} [5] and
 * {@code lpodesk.deadline.vendor.filingTime.businessDays} [2];</li>
 * <li>{@code lpodesk.calendar.inaugurationDay} — true for firms whose filing office closes on
 * Inauguration Day, as federal offices in the Washington, D.C. area do [false];</li>
 * <li>{@code lpodesk.calendar.additionalClosures} — further closed days, separated by
 * {@code ;}, each an ISO date optionally followed by a name:
 * {@code 2025-01-09 National Day of Mourning; 2025-12-24 Executive order} [none].</li>
 * </ul>
 * Any other key starting {@code lpodesk.deadline.} or {@code lpodesk.calendar.} is an error, so
 * a mistyped key never silently leaves a default in force. The file
 * {@code org/lpodesk/deadline/deadline-defaults.properties} lists every key with its default.
 */
public record DeadlineSettings(DeadlineRules rules, HolidayCalendar calendar, VendorDueDatePolicy vendorPolicy) {

    public static final String REVIEW_BUFFER_KEY = "lpodesk.deadline.vendor.reviewBuffer.businessDays";
    public static final String FILING_TIME_KEY = "lpodesk.deadline.vendor.filingTime.businessDays";
    public static final String INAUGURATION_DAY_KEY = "lpodesk.calendar.inaugurationDay";
    public static final String ADDITIONAL_CLOSURES_KEY = "lpodesk.calendar.additionalClosures";
    static final String CALENDAR_PREFIX = "lpodesk.calendar.";

    public DeadlineSettings {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(vendorPolicy, "vendorPolicy");
    }

    public static DeadlineSettings defaults() {
        return new DeadlineSettings(DeadlineRules.defaults(), HolidayCalendar.federal(), VendorDueDatePolicy.defaults());
    }

    public static DeadlineSettings fromProperties(Properties properties) {
        Map<String, String> map = new TreeMap<>();
        for (String name : properties.stringPropertyNames()) {
            map.put(name, properties.getProperty(name));
        }
        return fromMap(map);
    }

    /**
     * Reads the settings; keys outside {@code lpodesk.deadline.} and {@code lpodesk.calendar.}
     * are ignored, so the whole of {@code alfresco-global.properties} may be passed.
     *
     * @throws DeadlineException naming the key and value of the first bad entry
     */
    public static DeadlineSettings fromMap(Map<String, String> properties) {
        Map<String, String> ours = new TreeMap<>();
        properties.forEach((key, value) -> {
            if ((key.startsWith(DeadlineRule.PROPERTY_PREFIX) || key.startsWith(CALENDAR_PREFIX))
                    && value != null && !value.isBlank()) {
                ours.put(key, value.strip());
            }
        });
        Map<String, String> known = defaultProperties();
        for (String key : ours.keySet()) {
            if (!known.containsKey(key)) {
                throw DeadlineException.of("settings.unknownKey", key);
            }
        }
        DeadlineRules rules = DeadlineRules.defaults();
        for (DeadlineRule rule : DeadlineRule.values()) {
            String value = ours.get(rule.propertyKey());
            if (value == null) {
                continue;
            }
            if (rule.hasFigure()) {
                rules = rules.withFigure(rule, integer(rule.propertyKey(), value));
            } else {
                rules = rules.withRollPolicy(rollPolicy(rule.propertyKey(), value));
            }
        }
        VendorDueDatePolicy vendor = new VendorDueDatePolicy(
                integerOr(ours, REVIEW_BUFFER_KEY, VendorDueDatePolicy.DEFAULT_REVIEW_BUFFER_BUSINESS_DAYS),
                integerOr(ours, FILING_TIME_KEY, VendorDueDatePolicy.DEFAULT_FILING_BUSINESS_DAYS));
        HolidayCalendar calendar = HolidayCalendar.of(
                bool(INAUGURATION_DAY_KEY, ours.getOrDefault(INAUGURATION_DAY_KEY, "false")),
                closures(ours.getOrDefault(ADDITIONAL_CLOSURES_KEY, "")));
        return new DeadlineSettings(rules, calendar, vendor);
    }

    /** Every key these settings read, with its default value, in a stable order. */
    public static Map<String, String> defaultProperties() {
        Map<String, String> keys = new LinkedHashMap<>();
        for (DeadlineRule rule : DeadlineRule.values()) {
            keys.put(rule.propertyKey(), rule.hasFigure() ? String.valueOf(rule.defaultFigure()) : RollPolicy.FORWARD.name());
        }
        keys.put(REVIEW_BUFFER_KEY, String.valueOf(VendorDueDatePolicy.DEFAULT_REVIEW_BUFFER_BUSINESS_DAYS));
        keys.put(FILING_TIME_KEY, String.valueOf(VendorDueDatePolicy.DEFAULT_FILING_BUSINESS_DAYS));
        keys.put(INAUGURATION_DAY_KEY, "false");
        keys.put(ADDITIONAL_CLOSURES_KEY, "");
        return Collections.unmodifiableMap(keys);
    }

    /** A planner for vendor due dates with these settings. */
    public VendorDueDatePlanner vendorDueDatePlanner(Clock clock) {
        return new VendorDueDatePlanner(calendar, vendorPolicy, clock);
    }

    public NoticeDeadlines noticeDeadlines() {
        return new NoticeDeadlines(calendar, rules);
    }

    public PermDeadlines permDeadlines() {
        return new PermDeadlines(calendar, rules);
    }

    private static int integerOr(Map<String, String> values, String key, int fallback) {
        String value = values.get(key);
        return value == null ? fallback : integer(key, value);
    }

    private static int integer(String key, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw DeadlineException.of("settings.notAWholeNumber", key, value);
        }
    }

    private static boolean bool(String key, String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw DeadlineException.of("settings.notABoolean", key, value);
        };
    }

    private static RollPolicy rollPolicy(String key, String value) {
        try {
            return RollPolicy.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DeadlineException.of("settings.unknownRollPolicy", key, value);
        }
    }

    private static List<Closure> closures(String value) {
        List<Closure> closures = new ArrayList<>();
        for (String entry : value.split(";")) {
            String trimmed = entry.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            int space = trimmed.indexOf(' ');
            String date = space < 0 ? trimmed : trimmed.substring(0, space);
            String label = space < 0 ? "" : trimmed.substring(space + 1);
            try {
                closures.add(Closure.additional(LocalDate.parse(date), label));
            } catch (DateTimeParseException e) {
                throw DeadlineException.of("settings.badClosure", ADDITIONAL_CLOSURES_KEY, trimmed);
            }
        }
        return closures;
    }
}
