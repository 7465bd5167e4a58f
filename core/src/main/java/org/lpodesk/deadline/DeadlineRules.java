package org.lpodesk.deadline;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A rule-set: the figure in force for each {@link DeadlineRule} (its default unless the firm
 * overrode it) and the {@link RollPolicy}. Immutable; {@code with...} return a new rule-set.
 */
public final class DeadlineRules {

    /** No period in this domain comes near ten years; a larger figure is a typing error. */
    static final int MAX_DAYS = 3650;
    static final int MAX_BUSINESS_DAYS = 2500;
    static final int MAX_MONTHS = 120;

    private final Map<DeadlineRule, Integer> overrides;
    private final RollPolicy rollPolicy;

    private DeadlineRules(Map<DeadlineRule, Integer> overrides, RollPolicy rollPolicy) {
        this.overrides = overrides;
        this.rollPolicy = rollPolicy;
    }

    public static DeadlineRules defaults() {
        return new DeadlineRules(Map.of(), RollPolicy.FORWARD);
    }

    /** This rule-set with one figure overridden; the value is checked against the rule's unit. */
    public DeadlineRules withFigure(DeadlineRule rule, int value) {
        Objects.requireNonNull(rule, "rule");
        if (!rule.hasFigure()) {
            throw DeadlineException.of("rules.noFigure", rule.id());
        }
        int min = rule == DeadlineRule.MAIL_SERVICE ? 0 : 1;
        int max = switch (rule.unit()) {
            case MONTHS -> MAX_MONTHS;
            case BUSINESS_DAYS -> MAX_BUSINESS_DAYS;
            default -> MAX_DAYS;
        };
        if (value < min || value > max) {
            throw DeadlineException.of("rules.figureOutOfRange", rule.propertyKey(), String.valueOf(value),
                    String.valueOf(min), String.valueOf(max));
        }
        Map<DeadlineRule, Integer> copy = new EnumMap<>(DeadlineRule.class);
        copy.putAll(overrides);
        if (value == rule.defaultFigure()) {
            copy.remove(rule);
        } else {
            copy.put(rule, value);
        }
        return new DeadlineRules(Collections.unmodifiableMap(copy), rollPolicy);
    }

    public DeadlineRules withRollPolicy(RollPolicy policy) {
        return new DeadlineRules(overrides, Objects.requireNonNull(policy, "policy"));
    }

    /** The figure in force for the rule. */
    public int figure(DeadlineRule rule) {
        if (!rule.hasFigure()) {
            throw DeadlineException.of("rules.noFigure", rule.id());
        }
        return overrides.getOrDefault(rule, rule.defaultFigure());
    }

    /** True when the firm changed the rule's figure (or, for the weekend rule, the policy). */
    public boolean isOverridden(DeadlineRule rule) {
        if (rule == DeadlineRule.WEEKEND_HOLIDAY) {
            return rollPolicy != RollPolicy.FORWARD;
        }
        return overrides.containsKey(rule);
    }

    public RollPolicy rollPolicy() {
        return rollPolicy;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DeadlineRules that && overrides.equals(that.overrides) && rollPolicy == that.rollPolicy;
    }

    @Override
    public int hashCode() {
        return Objects.hash(overrides, rollPolicy);
    }

    @Override
    public String toString() {
        return "DeadlineRules" + overrides + " roll " + rollPolicy;
    }
}
