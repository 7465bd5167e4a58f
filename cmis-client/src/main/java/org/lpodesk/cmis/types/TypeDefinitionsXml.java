package org.lpodesk.cmis.types;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.apache.chemistry.opencmis.commons.enums.CmisVersion;
import org.apache.chemistry.opencmis.commons.impl.XMLConstants;
import org.apache.chemistry.opencmis.commons.impl.XMLConverter;
import org.apache.chemistry.opencmis.commons.impl.XMLUtils;

/**
 * Writes a catalog as the type definitions file the OpenCMIS InMemory server loads
 * ({@code InMemoryServer.TypeDefinitionsFile}): CMIS 1.1 {@code type} elements, parents first.
 */
public final class TypeDefinitionsXml {

    private static final String CHEMISTRY_NS = "http://chemistry.apache.org/schemas/TypeDefnitions";

    public void write(CmisTypeCatalog catalog, Path file) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                write(catalog, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void write(CmisTypeCatalog catalog, OutputStream out) {
        try {
            XMLStreamWriter writer = XMLUtils.createWriter(out);
            XMLUtils.startXmlDocument(writer);
            writer.writeStartElement("chem", "typeDefinitions", CHEMISTRY_NS);
            writer.writeNamespace("chem", CHEMISTRY_NS);
            writer.writeNamespace(XMLConstants.PREFIX_CMIS, XMLConstants.NAMESPACE_CMIS);
            writer.writeNamespace(XMLConstants.PREFIX_RESTATOM, XMLConstants.NAMESPACE_RESTATOM);
            writer.writeNamespace(XMLConstants.PREFIX_XSI, XMLConstants.NAMESPACE_XSI);
            for (CmisType type : catalog.types()) {
                // the InMemory server's reader expects text between two type elements
                writer.writeCharacters("\n");
                XMLConverter.writeTypeDefinition(writer, CmisVersion.CMIS_1_1, XMLConstants.NAMESPACE_RESTATOM,
                        type.definition());
            }
            writer.writeCharacters("\n");
            writer.writeEndElement();
            XMLUtils.endXmlDocument(writer);
            writer.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }
}
