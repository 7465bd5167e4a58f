package org.lpodesk.workflow.diagram;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.activiti.bpmn.converter.BpmnXMLConverter;
import org.activiti.bpmn.model.BpmnModel;
import org.activiti.image.impl.DefaultProcessDiagramGenerator;

/**
 * Renders the two processes to PNG with Activiti's own diagram generator, from the BPMN files in
 * platform-module's resources (the pictures in docs/ and README). From the repository root:
 *
 * <pre>
 * mvn -q -pl core -am install -DskipTests
 * mvn -q -pl platform-module test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.lpodesk.workflow.diagram.ProcessDiagrams -Dexec.args=docs
 * </pre>
 */
public final class ProcessDiagrams {

    /** BPMN resource → picture file name. */
    public static final Map<String, String> PICTURES = Map.of(
            "alfresco/module/lpodesk-platform/workflow/outsourcing.bpmn20.xml", "outsourcing.png",
            "alfresco/module/lpodesk-platform/workflow/attorney-review.bpmn20.xml", "attorney-review.png");

    private ProcessDiagrams() {
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        Path directory = Path.of(args.length > 0 ? args[0] : "docs");
        PICTURES.forEach((bpmn, png) -> write(bpmn, directory.resolve(png)));
    }

    static void write(String bpmnResource, Path target) {
        try (InputStream png = render(bpmnResource)) {
            Files.createDirectories(target.toAbsolutePath().getParent());
            Files.copy(png, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    /** The process as a PNG, laid out by the BPMN's own diagram interchange coordinates. */
    public static InputStream render(String bpmnResource) {
        BpmnModel model = read(bpmnResource);
        return new DefaultProcessDiagramGenerator().generateDiagram(model, "png", List.of(), List.of(),
                "SansSerif", "SansSerif", "SansSerif", ProcessDiagrams.class.getClassLoader(), 1.0);
    }

    static BpmnModel read(String bpmnResource) {
        try (InputStream in = ProcessDiagrams.class.getClassLoader().getResourceAsStream(bpmnResource)) {
            if (in == null) {
                throw new IllegalArgumentException("no BPMN resource " + bpmnResource);
            }
            XMLStreamReader reader = XMLInputFactory.newInstance().createXMLStreamReader(in, "UTF-8");
            return new BpmnXMLConverter().convertToBpmnModel(reader);
        } catch (IOException | XMLStreamException e) {
            throw new IllegalStateException("cannot read " + bpmnResource, e);
        }
    }
}
