package org.lpodesk.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * Every Share-tier web script descriptor requires an authenticated user and names its transaction.
 *
 * Share (Surf) runs no repository transaction: a descriptor's transaction element is parsed
 * (spring-webscripts defaults it to "required" whenever authentication is not "none") but Surf's
 * presentation container never opens one. These descriptors therefore state
 * &lt;transaction&gt;none&lt;/transaction&gt; explicitly; the repository web scripts they call
 * declare their own.
 */
class WebScriptDescriptorsTest {

    @Test
    void everyDescriptorRequiresAUserAndNamesItsTransaction() {
        List<Path> descriptors = ShareModule.files(ShareModule.SITE_WEBSCRIPTS, ".desc.xml");
        List<String> problems = new ArrayList<>();
        Set<String> urls = new HashSet<>();
        for (Path file : descriptors) {
            Element root = Xml.parse(file).getDocumentElement();
            String where = ShareModule.relative(file);
            String authentication = Xml.text(root, "authentication").orElse("");
            if (!authentication.equals("user") && !authentication.equals("admin")) {
                problems.add(where + ": authentication must be user or admin, is '" + authentication + "'");
            }
            String transaction = Xml.text(root, "transaction").orElse("");
            if (!transaction.equals("none")) {
                problems.add(where + ": a Share-tier descriptor must state <transaction>none</transaction>, has '" + transaction + "'");
            }
            if (Xml.text(root, "shortname").orElse("").isEmpty() || Xml.text(root, "description").orElse("").isEmpty()) {
                problems.add(where + ": shortname and description are required");
            }
            for (Element url : Xml.children(root, "url")) {
                if (!urls.add(url.getTextContent().trim())) {
                    problems.add(where + ": URL " + url.getTextContent().trim() + " is bound twice");
                }
            }
            String base = file.getFileName().toString().replace(".desc.xml", "");
            if (!Files.isRegularFile(file.resolveSibling(base + ".html.ftl"))) {
                problems.add(where + ": no template " + base + ".html.ftl");
            }
        }
        ShareModule.report("descriptors", "web script descriptors checked: " + descriptors.size());
        assertThat(problems).isEmpty();
        assertThat(descriptors).hasSizeGreaterThanOrEqualTo(4);
    }
}
