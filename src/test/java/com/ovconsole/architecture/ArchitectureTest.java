package com.ovconsole.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The house rules ({@link HouseRules}) hold for the compiled main classes (target/classes), and
 * each rule fails on the planted violations in {@code com.ovconsole.architecture.planted}
 * (test classes, so never part of the real scan).
 */
class ArchitectureTest {

    private static final String ROOT = "com.ovconsole";
    private static final String PLANTED = "com.ovconsole.architecture.planted";
    private static final JavaClasses MAIN = new ClassFileImporter().importPath(Path.of("target/classes"));
    private static final JavaClasses PLANTED_CLASSES = new ClassFileImporter()
            .importPath(Path.of("target/test-classes/com/ovconsole/architecture/planted"));

    static Iterable<ArchRule> rules() {
        return HouseRules.all(ROOT);
    }

    @Test
    void theScanSeesTheMainClassesAndNoTestClass() {
        assertThat(MAIN.contain("com.ovconsole.ui.shell.MainWindowViewModel")).isTrue();
        assertThat(MAIN.contain("com.ovconsole.architecture.ArchitectureTest")).isFalse();
        assertThat(PLANTED_CLASSES.contain(PLANTED + ".api.PlantedClient")).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void mainClassesFollowTheRule(ArchRule rule) {
        rule.check(MAIN);
    }

    @Test
    void lowerLayerUsingJavaFxOrUiFails() {
        assertViolation(HouseRules.lowerLayersUseNoJavaFx(PLANTED),
                "PlantedClient", "javafx.application.Platform", "PlantedTheme");
    }

    @Test
    void simulatorUsingTheClientFails() {
        assertViolation(HouseRules.simulatorIsWrittenFromTheDocs(PLANTED), "PlantedSimulator", "PlantedClient");
    }

    @Test
    void upwardUseFails() {
        assertViolation(HouseRules.layers(PLANTED), "PlantedClient", "PlantedTheme");
    }

    @Test
    void viewModelUsingTheSceneGraphFails() {
        assertViolation(HouseRules.viewModelsUseNoSceneGraph(PLANTED), "PlantedTaskViewModel", "javafx.scene.control.Label");
    }

    @Test
    void packageCycleFails() {
        assertViolation(HouseRules.noPackageCycles(PLANTED), "Cycle detected", "PlantedTheme", "PlantedError");
    }

    @Test
    void sharedUiUsingAFeatureFails() {
        assertViolation(HouseRules.sharedUiUsesNoFeature(PLANTED), "PlantedTheme", "PlantedError");
    }

    @Test
    void undeclaredUiPackageFails() {
        assertViolation(HouseRules.uiPackagesAreKnownFeatures(PLANTED), "PlantedStray");
    }

    @Test
    void undeclaredEdgeBetweenFeaturesFails() {
        ArchRule tasksRule = HouseRules.featureEdges(PLANTED).stream()
                .filter(rule -> rule.getDescription().startsWith("ui.tasks ")).findFirst().orElseThrow();
        assertViolation(tasksRule, "PlantedTaskView", "PlantedBackupsViewModel");
    }

    @Test
    void viewCallingAnotherViewModelFails() {
        assertViolation(HouseRules.viewsTalkOnlyToTheirOwnViewModel(PLANTED), "PlantedTaskView", "PlantedBackupsViewModel.start()");
    }

    private static void assertViolation(ArchRule rule, String... mentioned) {
        assertThatThrownBy(() -> rule.check(PLANTED_CLASSES)).isInstanceOf(AssertionError.class)
                .message().contains(mentioned);
    }
}
