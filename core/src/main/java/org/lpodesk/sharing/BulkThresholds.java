package org.lpodesk.sharing;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The firm's bulk-data limits per category, the share of a limit at which the requester is
 * warned, and the rolling window the persons are counted over. Defaults are the rule's figures
 * (28 CFR 202.205, "more than" the figure over the preceding 12 months), so a limit is the most
 * persons a vendor may hold: reaching it is allowed, going past it is refused. A firm may set
 * lower limits to keep a margin; it can never set a negative one.
 */
public final class BulkThresholds {

    public static final int DEFAULT_WARNING_PERCENT = 80;
    public static final Period DEFAULT_WINDOW = Period.ofMonths(12);

    private final Map<DataCategory, Integer> limits;
    private final int warningPercent;
    private final Period window;

    /**
     * @param limits         per category the most persons allowed; a category left out keeps the rule's figure
     * @param warningPercent the share of a limit (1 to 100) from which each share warns
     * @param window         how far back shares count, a positive period
     */
    public BulkThresholds(Map<DataCategory, Integer> limits, int warningPercent, Period window) {
        Objects.requireNonNull(limits, "limits");
        EnumMap<DataCategory, Integer> all = new EnumMap<>(DataCategory.class);
        for (DataCategory category : DataCategory.values()) {
            Integer limit = limits.get(category);
            if (limit == null) {
                limit = category.ruleThreshold();
            } else if (limit < 0) {
                throw new IllegalArgumentException(Messages.format("bulk.limit.negative", category.label(), limit));
            }
            all.put(category, limit);
        }
        if (warningPercent < 1 || warningPercent > 100) {
            throw new IllegalArgumentException(Messages.format("bulk.warningPercent.invalid", warningPercent));
        }
        if (window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException(Messages.format("bulk.window.invalid", String.valueOf(window)));
        }
        this.limits = all;
        this.warningPercent = warningPercent;
        this.window = window;
    }

    public static BulkThresholds defaults() {
        return new BulkThresholds(Map.of(), DEFAULT_WARNING_PERCENT, DEFAULT_WINDOW);
    }

    public int limit(DataCategory category) {
        return limits.get(Objects.requireNonNull(category, "category"));
    }

    public int warningPercent() {
        return warningPercent;
    }

    public Period window() {
        return window;
    }

    /**
     * The first day whose shares still count on {@code today}: the same date one window back, so
     * with the default window a share 365 days ago (the same date last year, outside a leap year)
     * counts and one 366 days ago does not. Counting the boundary day errs on the side of the limit.
     */
    public LocalDate windowStart(LocalDate today) {
        return today.minus(window);
    }

    /** Whether {@code persons} goes past the category's limit. */
    public boolean exceeds(DataCategory category, long persons) {
        return persons > limit(category);
    }

    /** Whether {@code persons} reached the warning share of the category's limit. */
    public boolean warns(DataCategory category, long persons) {
        return persons > 0 && persons * 100 >= (long) limit(category) * warningPercent;
    }
}
