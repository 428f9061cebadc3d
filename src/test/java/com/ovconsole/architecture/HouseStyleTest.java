package com.ovconsole.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.diffplug.spotless.FormatterStep;
import com.diffplug.spotless.java.ImportOrderStep;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sourceforge.pmd.PMDConfiguration;
import net.sourceforge.pmd.PmdAnalysis;
import net.sourceforge.pmd.lang.rule.RulePriority;
import net.sourceforge.pmd.reporting.Report;
import net.sourceforge.pmd.reporting.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The style half of the house rules that `mvn verify` runs (pom profile house-rules) fails on
 * planted sources: the import order Spotless enforces, and the PMD unused-code rules.
 */
class HouseStyleTest {

    private static final Path PLANTED = Path.of("src/test/resources/house/planted");

    @Test
    void spotlessImportOrderRewritesPlantedImportsAndKeepsOursAsTheyAre() throws Exception {
        FormatterStep order = ImportOrderStep.forJava().createFrom(importOrderOfThePom());
        String planted = Files.readString(PLANTED.resolve("UnsortedImports.java.txt"));

        String fixed = order.format(planted, new File("UnsortedImports.java"));

        assertThat(fixed).isNotEqualTo(planted);
        assertThat(imports(fixed)).containsExactly("import static org.assertj.core.api.Assertions.assertThat;",
                "import com.ovconsole.ui.Messages;", "import java.util.List;", "import javafx.scene.Node;");
        Path ours = Path.of("src/main/java/com/ovconsole/ui/profiles/list/ProfilesView.java");
        String source = Files.readString(ours);
        assertThat(order.format(source, ours.toFile())).isEqualTo(source);
    }

    @Test
    void pmdFindsEachKindOfUnusedCodeButLeavesFxmlMethodsAlone(@TempDir Path folder) throws IOException {
        Path source = folder.resolve("UnusedCode.java");
        Files.copy(PLANTED.resolve("UnusedCode.java.txt"), source);
        PMDConfiguration config = new PMDConfiguration();
        config.addRuleSet("src/test/resources/house/unused-code.xml");
        config.setMinimumPriority(RulePriority.LOW);
        config.prependAuxClasspath(System.getProperty("jdk.module.path", "") + File.pathSeparator
                + System.getProperty("java.class.path", ""));
        config.addInputPath(source);

        List<RuleViolation> violations;
        try (PmdAnalysis pmd = PmdAnalysis.create(config)) {
            Report report = pmd.performAnalysisAndCollectReport();
            violations = report.getViolations();
        }

        assertThat(violations).extracting(violation -> violation.getRule().getName() + ":" + violation.getBeginLine())
                .containsExactlyInAnyOrder("UnnecessaryImport:3", "UnusedPrivateField:9", "UnusedPrivateMethod:11",
                        "UnusedLocalVariable:15");
    }

    /** The {@code <importOrder><order>} of the pom, so the test checks what the build runs. */
    private static String[] importOrderOfThePom() throws IOException {
        Matcher order = Pattern.compile("<importOrder><order>([^<]*)</order></importOrder>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertThat(order.find()).as("the pom's Spotless import order").isTrue();
        return order.group(1).split(",", -1);
    }

    private static List<String> imports(String source) {
        return source.lines().filter(line -> line.startsWith("import ")).toList();
    }
}
