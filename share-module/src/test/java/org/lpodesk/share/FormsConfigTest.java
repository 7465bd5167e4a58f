package org.lpodesk.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The forms configuration agrees with the imm and immwf models: every field, set and control it
 * names exists, every class has its forms, every process its start and task forms, decisions are
 * transition buttons with a comment, and every REGEX-constrained field is validated in the
 * browser with a readable message.
 */
class FormsConfigTest {

    /** Fields Share's task form processor adds to every task form. */
    private static final Set<String> TASK_PSEUDO_FIELDS = Set.of("message", "taskOwner", "packageItems", "transitions");
    /** Fields Share's workflow form processor adds to every start form. */
    private static final Set<String> START_PSEUDO_FIELDS = Set.of("packageItems");
    /** Fields Share's node and type form processors add for content. */
    private static final Set<String> CONTENT_PSEUDO_FIELDS = Set.of("mimetype", "size", "encoding");

    /** Set and control templates shipped in Share (site-webscripts of alfresco-community-share). */
    private static final Set<String> SHARE_TEMPLATES = Set.of(
            "/org/alfresco/components/form/2-column-set.ftl",
            "/org/alfresco/components/form/3-column-set.ftl",
            "/org/alfresco/components/form/controls/association.ftl",
            "/org/alfresco/components/form/controls/authority.ftl",
            "/org/alfresco/components/form/controls/checkbox.ftl",
            "/org/alfresco/components/form/controls/date.ftl",
            "/org/alfresco/components/form/controls/info.ftl",
            "/org/alfresco/components/form/controls/number.ftl",
            "/org/alfresco/components/form/controls/selectone.ftl",
            "/org/alfresco/components/form/controls/selectmany.ftl",
            "/org/alfresco/components/form/controls/textarea.ftl",
            "/org/alfresco/components/form/controls/textfield.ftl",
            "/org/alfresco/components/form/controls/workflow/activiti-transitions.ftl",
            "/org/alfresco/components/form/controls/workflow/email-notification.ftl",
            "/org/alfresco/components/form/controls/workflow/priority.ftl");

    /** The browser-side handler that applies the model's expression to the whole value. */
    static final String REGEX_HANDLER = "LPODesk.forms.validation.modelRegex";

    private static Dictionary dictionary;
    private static List<FormsConfig.Section> sections;
    private static List<Processes.Process> processes;

    @BeforeAll
    static void load() {
        dictionary = ShareModule.dictionary();
        sections = FormsConfig.read(ShareModule.configFiles());
        processes = Processes.all();
    }

    /** Properties the repository computes (deadlines from core, the approval from the approve action): never typed in. */
    private static final Set<String> COMPUTED = Set.of("imm:caseDeadline", "imm:caseDeadlineRule", "imm:responseDeadline",
            "imm:responseDeadlineRule", "imm:responseDeadlineFlagged", "imm:approver", "imm:approvedOn",
            "imm:approvalOutcome", "imm:approvalComment", "imm:approvedVersionLabel");
    /** User-name properties naming an attorney of the firm, chosen by name among the attorneys' group. */
    private static final Set<String> ATTORNEY_FIELDS = Set.of("imm:responsibleAttorney", "imm:consentRecordedBy");
    static final String ATTORNEY_PICKER = "/org/lpodesk/components/form/controls/attorney-picker.ftl";

    @Test
    void computedPropertiesAreReadOnlyInEveryEditFormAndAbsentFromCreateForms() {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (FormsConfig.Section section : sections) {
            for (FormsConfig.Form form : section.forms()) {
                for (FormsConfig.Show show : form.visibility()) {
                    if (show.hide() || !COMPUTED.contains(show.id()) || "view".equals(show.forMode())) {
                        continue;
                    }
                    checked++;
                    if ("model-type".equals(section.evaluator())) {
                        problems.add(section.describe() + " " + form.describe() + ": create form offers computed " + show.id());
                    } else if (form.field(show.id()).map(f -> !f.readOnly()).orElse(true)) {
                        problems.add(section.describe() + " " + form.describe() + ": computed " + show.id() + " is editable");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(checked).as("edit forms showing computed properties").isGreaterThanOrEqualTo(COMPUTED.size());
    }

    @Test
    void attorneysAreChosenByNameAmongTheAttorneysGroupAndStoredAsUserNames() throws IOException {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (FormsConfig.Section section : sections) {
            for (FormsConfig.Form form : section.forms()) {
                for (String id : form.shownIds()) {
                    if (!ATTORNEY_FIELDS.contains(id)) {
                        continue;
                    }
                    checked++;
                    Optional<FormsConfig.FieldDef> field = form.field(id);
                    if (field.isEmpty() || !ATTORNEY_PICKER.equals(field.get().controlTemplate())
                            || !"GROUP_IMM_ATTORNEYS".equals(field.get().controlParams().get("group"))) {
                        problems.add(section.describe() + " " + form.describe() + ": " + id
                                + " is not chosen with the attorney picker limited to GROUP_IMM_ATTORNEYS");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
        // case edit + create, consent aspect + case edit
        assertThat(checked).isGreaterThanOrEqualTo(4);
        for (String id : ATTORNEY_FIELDS) {
            assertThat(dictionary.property(id).map(Dictionary.PropertyDef::dataType)).as(id).contains("d:text");
        }
        // The hidden field carries the group member's user name (shortName), the select shows the full name
        String picker = Files.readString(ShareModule.CLIENT_RESOURCES.resolve("lpodesk-share/components/form/controls/picker.js"));
        assertThat(picker).contains("value: rows[i].shortName, label: rows[i].displayName");
        assertThat(picker).contains("\"api/groups/\"");
    }

    @Test
    void everyFieldNamesAPropertyOrAssociationOfTheFormsClass() {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (FormsConfig.Section section : sections) {
            Set<String> allowed = allowedFields(section, problems);
            for (FormsConfig.Form form : section.forms()) {
                Set<String> shown = new LinkedHashSet<>(form.shownIds());
                for (FormsConfig.Show show : form.visibility()) {
                    checked++;
                    if (!allowed.contains(show.id())) {
                        problems.add(section.describe() + " " + form.describe() + ": field-visibility names '" + show.id()
                                + "', which is no property or association of " + section.condition());
                    }
                }
                for (FormsConfig.FieldDef field : form.fields()) {
                    checked++;
                    if (!allowed.contains(field.id())) {
                        problems.add(section.describe() + " " + form.describe() + ": appearance field '" + field.id()
                                + "' is no property or association of " + section.condition());
                    } else if (!shown.contains(field.id())) {
                        problems.add(section.describe() + " " + form.describe() + ": appearance field '" + field.id()
                                + "' is configured but never shown");
                    }
                }
            }
        }
        ShareModule.report("forms-fields", "form fields checked against the models: " + checked
                + " in " + sections.size() + " config sections");
        assertThat(problems).as("form fields that name nothing in the model").isEmpty();
        assertThat(checked).isGreaterThan(0);
    }

    private Set<String> allowedFields(FormsConfig.Section section, List<String> problems) {
        Set<String> allowed = new LinkedHashSet<>();
        String condition = section.condition();
        switch (section.evaluator()) {
            case "node-type", "model-type" -> {
                if (!dictionary.hasClass(condition) || dictionary.isAspect(condition)) {
                    problems.add(section.describe() + ": " + condition + " is no type of the models");
                }
                allowed.addAll(dictionary.fieldsOf(condition));
                allowed.addAll(dictionary.aspectFields());
                if (dictionary.isSubClassOf(condition, "cm:content")) {
                    allowed.addAll(CONTENT_PSEUDO_FIELDS);
                }
            }
            case "aspect" -> {
                if (!dictionary.isAspect(condition)) {
                    problems.add(section.describe() + ": " + condition + " is no aspect of the models");
                }
                allowed.addAll(dictionary.fieldsOf(condition));
            }
            case "task-type" -> {
                if (!dictionary.hasClass(condition) || !dictionary.isSubClassOf(condition, "bpm:workflowTask")) {
                    problems.add(section.describe() + ": " + condition + " is no workflow task type of the models");
                }
                allowed.addAll(dictionary.fieldsOf(condition));
                allowed.addAll(TASK_PSEUDO_FIELDS);
            }
            case "string-compare" -> {
                Optional<Processes.Process> process = processes.stream()
                        .filter(p -> p.workflowDefinitionName().equals(condition)).findFirst();
                if (process.isEmpty()) {
                    problems.add(section.describe() + ": no BPMN process of the platform module is " + condition);
                } else {
                    allowed.addAll(dictionary.fieldsOf(process.get().startFormKey()));
                    allowed.addAll(START_PSEUDO_FIELDS);
                }
            }
            default -> problems.add(section.describe() + ": unexpected forms evaluator " + section.evaluator());
        }
        return allowed;
    }

    @Test
    void everySetIsDeclaredLabelledAndUsed() {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (FormsConfig.Section section : sections) {
            for (FormsConfig.Form form : section.forms()) {
                Set<String> declared = new LinkedHashSet<>();
                Set<String> used = new LinkedHashSet<>();
                for (FormsConfig.SetDef set : form.sets()) {
                    checked++;
                    if (!declared.add(set.id())) {
                        problems.add(section.describe() + " " + form.describe() + ": set '" + set.id() + "' declared twice");
                    }
                    if (!set.parent().isEmpty()) {
                        used.add(set.parent());
                    }
                    if ("title".equals(set.appearance()) || "panel".equals(set.appearance())
                            || "bordered-panel".equals(set.appearance()) || "fieldset".equals(set.appearance())) {
                        if (set.labelId().isEmpty()) {
                            problems.add(section.describe() + " " + form.describe() + ": set '" + set.id()
                                    + "' has a visible " + set.appearance() + " but no label-id");
                        }
                    }
                    if (!set.template().isEmpty() && !templateExists(set.template())) {
                        problems.add(section.describe() + ": set template " + set.template() + " does not exist");
                    }
                }
                for (FormsConfig.SetDef set : form.sets()) {
                    if (!set.parent().isEmpty() && !declared.contains(set.parent())) {
                        problems.add(section.describe() + " " + form.describe() + ": set '" + set.id()
                                + "' has undeclared parent '" + set.parent() + "'");
                    }
                }
                for (FormsConfig.FieldDef field : form.fields()) {
                    String set = field.set();
                    used.add(set);
                    if (!set.isEmpty() && !declared.contains(set)) {
                        problems.add(section.describe() + " " + form.describe() + ": field '" + field.id()
                                + "' is in undeclared set '" + set + "'");
                    }
                }
                for (String set : declared) {
                    if (!set.isEmpty() && !used.contains(set)) {
                        problems.add(section.describe() + " " + form.describe() + ": set '" + set + "' holds no field");
                    }
                }
            }
        }
        ShareModule.report("forms-sets", "form sets checked: " + checked);
        assertThat(problems).as("set problems").isEmpty();
    }

    @Test
    void everyControlTemplateExists() {
        List<String> problems = new ArrayList<>();
        for (FormsConfig.Section section : sections) {
            for (FormsConfig.Form form : section.forms()) {
                for (FormsConfig.FieldDef field : form.fields()) {
                    if (!field.controlTemplate().isEmpty() && !templateExists(field.controlTemplate())) {
                        problems.add(section.describe() + ": field " + field.id() + " uses control "
                                + field.controlTemplate() + ", which neither Share nor this module has");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static boolean templateExists(String template) {
        return SHARE_TEMPLATES.contains(template) || Files.isRegularFile(ShareModule.SITE_WEBSCRIPTS.resolve(template.substring(1)));
    }

    @Test
    void everyImmTypeHasViewEditAndCreateFormsAndEveryAspectItsForm() {
        List<String> problems = new ArrayList<>();
        List<Dictionary.ClassDef> immClasses = dictionary.classesWithPrefix("imm");
        assertThat(immClasses).as("classes of the imm model").isNotEmpty();
        for (Dictionary.ClassDef def : immClasses) {
            if (def.aspect()) {
                requireSection("aspect", def.name(), problems);
            } else {
                requireSection("node-type", def.name(), problems);
                requireSection("model-type", def.name(), problems);
            }
        }
        ShareModule.report("forms-coverage-imm", "imm classes with forms: " + immClasses.size());
        assertThat(problems).isEmpty();
    }

    @Test
    void everyOutsourcingTaskFormShowsTheCaseReadOnly() {
        List<String> facts = List.of("immwf:caseNumber", "immwf:caseType", "immwf:beneficiaryName", "immwf:caseDeadline",
                "immwf:revisionRound", "immwf:hoursLoggedTotal", "immwf:vendorComment", "immwf:lpoReviewComment");
        List<String> problems = new ArrayList<>();
        for (String task : List.of("immwf:intakeTask", "immwf:draftingTask", "immwf:lpoReviewTask", "immwf:firmReviewTask")) {
            FormsConfig.Form form = sections.stream()
                    .filter(s -> "task-type".equals(s.evaluator()) && task.equals(s.condition()))
                    .flatMap(s -> s.forms().stream()).filter(f -> f.id().isEmpty()).findFirst().orElseThrow();
            for (String fact : facts) {
                if (!form.shownIds().contains(fact) || form.field(fact).map(f -> !f.readOnly()).orElse(true)) {
                    problems.add(task + ": " + fact + " is not shown read-only");
                }
            }
            // the vendor due date: the task's own due date on the vendor's tasks, the process's on the firm's
            String vendorDue = task.equals("immwf:firmReviewTask") ? "immwf:dueDate" : "bpm:dueDate";
            if (form.field(vendorDue).map(f -> !"lpodesk.workflow.field.vendor-due".equals(f.labelId())).orElse(true)) {
                problems.add(task + ": " + vendorDue + " is not shown as the vendor due date");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyProcessHasItsStartFormAndEveryTaskTypeItsTaskForm() {
        List<String> problems = new ArrayList<>();
        assertThat(processes).extracting(Processes.Process::id).contains("immOutsourcing", "immAttorneyReview");
        Set<String> taskTypes = new LinkedHashSet<>();
        for (Processes.Process process : processes) {
            requireSection("string-compare", process.workflowDefinitionName(), problems);
            taskTypes.add(process.startFormKey());
            taskTypes.addAll(process.taskFormKeys());
            section("task-type", process.startFormKey()).ifPresent(start -> {
                if (start.forms().stream().noneMatch(f -> "workflow-details".equals(f.id()))) {
                    problems.add(start.describe() + ": a start task needs a 'workflow-details' form");
                }
            });
        }
        for (Dictionary.ClassDef def : dictionary.classesWithPrefix("immwf")) {
            if (!def.aspect()) {
                taskTypes.add(def.name());
            }
        }
        for (String type : taskTypes) {
            requireSection("task-type", type, problems);
        }
        ShareModule.report("forms-coverage-immwf", "processes with start forms: " + processes.size()
                + "; task types with task forms: " + taskTypes.size());
        assertThat(problems).isEmpty();
    }

    @Test
    void decisionsAreTransitionButtonsBesideACommentField() {
        List<String> problems = new ArrayList<>();
        for (FormsConfig.Section section : sections) {
            if (!"task-type".equals(section.evaluator()) || dictionary.isSubClassOf(section.condition(), "bpm:startTask")) {
                continue;
            }
            FormsConfig.Form form = section.forms().stream().filter(f -> f.id().isEmpty()).findFirst().orElse(null);
            if (form == null) {
                problems.add(section.describe() + ": no default task form");
                continue;
            }
            Optional<String> outcome = dictionary.outcomePropertyOf(section.condition());
            String buttons = outcome.orElse("transitions");
            if (!form.shownIds().contains(buttons)) {
                problems.add(section.describe() + ": the task's buttons (" + buttons + ") are not shown");
            }
            if (outcome.isPresent()) {
                String template = form.field(buttons).map(FormsConfig.FieldDef::controlTemplate).orElse("");
                if (!template.endsWith("/workflow/activiti-transitions.ftl")) {
                    problems.add(section.describe() + ": outcome " + buttons + " must use activiti-transitions.ftl, not '"
                            + template + "'");
                }
            }
            if (!form.shownIds().contains("bpm:comment")) {
                problems.add(section.describe() + ": no comment field (bpm:comment)");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void regexConstrainedFieldsAreValidatedInTheBrowserWithAReadableMessage() throws IOException {
        List<String> problems = new ArrayList<>();
        Properties bundle = load(ShareModule.GLOBAL_BUNDLE);
        int checked = 0;
        for (FormsConfig.Section section : sections) {
            for (FormsConfig.Form form : section.forms()) {
                for (String id : form.shownIds()) {
                    boolean regex = dictionary.constraintsOf(id).stream().anyMatch(c -> "REGEX".equals(c.type()));
                    if (!regex) {
                        continue;
                    }
                    checked++;
                    Optional<FormsConfig.ConstraintHandler> handler = form.field(id).flatMap(f -> f.constraint("REGEX"));
                    if (handler.isEmpty()) {
                        problems.add(section.describe() + " " + form.describe() + ": " + id
                                + " has a REGEX constraint but no REGEX constraint handler");
                        continue;
                    }
                    if (!REGEX_HANDLER.equals(handler.get().validationHandler())) {
                        problems.add(section.describe() + ": " + id + " must use " + REGEX_HANDLER
                                + " (Share's repoRegexMatch accepts a partial match)");
                    }
                    String messageId = handler.get().messageId();
                    if (messageId.isEmpty() || !bundle.containsKey(messageId)) {
                        problems.add(section.describe() + ": " + id + " has no readable message (message-id '" + messageId + "')");
                    }
                }
            }
        }
        ShareModule.report("forms-regex", "REGEX-constrained fields with browser validation: " + checked);
        assertThat(problems).isEmpty();
        assertThat(checked).as("fields with a REGEX constraint (receipt number, A-Number)").isGreaterThan(0);
    }

    @Test
    void modelFieldsWithoutALabelIdHaveATitleInTheRepositoryBundle() throws IOException {
        Properties imm = load(ShareModule.IMM_BUNDLE);
        Properties immwf = load(ShareModule.WORKFLOW_BUNDLE);
        List<String> problems = new ArrayList<>();
        for (FormsConfig.Section section : sections) {
            for (FormsConfig.Form form : section.forms()) {
                for (String id : form.shownIds()) {
                    if (!id.startsWith("imm:") && !id.startsWith("immwf:")) {
                        continue;
                    }
                    boolean hasLabelId = form.field(id).map(f -> !f.labelId().isEmpty()).orElse(false);
                    if (hasLabelId) {
                        continue;
                    }
                    String key = modelLabelKey(id);
                    Properties bundle = id.startsWith("immwf:") ? immwf : imm;
                    if (!bundle.containsKey(key)) {
                        problems.add(section.describe() + ": " + id + " shows the model's label, but " + key + " is missing");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static String modelLabelKey(String field) {
        String model = dictionary.modelOf(field).map(Dictionary.ModelFile::modelName).orElseThrow().replace(':', '_');
        String kind = dictionary.hasAssociation(field) ? "association" : "property";
        return model + "." + kind + "." + field.replace(':', '_') + ".title";
    }

    private void requireSection(String evaluator, String condition, List<String> problems) {
        if (section(evaluator, condition).isEmpty()) {
            problems.add("no <config evaluator=\"" + evaluator + "\" condition=\"" + condition + "\"> with forms");
        }
    }

    /**
     * Share's "Edit in Alfresco Share" opens the node's doclib-inline-edit form; Share's own is
     * configured for cm:content only and node-type configuration does not inherit, so an imm
     * document without one opened an empty editor (found live: nobody could draft in Share).
     */
    @Test
    void everyImmDocumentTypeHasAnInlineEditorForm() {
        Dictionary dictionary = ShareModule.dictionary();
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Dictionary.ClassDef def : dictionary.classesWithPrefix("imm")) {
            if (def.aspect() || !dictionary.isSubClassOf(def.name(), "imm:document")) {
                continue;
            }
            checked++;
            Optional<FormsConfig.Form> inline = section("node-type", def.name()).stream()
                    .flatMap(section -> section.forms().stream()).filter(f -> "doclib-inline-edit".equals(f.id())).findFirst();
            if (inline.isEmpty()) {
                problems.add(def.name() + " has no doclib-inline-edit form");
            } else if (inline.get().visibility().stream().map(FormsConfig.Show::id).noneMatch("cm:content"::equals)) {
                problems.add(def.name() + ": its doclib-inline-edit form does not show cm:content");
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(11);
        assertThat(problems).isEmpty();
    }

    private static Optional<FormsConfig.Section> section(String evaluator, String condition) {
        return sections.stream().filter(s -> s.evaluator().equals(evaluator) && s.condition().equals(condition)).findFirst();
    }

    static Properties load(Path bundle) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
