package org.lpodesk.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * What Share's own code expects of LPO Desk's models and scripts, each a defect found in a real
 * Share 26.1 that no other static check saw: a package action group Share's control does not
 * handle fails the whole start form (HTTP 500 in packageitems.ftl); a script that fills an element
 * its dialog template does not render throws inside a YUI handler, so the dialog never opens and
 * nothing is logged; a type or aspect without a Share label shows as "undefined" in Manage
 * Aspects and as its raw name in Change Type.
 */
class ShareContractsTest {

    /**
     * The values of bpm:packageItemActionGroup that Share's packageitems.ftl handles
     * (web-framework-commons, components/form/controls/workflow/packageitems.ftl at 26.1.0.45);
     * any other non-empty value reaches a non-boolean {@code <#elseif>} and fails the form.
     */
    private static final Set<String> SHARE_PACKAGE_ITEM_ACTION_GROUPS = Set.of("read_package_item_actions",
            "edit_package_item_actions", "remove_package_item_actions", "start_package_item_actions",
            "edit_and_remove_package_item_actions");

    /**
     * Element ids Share's generic form (form.lib.ftl, no form id) renders inside a dialog, as
     * suffixes of the dialog's id: the form is {@code <id>-form}.
     */
    private static final Set<String> GENERIC_FORM_ELEMENTS = Set.of("-form", "-form-container", "-form-fields",
            "-form-submit", "-form-cancel", "-form-caption", "-form-buttons", "-form-reset", "-form-destination",
            "-form-redirect");

    private static final Pattern PROPERTY_DEFAULT = Pattern.compile(
            "<property name=\"(bpm:package(?:Item)?ActionGroup)\">\\s*<default>([^<]*)</default>");
    private static final Pattern ELEMENT_BY_SUFFIX = Pattern.compile("Dom\\.get\\([^;]*?\\+\\s*\"(-[\\w-]+)\"\\s*\\)");

    @Test
    void everyPackageItemActionGroupOfTheWorkflowModelIsOneSharesControlHandles() {
        String model = ShareModule.read(ShareModule.WORKFLOW_MODEL);
        Matcher defaults = PROPERTY_DEFAULT.matcher(model);
        List<String> problems = new ArrayList<>();
        int checked = 0;
        while (defaults.find()) {
            checked++;
            String value = defaults.group(2).strip();
            if (defaults.group(1).equals("bpm:packageItemActionGroup") && !value.isEmpty()
                    && !SHARE_PACKAGE_ITEM_ACTION_GROUPS.contains(value)) {
                problems.add(value + " (offset " + defaults.start() + ")");
            }
        }
        assertThat(checked).as("action group defaults found in the workflow model").isGreaterThanOrEqualTo(8);
        assertThat(problems).as("package item action groups Share's packageitems.ftl does not handle").isEmpty();
    }

    @Test
    void startTasksLetTheUserAddAndRemoveDocuments() {
        Dictionary dictionary = ShareModule.dictionary();
        String model = ShareModule.read(ShareModule.WORKFLOW_MODEL);
        List<String> startTasks = dictionary.classesWithPrefix("immwf").stream()
                .filter(c -> "bpm:startTask".equals(c.parent())).map(Dictionary.ClassDef::name).toList();
        assertThat(startTasks).contains("immwf:outsourcingStartTask", "immwf:attorneyReviewStartTask");
        for (String task : startTasks) {
            String type = model.substring(model.indexOf("<type name=\"" + task + "\">"));
            type = type.substring(0, type.indexOf("</overrides>"));
            assertThat(type).as(task + " is a start form: its documents can be removed before sending")
                    .contains("<default>start_package_item_actions</default>");
        }
    }

    @Test
    void dialogScriptsTouchOnlyElementsTheirTemplateRenders() {
        List<String> problems = new ArrayList<>();
        int dialogs = 0;
        for (Path script : ShareModule.files(ShareModule.CLIENT_RESOURCES, ".js")) {
            String code = ShareModule.read(script);
            if (!code.contains("Alfresco.module.SimpleDialog")) {
                continue;
            }
            dialogs++;
            // The dialogs here load Share's generic form (components/form without a formId template)
            assertThat(code).as(ShareModule.relative(script)).contains("components/form?");
            Matcher touched = ELEMENT_BY_SUFFIX.matcher(code);
            while (touched.find()) {
                if (!GENERIC_FORM_ELEMENTS.contains(touched.group(1))) {
                    problems.add(ShareModule.relative(script) + ": " + touched.group() + " — the generic form has no "
                            + touched.group(1) + " element");
                }
            }
        }
        assertThat(dialogs).as("scripts that open a dialog").isGreaterThanOrEqualTo(1);
        assertThat(problems).isEmpty();
    }

    @Test
    void everyTypeAndAspectHasTheShareLabelOfItsModelTitle() {
        Map<String, String> share = Bundles.load(ShareModule.GLOBAL_BUNDLE);
        Map<String, String> model = Bundles.load(ShareModule.IMM_BUNDLE);
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Dictionary.ClassDef c : ShareModule.dictionary().classesWithPrefix("imm")) {
            if (!c.name().startsWith("imm:")) {
                continue;
            }
            checked++;
            String key = (c.aspect() ? "aspect." : "type.") + c.name().replace(':', '_');
            String title = model.get("imm_immigrationModel." + key + ".title");
            if (!share.containsKey(key)) {
                problems.add(key + " missing (Share shows the raw name)");
            } else if (title != null && !title.equals(share.get(key))) {
                problems.add(key + "=" + share.get(key) + " differs from the model's title " + title);
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(19);
        assertThat(problems).isEmpty();
    }
}
