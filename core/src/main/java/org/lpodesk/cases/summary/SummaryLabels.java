package org.lpodesk.cases.summary;

/**
 * Port: the labels a person reads for the stored codes, names and ids in a case summary. The
 * repository answers from the content model's bundles, the person directory and the vendor
 * engagements; each method falls back to its argument when it knows no better.
 */
public interface SummaryLabels {

    /** The label of a LIST-constrained value, e.g. ({@code imm:caseStatuses}, {@code FILED}) → "Filed". */
    String listValue(String constraint, String value);

    /** First and last name of a user, or the user name. */
    String person(String userName);

    /** The title of a content type, e.g. {@code imm:coverLetter} → "Cover letter". */
    String type(String prefixedTypeName);

    /** The vendor's name, or its id. */
    String vendor(String vendorId);
}
