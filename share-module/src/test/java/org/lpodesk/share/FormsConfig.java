package org.lpodesk.share;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.w3c.dom.Element;

/** The forms sections of Share configuration files, as Share's forms config reader sees them. */
final class FormsConfig {

    record Show(String id, String forMode, boolean hide) {
    }

    record SetDef(String id, String parent, String appearance, String labelId, String template) {
    }

    record ConstraintHandler(String type, String validationHandler, String messageId, String event) {
    }

    record FieldDef(String id, String set, String labelId, String descriptionId, String helpId,
                    String controlTemplate, List<ConstraintHandler> constraints, boolean readOnly,
                    java.util.Map<String, String> controlParams) {
        Optional<ConstraintHandler> constraint(String type) {
            return constraints.stream().filter(c -> type.equals(c.type())).findFirst();
        }
    }

    record Form(String id, List<Show> visibility, List<SetDef> sets, List<FieldDef> fields, String createTemplate) {
        List<String> shownIds() {
            return visibility.stream().filter(s -> !s.hide()).map(Show::id).toList();
        }

        Optional<FieldDef> field(String id) {
            return fields.stream().filter(f -> f.id().equals(id)).findFirst();
        }

        String describe() {
            return id == null || id.isEmpty() ? "default form" : "form '" + id + "'";
        }
    }

    record Section(String evaluator, String condition, List<Form> forms, Path file) {
        String describe() {
            return ShareModule.relative(file) + " [" + evaluator + " " + condition + "]";
        }
    }

    private FormsConfig() {
    }

    static List<Section> read(List<Path> files) {
        List<Section> sections = new ArrayList<>();
        for (Path file : files) {
            Element root = Xml.parse(file).getDocumentElement();
            for (Element config : Xml.all(root, "config")) {
                Optional<Element> forms = Xml.child(config, "forms");
                if (forms.isEmpty()) {
                    continue;
                }
                List<Form> parsed = new ArrayList<>();
                for (Element form : Xml.children(forms.get(), "form")) {
                    parsed.add(formOf(form));
                }
                if (!parsed.isEmpty()) {
                    sections.add(new Section(config.getAttribute("evaluator"), config.getAttribute("condition"), parsed, file));
                }
            }
        }
        return sections;
    }

    private static Form formOf(Element form) {
        List<Show> visibility = new ArrayList<>();
        Xml.child(form, "field-visibility").ifPresent(v -> {
            for (Element show : Xml.children(v, "show")) {
                visibility.add(new Show(show.getAttribute("id"), show.getAttribute("for-mode"), false));
            }
            for (Element hide : Xml.children(v, "hide")) {
                visibility.add(new Show(hide.getAttribute("id"), hide.getAttribute("for-mode"), true));
            }
        });
        List<SetDef> sets = new ArrayList<>();
        List<FieldDef> fields = new ArrayList<>();
        Xml.child(form, "appearance").ifPresent(a -> {
            for (Element set : Xml.children(a, "set")) {
                sets.add(new SetDef(set.getAttribute("id"), set.getAttribute("parent"), set.getAttribute("appearance"),
                        set.getAttribute("label-id"), set.getAttribute("template")));
            }
            for (Element field : Xml.children(a, "field")) {
                String template = Xml.child(field, "control").map(c -> c.getAttribute("template")).orElse("");
                List<ConstraintHandler> handlers = new ArrayList<>();
                for (Element c : Xml.descendants(field, "constraint-handlers", "constraint")) {
                    handlers.add(new ConstraintHandler(c.getAttribute("type"), c.getAttribute("validation-handler"),
                            c.getAttribute("message-id"), c.getAttribute("event")));
                }
                java.util.Map<String, String> params = new java.util.LinkedHashMap<>();
                for (Element param : Xml.descendants(field, "control", "control-param")) {
                    params.put(param.getAttribute("name"), param.getTextContent().trim());
                }
                fields.add(new FieldDef(field.getAttribute("id"), field.getAttribute("set"), field.getAttribute("label-id"),
                        field.getAttribute("description-id"), field.getAttribute("help-id"), template, handlers,
                        "true".equals(field.getAttribute("read-only")), params));
            }
        });
        String createTemplate = Xml.child(form, "create-form").map(c -> c.getAttribute("template")).orElse("");
        return new Form(form.getAttribute("id"), visibility, sets, fields, createTemplate);
    }
}
