package org.lpodesk.cmis.types;

import java.util.Properties;

import org.lpodesk.cmis.model.ContentModel;

/**
 * Display names and descriptions the way Alfresco resolves them: the model's message bundle
 * ({@code imm_immigrationModel.type.imm_case.title}) first, then the title in the model XML.
 */
public final class ModelLabels {

    private final Properties bundle;

    public ModelLabels(Properties bundle) {
        this.bundle = bundle == null ? new Properties() : bundle;
    }

    public static ModelLabels none() {
        return new ModelLabels(new Properties());
    }

    String classLabel(ContentModel model, boolean aspect, String name, String kind, String fallback) {
        return lookup(model, (aspect ? "aspect" : "type") + "." + key(name) + "." + kind, fallback);
    }

    String propertyLabel(ContentModel model, String name, String kind, String fallback) {
        return lookup(model, "property." + key(name) + "." + kind, fallback);
    }

    String associationLabel(ContentModel model, String name, String kind, String fallback) {
        return lookup(model, "association." + key(name) + "." + kind, fallback);
    }

    private String lookup(ContentModel model, String suffix, String fallback) {
        if (model != null && model.name() != null) {
            String value = bundle.getProperty(key(model.name()) + "." + suffix);
            if (value != null && !value.isBlank()) {
                return value.trim();
            }
        }
        return fallback;
    }

    private static String key(String prefixedName) {
        return prefixedName.replace(':', '_');
    }
}
