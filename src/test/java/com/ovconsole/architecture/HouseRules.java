package com.ovconsole.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The house rules of docs/design.md §3 as ArchUnit rules, for any root package: the real code
 * ({@code com.ovconsole}) and the planted violations ({@code com.ovconsole.architecture.planted})
 * are checked by the same rules.
 */
final class HouseRules {

    /**
     * The packages under {@code ui} and which others each may use besides the shared {@code ui}
     * package. Anything else between two of them is a violation; a new package must be added here.
     */
    static final Map<String, Set<String>> UI_FEATURES = features();

    private HouseRules() {
    }

    private static Map<String, Set<String>> features() {
        Map<String, Set<String>> allowed = new LinkedHashMap<>();
        allowed.put("errors", Set.of());
        allowed.put("diagnostics", Set.of("tasks"));
        allowed.put("dialogs", Set.of("errors"));
        allowed.put("tasks", Set.of("errors"));
        allowed.put("connections", Set.of("dialogs"));
        allowed.put("shell", Set.of());
        allowed.put("backups", Set.of("tasks"));
        allowed.put("alerts", Set.of());
        allowed.put("search", Set.of());
        allowed.put("profiles", Set.of("tasks"));
        allowed.put("profiles.conflict", Set.of("profiles", "dialogs"));
        allowed.put("profiles.editor", Set.of("profiles", "profiles.conflict", "tasks"));
        allowed.put("profiles.list", Set.of("profiles", "profiles.editor", "profiles.conflict", "tasks", "dialogs"));
        allowed.put("hardware", Set.of("tasks"));
        return allowed;
    }

    static List<ArchRule> all(String root) {
        List<ArchRule> rules = new ArrayList<>();
        rules.add(lowerLayersUseNoJavaFx(root));
        rules.add(simulatorIsWrittenFromTheDocs(root));
        rules.add(layers(root));
        rules.add(viewModelsUseNoSceneGraph(root));
        rules.add(noPackageCycles(root));
        rules.add(sharedUiUsesNoFeature(root));
        rules.add(uiPackagesAreKnownFeatures(root));
        rules.addAll(featureEdges(root));
        rules.add(viewsTalkOnlyToTheirOwnViewModel(root));
        return rules;
    }

    /** api, merge, sim, store and diagnostics never use JavaFX, ui or app. */
    static ArchRule lowerLayersUseNoJavaFx(String root) {
        return noClasses().that().resideInAnyPackage(lower(root))
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", root + ".ui..", root + ".app..")
                .as("api, merge, sim, store and diagnostics never use JavaFX, ui or app");
    }

    /** The simulator is written from the API docs, not from our client. */
    static ArchRule simulatorIsWrittenFromTheDocs(String root) {
        return noClasses().that().resideInAPackage(root + ".sim..")
                .should().dependOnClassesThat().resideInAPackage(root + ".api..")
                .as("the simulator never uses the api client");
    }

    /** app on top, then ui, then the lower layers; nothing uses a layer above it. */
    static ArchRule layers(String root) {
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("app").definedBy(root + ".app..")
                .layer("ui").definedBy(root + ".ui..")
                .layer("api").definedBy(root + ".api..")
                .layer("merge").definedBy(root + ".merge..")
                .layer("store").definedBy(root + ".store..")
                .layer("sim").definedBy(root + ".sim..")
                .optionalLayer("diagnostics").definedBy(root + ".diagnostics..")
                .whereLayer("app").mayNotBeAccessedByAnyLayer()
                .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
                .whereLayer("api").mayOnlyBeAccessedByLayers("ui", "app", "diagnostics")
                .whereLayer("merge").mayOnlyBeAccessedByLayers("ui", "app")
                .whereLayer("store").mayOnlyBeAccessedByLayers("ui", "app", "diagnostics")
                .whereLayer("sim").mayOnlyBeAccessedByLayers("app")
                .whereLayer("diagnostics").mayOnlyBeAccessedByLayers("ui", "app")
                .as("no upward use: app > ui > diagnostics > api, store; merge and sim beside them");
    }

    /** ViewModels (and their inner classes) use javafx.beans/collections only. */
    static ArchRule viewModelsUseNoSceneGraph(String root) {
        return noClasses().that().resideInAPackage(root + "..").and().haveNameMatching(".*ViewModel(\\$.*)?")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .as("ViewModels never use javafx.scene or javafx.stage");
    }

    /** No two packages use each other, directly or round a loop. */
    static ArchRule noPackageCycles(String root) {
        return slices().matching(root + ".(**)").should().beFreeOfCycles()
                .as("no package cycles");
    }

    /** The shared ui package is below every feature. */
    static ArchRule sharedUiUsesNoFeature(String root) {
        return noClasses().that().resideInAPackage(root + ".ui")
                .should().dependOnClassesThat().resideInAPackage(root + ".ui.*..")
                .as("the shared ui package uses no feature package");
    }

    /** Every package under ui is one of {@link #UI_FEATURES}, so its edges are declared. */
    static ArchRule uiPackagesAreKnownFeatures(String root) {
        String[] known = UI_FEATURES.keySet().stream().map(feature -> root + ".ui." + feature).toArray(String[]::new);
        return classes().that().resideInAPackage(root + ".ui.*..")
                .should().resideInAnyPackage(known)
                .as("every package under ui is a declared feature (HouseRules.UI_FEATURES)");
    }

    /** One rule per feature: it uses the shared ui package and its declared neighbours only. */
    static List<ArchRule> featureEdges(String root) {
        List<ArchRule> rules = new ArrayList<>();
        UI_FEATURES.forEach((feature, allowed) -> {
            String[] forbidden = UI_FEATURES.keySet().stream()
                    .filter(other -> !other.equals(feature) && !allowed.contains(other))
                    .map(other -> root + ".ui." + other).toArray(String[]::new);
            rules.add(noClasses().that().resideInAPackage(root + ".ui." + feature)
                    .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                    .allowEmptyShould(true)
                    .as("ui." + feature + " uses only ui" + (allowed.isEmpty() ? "" : " and ui." + String.join(", ui.", allowed))));
        });
        return rules;
    }

    /**
     * A View reads and calls its own ViewModel only: the one ViewModel it keeps in a field. It may
     * hand another ViewModel on (to a child view) but never calls it or reads its properties.
     */
    static ArchRule viewsTalkOnlyToTheirOwnViewModel(String root) {
        return classes().that().resideInAPackage(root + ".ui..").and().haveSimpleNameEndingWith("View")
                .should(new ArchCondition<JavaClass>("call no ViewModel but their own") {
                    @Override
                    public void check(JavaClass view, ConditionEvents events) {
                        Set<String> own = view.getAllFields().stream()
                                .filter(field -> field.getOwner().equals(view))
                                .map(field -> field.getRawType().getName())
                                .filter(HouseRules::isViewModel).collect(Collectors.toSet());
                        if (own.size() > 1) {
                            events.add(SimpleConditionEvent.violated(view, view.getName() + " keeps " + own.size()
                                    + " ViewModels: " + own));
                        }
                        for (JavaClass part : outerAndInner(view)) {
                            for (JavaAccess<?> access : part.getAccessesFromSelf()) {
                                String target = access.getTargetOwner().getName();
                                if (isViewModel(target) && !own.contains(topLevel(target))) {
                                    events.add(SimpleConditionEvent.violated(view, access.getDescription()));
                                }
                            }
                        }
                    }
                })
                .as("a View talks only to its own ViewModel");
    }

    /** The view and its inner (also anonymous) classes, which talk on its behalf. */
    private static List<JavaClass> outerAndInner(JavaClass view) {
        List<JavaClass> parts = new ArrayList<>();
        parts.add(view);
        view.getPackage().getClasses().stream()
                .filter(other -> other.getName().startsWith(view.getName() + "$")).forEach(parts::add);
        return parts;
    }

    private static boolean isViewModel(String className) {
        return topLevel(className).endsWith("ViewModel");
    }

    private static String topLevel(String className) {
        int dollar = className.indexOf('$');
        return dollar < 0 ? className : className.substring(0, dollar);
    }

    private static String[] lower(String root) {
        return new String[] {root + ".api..", root + ".merge..", root + ".sim..", root + ".store..",
            root + ".diagnostics.."};
    }
}
