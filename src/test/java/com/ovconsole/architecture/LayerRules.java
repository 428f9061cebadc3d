package com.ovconsole.architecture;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The package rules of DESIGN.md §3, checked on "class -> types it uses". */
final class LayerRules {

    private static final String ROOT = "com.ovconsole.";
    private static final List<String> LOWER_LAYERS = List.of("api", "merge", "sim", "store", "diagnostics");

    private LayerRules() {
    }

    /** One line per broken rule; empty when the code follows them all. */
    static List<String> violations(Map<String, Set<String>> usesByClass) {
        List<String> violations = new ArrayList<>();
        usesByClass.forEach((type, uses) -> uses.forEach(used -> check(type, used, violations)));
        violations.sort(null);
        return violations;
    }

    private static void check(String type, String used, List<String> violations) {
        if (isLowerLayer(type)) {
            if (used.startsWith("javafx.")) {
                violations.add(type + " uses " + used + ": api, merge, sim and store never use JavaFX");
            }
            if (inPackage(used, ROOT + "ui") || inPackage(used, ROOT + "app")) {
                violations.add(type + " uses " + used + ": a lower layer never uses ui or app");
            }
        }
        if (inPackage(type, ROOT + "sim") && inPackage(used, ROOT + "api")) {
            violations.add(type + " uses " + used + ": the simulator is written from the API docs, not from our client");
        }
        if (topLevelName(type).endsWith("ViewModel")
                && (used.startsWith("javafx.scene.") || used.startsWith("javafx.stage."))) {
            violations.add(type + " uses " + used + ": ViewModels use javafx.beans/collections only");
        }
    }

    private static boolean isLowerLayer(String type) {
        return LOWER_LAYERS.stream().anyMatch(layer -> inPackage(type, ROOT + layer));
    }

    private static boolean inPackage(String type, String packageName) {
        return type.startsWith(packageName + ".");
    }

    private static String topLevelName(String type) {
        int dollar = type.indexOf('$');
        return dollar < 0 ? type : type.substring(0, dollar);
    }
}
