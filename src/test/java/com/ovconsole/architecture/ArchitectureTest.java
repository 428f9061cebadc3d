package com.ovconsole.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The layer rules of DESIGN.md §3 hold for the compiled main classes (target/classes). */
class ArchitectureTest {

    private static final Path MAIN_CLASSES = Path.of("target/classes");

    @Test
    void compiledMainClassesFollowTheLayerRules() {
        Map<String, Set<String>> uses = scan(MAIN_CLASSES);
        assertThat(uses).as("the scan saw the main classes").containsKey("com.ovconsole.ui.shell.MainWindowViewModel");

        assertThat(LayerRules.violations(uses)).isEmpty();
    }

    @Test
    void scannerSeesTypesUsedInSignaturesButNotInStringLiterals() throws IOException {
        Set<String> used = ClassReferences.of(Files.readAllBytes(
                MAIN_CLASSES.resolve("com/ovconsole/ui/errors/ErrorViewModel.class")));

        assertThat(used).contains("javafx.beans.property.ReadOnlyStringWrapper", "javafx.collections.ObservableList",
                "com.ovconsole.api.model.ErrorMessage");
        assertThat(used).noneMatch(type -> type.startsWith("javafx.scene"));
    }

    @Test
    void rulesCatchEachKindOfUpwardOrForbiddenDependency() {
        Map<String, Set<String>> bad = Map.of(
                "com.ovconsole.api.Client", Set.of("javafx.application.Platform"),
                "com.ovconsole.store.Settings", Set.of("com.ovconsole.ui.Theme"),
                "com.ovconsole.sim.Simulator", Set.of("com.ovconsole.api.model.ErrorMessage"),
                "com.ovconsole.ui.tasks.TaskListViewModel$1", Set.of("javafx.scene.control.TreeItem"),
                "com.ovconsole.merge.Merger", Set.of("com.ovconsole.app.ConsoleApp"),
                "com.ovconsole.ui.tasks.TaskListView", Set.of("javafx.scene.control.TreeItem"));

        assertThat(LayerRules.violations(bad)).hasSize(5)
                .anyMatch(line -> line.startsWith("com.ovconsole.api.Client uses javafx.application.Platform"))
                .anyMatch(line -> line.startsWith("com.ovconsole.store.Settings uses com.ovconsole.ui.Theme"))
                .anyMatch(line -> line.startsWith("com.ovconsole.sim.Simulator uses com.ovconsole.api.model"))
                .anyMatch(line -> line.startsWith("com.ovconsole.ui.tasks.TaskListViewModel$1 uses javafx.scene"))
                .anyMatch(line -> line.startsWith("com.ovconsole.merge.Merger uses com.ovconsole.app"));
    }

    private static Map<String, Set<String>> scan(Path classes) {
        Map<String, Set<String>> uses = new TreeMap<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                String relative = classes.relativize(file).toString();
                String name = relative.substring(0, relative.length() - ".class".length())
                        .replace(file.getFileSystem().getSeparator(), ".");
                uses.put(name, ClassReferences.of(Files.readAllBytes(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uses;
    }
}
