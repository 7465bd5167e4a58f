package org.lpodesk.cmis.rules;

import org.lpodesk.cmis.Messages;

/**
 * Thrown before anything is sent when a value or a query would break a rule Alfresco applies
 * to the imm model; the message names the property and the value.
 */
public final class ModelRuleException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final RuleViolation violation;
    private final String propertyId;
    private final transient Object value;

    ModelRuleException(RuleViolation violation, String propertyId, Object value, String messageKey,
            Object... args) {
        super(Messages.get(messageKey, args));
        this.violation = violation;
        this.propertyId = propertyId;
        this.value = value;
    }

    public RuleViolation violation() {
        return violation;
    }

    /** The property (or type) at fault. */
    public String propertyId() {
        return propertyId;
    }

    public Object value() {
        return value;
    }
}
