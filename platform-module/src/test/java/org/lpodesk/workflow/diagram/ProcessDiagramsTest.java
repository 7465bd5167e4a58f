package org.lpodesk.workflow.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Both processes render with Activiti's diagram generator from their diagram interchange (a
 * BPMN without coordinates, or with a shape missing, renders nothing useful), and the committed
 * pictures exist at the size the current BPMN renders to.
 */
class ProcessDiagramsTest {

    @Test
    void bothProcessesRenderAndTheCommittedPicturesMatchTheirLayout() throws Exception {
        System.setProperty("java.awt.headless", "true");
        Path docs = Path.of("..", "docs");
        for (var picture : ProcessDiagrams.PICTURES.entrySet()) {
            BufferedImage rendered;
            try (InputStream png = ProcessDiagrams.render(picture.getKey())) {
                rendered = ImageIO.read(png);
            }
            assertThat(rendered.getWidth()).isGreaterThan(500);
            assertThat(rendered.getHeight()).isGreaterThan(250);
            Path committed = docs.resolve(picture.getValue());
            assertThat(committed).as("regenerate with ProcessDiagrams (see its javadoc)").exists();
            BufferedImage stored = ImageIO.read(Files.newInputStream(committed));
            assertThat(stored.getWidth()).isEqualTo(rendered.getWidth());
            assertThat(stored.getHeight()).isEqualTo(rendered.getHeight());
        }
    }
}
