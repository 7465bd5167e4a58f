package org.lpodesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lpodesk.review.workflow.WorkflowModel.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lpodesk.outsourcing.workflow.NotificationPort.Kind;
import org.lpodesk.outsourcing.workflow.OutsourcingRequestRefusedException;
import org.lpodesk.sharing.ConfidentialityLevel;

/**
 * Cancelling immOutsourcing at every open step, both as Alfresco does it (deleting the process
 * instance) and through the modelled cancel message; and refusing a start for every reason.
 */
class OutsourcingCancelAndRefusalTest {

    private Firm firm;
    private WorkflowEngine engine;
    private OutsourcingDriver drive;

    @BeforeEach
    void startEngine() {
        firm = new Firm();
        engine = WorkflowEngine.forFirm(firm);
        drive = new OutsourcingDriver(engine, firm);
    }

    @AfterEach
    void stopEngine() {
        engine.close();
    }

    /** Open steps: name, whether the vendor has access by then, how to get there. */
    static Stream<Arguments> openSteps() {
        List<Arguments> steps = new ArrayList<>();
        Map<String, Function<OutsourcingDriver, String>> reach = new java.util.LinkedHashMap<>();
        reach.put("intake", OutsourcingDriver::startStandard);
        reach.put("share job pending", d -> {
            String pid = d.startStandard();
            d.complete(Firm.MANAGER, pid, "intakeTask", Map.of(VAR_INTAKE_OUTCOME, ACCEPT, VAR_DRAFTING_ASSOCIATE, Firm.ASSOCIATE));
            return pid;
        });
        reach.put("drafting", d -> {
            String pid = d.startStandard();
            d.accept(pid);
            return pid;
        });
        reach.put("LPO review", d -> {
            String pid = d.startStandard();
            d.accept(pid);
            d.draft(pid, "draft");
            return pid;
        });
        reach.put("firm review", d -> d.toFirmReview(d.startStandard()));
        reach.put("deliver job pending", d -> {
            String pid = d.toFirmReview(d.startStandard());
            d.firmReview(Firm.ATTORNEY, pid, APPROVE);
            return pid;
        });
        for (String mode : List.of("deleted as WorkflowService.cancelWorkflow does", "cancel message")) {
            reach.forEach((step, how) -> steps.add(Arguments.of(step, mode, how)));
        }
        return steps.stream();
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("openSteps")
    void cancelAtAnyOpenStepRevokesAccessAndLeavesNothingShared(String step, String mode,
                                                                 Function<OutsourcingDriver, String> reach) {
        String pid = reach.apply(drive);
        boolean shared = firm.repository.folderOf(pid).isPresent();
        if (shared) {
            assertThat(firm.repository.openGrants()).as("the vendor has access before the cancel").isNotEmpty();
        }

        if (mode.startsWith("deleted")) {
            engine.runtime().deleteProcessInstance(pid, "cancelled");
        } else {
            String execution = engine.runtime().createExecutionQuery().processInstanceId(pid)
                    .messageEventSubscriptionName(CANCEL_MESSAGE).singleResult().getId();
            engine.runtime().messageEventReceived(CANCEL_MESSAGE, execution);
        }
        engine.executeDueJobs();

        assertThat(drive.ended(pid)).isTrue();
        assertThat(firm.repository.openGrants()).as("nothing left shared").isEmpty();
        assertThat(engine.management().createJobQuery().count()).as("no timer or step left behind").isZero();
        assertThat(firm.repository.deliveryLog()).isEmpty();
        assertThat(firm.notifications.of(pid, Kind.CANCELLED)).singleElement()
                .satisfies(n -> assertThat(n.recipients()).contains(Firm.PARALEGAL, firm.acme.managersGroup()));
        assertThat(firm.ledger.find(pid)).isEmpty();
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("no consent on the case", "acme", "EB1_PETITION", Firm.CASE_WITHOUT_CONSENT,
                        ConfidentialityLevel.CONFIDENTIAL, null,
                        List.of("No client consent to outsourcing is recorded on the case (documents: resume.pdf)")),
                Arguments.of("kind carries no client documents", "acme", "LEGAL_RESEARCH", Firm.CASE_WITH_CONSENT,
                        ConfidentialityLevel.CONFIDENTIAL, null,
                        List.of("LEGAL_RESEARCH tasks carry no client documents")),
                Arguments.of("vendor not engaged for the kind", "acme", "ARTICLE", Firm.CASE_WITH_CONSENT,
                        ConfidentialityLevel.CONFIDENTIAL, null,
                        List.of("Vendor \"acme\" is not engaged for ARTICLE")),
                Arguments.of("consent does not cover restricted PII", "acme", "EB1_PETITION", Firm.CASE_WITH_CONSENT,
                        ConfidentialityLevel.RESTRICTED_PII, "Passport needed for the petition exhibits",
                        List.of("does not cover restricted PII (documents: resume.pdf)")),
                Arguments.of("no reason for restricted PII", "acme", "EB1_PETITION", Firm.CASE_WITH_PII_CONSENT,
                        ConfidentialityLevel.RESTRICTED_PII, null,
                        List.of("Restricted PII needs a reason for sharing")),
                Arguments.of("restricted PII to a country of concern", "redco", "EB1_PETITION",
                        Firm.CASE_WITH_PII_CONSENT, ConfidentialityLevel.RESTRICTED_PII, "Exhibits",
                        List.of("Vendor \"redco\" is in a country of concern (CN) under 28 CFR 202.601")),
                Arguments.of("due date leaves no review buffer", "acme", "RFE_RESPONSE", Firm.CASE_DUE_SOON,
                        ConfidentialityLevel.CONFIDENTIAL, null,
                        List.of("leaves no attorney review buffer before the case deadline 2026-03-12")),
                Arguments.of("vendor due diligence expired", "stale", "EB1_PETITION", Firm.CASE_WITH_CONSENT,
                        ConfidentialityLevel.CONFIDENTIAL, null,
                        List.of("Due diligence on vendor \"stale\" dates from 2020-01-10")),
                Arguments.of("unknown vendor", "nobody", "EB1_PETITION", Firm.CASE_WITH_CONSENT,
                        ConfidentialityLevel.CONFIDENTIAL, null,
                        List.of("The vendor \"nobody\" has no engagement with the firm")),
                Arguments.of("unknown task kind", "acme", "POETRY", Firm.CASE_WITH_CONSENT,
                        ConfidentialityLevel.CONFIDENTIAL, null,
                        List.of("The task kind \"POETRY\" is not one LPO Desk knows")),
                Arguments.of("unknown case", "acme", "EB1_PETITION", "case-404",
                        ConfidentialityLevel.CONFIDENTIAL, null, List.of("The case \"case-404\" does not exist")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void refusedRequestNeverStartsAndSharesNothing(String why, String vendor, String kind, String caseId,
                                                   ConfidentialityLevel level, String piiReason,
                                                   List<String> expected) {
        String doc = drive.caseDocument(caseId, "resume.pdf", level);
        Map<String, Object> vars = drive.request(caseId, List.of(doc));
        vars.put(VAR_VENDOR_ID, vendor);
        vars.put(VAR_TASK_KIND, kind);
        if (piiReason != null) {
            vars.put(VAR_PII_REASON, piiReason);
        }

        assertThatThrownBy(() -> drive.start(vars)).isInstanceOf(OutsourcingRequestRefusedException.class)
                .satisfies(e -> expected.forEach(text -> assertThat(e.getMessage()).contains(text)));

        assertThat(engine.runtime().createProcessInstanceQuery().count()).isZero();
        assertThat(engine.engine().getHistoryService().createHistoricProcessInstanceQuery().count()).isZero();
        assertThat(firm.repository.folderCount()).isZero();
        assertThat(firm.repository.copyLog()).isEmpty();
        assertThat(firm.notifications.all()).isEmpty();
    }

    @Test
    void everyReasonIsInOneMessage() {
        String passport = drive.caseDocument(Firm.CASE_DUE_SOON, "passport.pdf", ConfidentialityLevel.RESTRICTED_PII);
        Map<String, Object> vars = drive.request(Firm.CASE_DUE_SOON, List.of(passport));
        vars.put(VAR_VENDOR_ID, "redco");
        vars.put(VAR_TASK_KIND, "RFE_RESPONSE");

        assertThatThrownBy(() -> drive.start(vars)).isInstanceOfSatisfying(OutsourcingRequestRefusedException.class,
                e -> {
                    assertThat(e.reasons()).hasSize(2);
                    assertThat(e.getMessage()).contains("2 reasons")
                            .contains("does not cover restricted PII (documents: passport.pdf)")
                            .contains("Restricted PII needs a reason")
                            .contains("country of concern (CN)")
                            .contains("leaves no attorney review buffer");
                });
    }

    @Test
    void researchWithoutDocumentsNeedsNoCaseAndSharesNothing() {
        Map<String, Object> vars = drive.request(null, List.of());
        vars.remove(VAR_CASE_ID);
        vars.put(VAR_TASK_KIND, "LEGAL_RESEARCH");
        String pid = drive.start(vars);
        drive.accept(pid);
        assertThat(firm.repository.copyLog()).isEmpty();
        assertThat(drive.openTaskKey(pid)).isEqualTo("draftingTask");
        assertThat(firm.repository.openGrants().get(drive.folder(pid))).containsKey(Firm.ASSOCIATE);
    }
}
