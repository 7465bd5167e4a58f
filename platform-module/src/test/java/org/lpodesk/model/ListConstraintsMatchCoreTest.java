package org.lpodesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lpodesk.cases.CaseStatus;
import org.lpodesk.cases.CaseType;
import org.lpodesk.cases.PartyKind;
import org.lpodesk.notice.NoticeKind;
import org.lpodesk.notice.ServiceMethod;
import org.lpodesk.outsourcing.TaskKind;
import org.lpodesk.review.ReviewOutcome;
import org.lpodesk.sharing.ConfidentialityLevel;
import org.lpodesk.sharing.ConsentScope;

/** Core's enums are the one source of truth; each LIST constraint repeats one of them, value for value. */
class ListConstraintsMatchCoreTest {

    static final Map<String, Class<? extends Enum<?>>> SOURCES = Map.ofEntries(
            Map.entry("imm:caseTypes", CaseType.class),
            Map.entry("imm:caseStatuses", CaseStatus.class),
            Map.entry("imm:partyKinds", PartyKind.class),
            Map.entry("imm:noticeKinds", NoticeKind.class),
            Map.entry("imm:serviceMethods", ServiceMethod.class),
            Map.entry("imm:confidentialityLevels", ConfidentialityLevel.class),
            Map.entry("imm:consentScopes", ConsentScope.class),
            Map.entry("imm:dataCategories", org.lpodesk.sharing.DataCategory.class),
            Map.entry("imm:approvalOutcomes", ReviewOutcome.class),
            Map.entry("imm:taskKinds", TaskKind.class),
            Map.entry("imm:permStepKinds", org.lpodesk.perm.PermStepKind.class),
            Map.entry("imm:wageUnits", org.lpodesk.perm.WageUnit.class),
            Map.entry("imm:wageLevels", org.lpodesk.perm.WageLevel.class),
            Map.entry("imm:statusSources", org.lpodesk.uscis.StatusSource.class),
            Map.entry("imm:mailDirections", org.lpodesk.correspondence.MailDirection.class),
            Map.entry("imm:replyStates", org.lpodesk.correspondence.ReplyState.class));

    private static final ContentModel MODEL = ContentModel.immigration();

    static Stream<Arguments> constraints() {
        return SOURCES.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("constraints")
    void listConstraintEqualsTheCoreEnumInOrder(String constraint, Class<? extends Enum<?>> source) {
        assertThat(MODEL.constraints).containsKey(constraint);
        assertThat(MODEL.constraints.get(constraint).type()).isEqualTo("LIST");

        assertThat(MODEL.constraints.get(constraint).parameter("allowedValues"))
                .containsExactlyElementsOf(Arrays.stream(source.getEnumConstants()).map(Enum::name).toList());
    }

    @Test
    void everyListConstraintHasACoreSource() {
        assertThat(MODEL.constraints.values().stream().filter(c -> c.type().equals("LIST")).map(c -> c.name()))
                .containsExactlyInAnyOrderElementsOf(SOURCES.keySet());
    }
}
