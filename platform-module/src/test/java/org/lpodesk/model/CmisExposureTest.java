package org.lpodesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lpodesk.model.ContentModel.Property;

/**
 * What integrators query is queryable and, where it should sort, orderable over CMIS, by the
 * rules Alfresco applies when it maps the model (../shared/CMIS.md): queryable when indexed;
 * orderable when queryable, single-valued, and either tokenised false/both or of a boolean,
 * date or number type (plain tokenised d:text is not).
 */
class CmisExposureTest {

    private static final Set<String> SORTABLE_TYPES = Set.of("d:boolean", "d:date", "d:datetime", "d:int", "d:long",
            "d:float", "d:double");

    private static final ContentModel MODEL = ContentModel.immigration();

    @ParameterizedTest
    @ValueSource(strings = {"imm:caseNumber", "imm:caseStatus", "imm:caseType", "imm:receiptNumber", "imm:aNumber",
        "imm:beneficiaryName", "imm:petitionerName", "imm:clientName", "imm:priorityDate", "imm:caseDeadline",
        "imm:responseDeadline", "imm:noticeKind", "imm:noticeDate", "imm:noticeReceiptNumber", "imm:statedDueDate",
        "imm:filedOn", "imm:filingReceiptNumber", "imm:confidentialityLevel", "imm:approvalOutcome",
        "imm:approvedVersionLabel", "imm:sharedWithVendor", "imm:shareExpiresOn", "imm:exhibitNumber",
        "imm:responsibleAttorney"})
    void integratorPropertiesAreQueryableAndOrderable(String name) {
        Property p = MODEL.properties.get(name);

        assertThat(p).as(name).isNotNull();
        assertThat(queryable(p)).as("%s queryable", name).isTrue();
        assertThat(orderable(p)).as("%s orderable", name).isTrue();
    }

    @Test
    void namesCanBeSearchedByWordAsWellAsSorted() {
        for (String name : new String[] {"imm:beneficiaryName", "imm:petitionerName", "imm:clientName"}) {
            assertThat(MODEL.properties.get(name).tokenised()).as(name).isEqualTo("both");
        }
    }

    @Test
    void theRuleItselfSeparatesTokenisedText() {
        // a free-text property stays searchable but is (rightly) not orderable
        Property comment = MODEL.properties.get("imm:approvalComment");
        assertThat(queryable(comment)).isTrue();
        assertThat(orderable(comment)).isFalse();
    }

    @Test
    void mandatoryIdentityOfACaseIsEnforcedSoCmisCreatesFailWithoutIt() {
        for (String name : new String[] {"imm:caseNumber", "imm:caseType", "imm:caseStatus"}) {
            Property p = MODEL.properties.get(name);
            assertThat(p.mandatory() && p.enforced()).as(name).isTrue();
        }
    }

    static boolean queryable(Property p) {
        return p.indexEnabled();
    }

    static boolean orderable(Property p) {
        String tokenised = p.tokenised() == null ? "true" : p.tokenised();
        return queryable(p) && !p.multiple()
                && (tokenised.equals("false") || tokenised.equals("both") || SORTABLE_TYPES.contains(p.dataType()));
    }
}
