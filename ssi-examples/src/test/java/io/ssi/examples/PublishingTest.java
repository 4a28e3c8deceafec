package io.ssi.examples;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The POMs are fit to publish: full metadata, a parent that doubles as a BOM managing only
 * ssi's own artifacts and slf4j-api, pinned plugin versions, reproducible archives, sources and
 * javadoc jars for the libraries, and no deployment of the examples.
 */
final class PublishingTest {

    private static Element pom(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document d = f.newDocumentBuilder().parse(file.toFile());
        return d.getDocumentElement();
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }

    private static Element child(Element parent, String name) {
        List<Element> c = children(parent, name);
        assertThat(c).as(parent.getTagName() + "/" + name).hasSize(1);
        return c.get(0);
    }

    private static String text(Element parent, String name) {
        return child(parent, name).getTextContent().trim();
    }

    @Test
    void theParentCarriesTheMetadataARepositoryAsksFor() throws Exception {
        Element root = pom(ProjectFiles.root().resolve("pom.xml"));
        assertThat(text(root, "url")).startsWith("https://");
        assertThat(text(child(root, "scm"), "connection")).startsWith("scm:git:");
        assertThat(text(child(root, "scm"), "url")).isEqualTo(text(root, "url"));
        assertThat(text(child(child(root, "developers"), "developer"), "name")).isNotBlank();
        assertThat(text(child(root, "organization"), "name")).isNotBlank();
        assertThat(text(child(child(root, "licenses"), "license"), "name")).isEqualTo("Apache-2.0");
        assertThat(text(child(root, "properties"), "project.build.outputTimestamp")).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
    }

    @Test
    void theParentAsABomManagesOnlySsiAndSlf4jApi() throws Exception {
        Element root = pom(ProjectFiles.root().resolve("pom.xml"));
        List<String> managed = new ArrayList<>();
        for (Element d : children(child(child(root, "dependencyManagement"), "dependencies"), "dependency")) {
            managed.add(text(d, "groupId") + ":" + text(d, "artifactId"));
        }
        assertThat(managed).containsExactlyInAnyOrder("io.ssi:ssi-core", "io.ssi:ssi-rules", "org.slf4j:slf4j-api");
    }

    @Test
    void everyPluginVersionIsPinnedAndTheLibrariesShipSourcesAndJavadoc() throws Exception {
        Element root = pom(ProjectFiles.root().resolve("pom.xml"));
        Element managed = child(child(child(root, "build"), "pluginManagement"), "plugins");
        List<String> pinned = new ArrayList<>();
        for (Element p : children(managed, "plugin")) {
            assertThat(children(p, "version")).as(text(p, "artifactId")).hasSize(1);
            pinned.add(text(p, "artifactId"));
        }
        assertThat(pinned).contains("maven-source-plugin", "maven-javadoc-plugin", "maven-jar-plugin",
                "maven-deploy-plugin", "maven-install-plugin", "maven-site-plugin", "maven-shade-plugin");
        List<String> bound = new ArrayList<>();
        for (Element p : children(child(child(root, "build"), "plugins"), "plugin")) {
            bound.add(text(p, "artifactId"));
        }
        assertThat(bound).contains("maven-source-plugin", "maven-javadoc-plugin");
        for (String module : List.of("ssi-core", "ssi-rules")) {
            assertThat(ProjectFiles.root().resolve(module).resolve("src/main/javadoc/overview.html")).exists();
        }
    }

    @Test
    void theExamplesAreNotDeployedOrDocumented() throws Exception {
        Element examples = pom(ProjectFiles.root().resolve("ssi-examples/pom.xml"));
        Element props = child(examples, "properties");
        assertThat(text(props, "maven.deploy.skip")).isEqualTo("true");
        assertThat(text(props, "maven.javadoc.skip")).isEqualTo("true");
        assertThat(text(props, "maven.source.skip")).isEqualTo("true");
    }
}
