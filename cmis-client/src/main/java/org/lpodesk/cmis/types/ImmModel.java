package org.lpodesk.cmis.types;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.lpodesk.cmis.Messages;
import org.lpodesk.cmis.model.ContentModel;
import org.lpodesk.cmis.model.ContentModelReader;
import org.lpodesk.cmis.model.ModelException;

/**
 * The project's imm model and its labels as the platform module ships them; the build copies
 * both into this module's class path (see the pom), so there is one source of truth.
 */
public final class ImmModel {

    public static final String MODEL_RESOURCE = "/org/lpodesk/cmis/imm/model/immigration-model.xml";
    public static final String LABELS_RESOURCE = "/org/lpodesk/cmis/imm/messages/immigration-model.properties";
    /** Where the file lives in the source tree, for messages and the generated reference. */
    public static final String SOURCE_PATH =
            "platform-module/src/main/resources/alfresco/module/lpodesk-platform/model/immigration-model.xml";

    private ImmModel() {
    }

    public static ContentModel model() {
        try (InputStream in = ImmModel.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new ModelException(Messages.get("model.notFound", MODEL_RESOURCE));
            }
            return new ContentModelReader().read(in, SOURCE_PATH);
        } catch (IOException e) {
            throw new ModelException(Messages.get("model.unreadable", SOURCE_PATH, e.getMessage()), e);
        }
    }

    public static ModelLabels labels() {
        Properties bundle = new Properties();
        try (InputStream in = ImmModel.class.getResourceAsStream(LABELS_RESOURCE)) {
            if (in != null) {
                bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new ModelException(Messages.get("model.unreadable", LABELS_RESOURCE, e.getMessage()), e);
        }
        return new ModelLabels(bundle);
    }

    /** The CMIS types Alfresco exposes for the imm model. */
    public static CmisTypeCatalog catalog() {
        return new CmisTypeMapper().map(model(), labels());
    }
}
