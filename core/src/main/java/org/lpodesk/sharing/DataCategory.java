package org.lpodesk.sharing;

import java.util.Arrays;
import java.util.Optional;

/**
 * The categories of sensitive personal data the DOJ bulk-data rule counts per vendor, with the
 * rule's bulk thresholds (28 CFR 202.205: more than this many US persons over the preceding 12
 * months). The enum names are the stored values of the {@code imm:dataCategories} LIST
 * constraint. Government-related data (no threshold) and the categories an immigration case does
 * not hold (human 'omic data, precise geolocation) are left out.
 */
public enum DataCategory {
    /** Covered personal identifiers: passport, A-Number, SSN. */
    PERSONAL_IDENTIFIERS(100_000),
    /** Personal financial data: tax returns, pay slips, the I-864's evidence. */
    FINANCIAL(10_000),
    /** Personal health data: the I-693 medical examination. */
    HEALTH(10_000),
    /** Biometric identifiers (fingerprints, facial images taken for biometrics). */
    BIOMETRIC(1_000);

    /** Where the thresholds come from. */
    public static final String CITATION = "28 CFR 202.205";

    private final int ruleThreshold;

    DataCategory(int ruleThreshold) {
        this.ruleThreshold = ruleThreshold;
    }

    /** The rule's figure: the most US persons a vendor may hold data of over the window. */
    public int ruleThreshold() {
        return ruleThreshold;
    }

    public String modelValue() {
        return name();
    }

    /** Key of the category's readable name in {@code org/lpodesk/sharing/messages.properties}. */
    public String labelKey() {
        return "category." + name();
    }

    public String label() {
        return Messages.format(labelKey());
    }

    /** The category stored as {@code value}, empty for null or blank; a specific error for anything else. */
    public static Optional<DataCategory> ofModelValue(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Arrays.stream(values()).filter(c -> c.name().equals(value.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(Messages.format("category.unknown", value,
                        String.join(", ", Arrays.stream(values()).map(Enum::name).toList())))));
    }
}
