package com.ovconsole.app.tour;

import com.ovconsole.api.model.PowerState;
import com.ovconsole.ui.hardware.HardwareRow;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;

/**
 * Server hardware of the demo: the list (power, health, the profile link, the iLO address) and
 * the power-off confirmation that names the server and its profile. The tour cancels it: the
 * servers and the task panel stay as the other screens expect them.
 */
final class HardwareScreens {

    private final TourContext tour;

    HardwareScreens(TourContext tour) {
        this.tour = tour;
    }

    void run() {
        tour.selectTab("Server Hardware");
        tour.steps.waitUntil("the first page of servers", () -> summary().matches("[\\d,]+ of 270") && profilesNamed());
        tour.steps.onFx(() -> {
            table().scrollTo(0);
            return null;
        });
        tour.shots.window("hardware-list", "Server hardware of the demo appliance: power, health, profile and iLO");

        tour.steps.onFx(() -> {
            TableView<HardwareRow> table = table();
            HardwareRow chosen = table.getItems().stream()
                    .filter(row -> row.power() == PowerState.ON && row.hasProfile()).findFirst().orElseThrow();
            table.getSelectionModel().select(chosen);
            table.scrollTo(0);
            return null;
        });
        tour.steps.waitUntil("power off offered", () -> !TourContext.button("#powerOffButton").isDisabled());
        tour.steps.fire(() -> TourContext.button("#powerOffButton").fire());
        DialogPane confirm = tour.dialog(null);
        tour.shots.dialog(null, "hardware-power-off-confirm",
                "Power off asks first, naming the server and the profile applied to it");
        tour.press(confirm, "Cancel");
        tour.waitNoDialog(null);
    }

    @SuppressWarnings("unchecked")
    private static TableView<HardwareRow> table() {
        return (TableView<HardwareRow>) FxSteps.find(".hardware-table", Node::isVisible).orElseThrow();
    }

    /** Profile names arrive after the rows: wait for them, not a moment between. */
    private static boolean profilesNamed() {
        return table().getItems().stream().allMatch(row -> !row.hasProfile() || row.profileName() != null);
    }

    private static String summary() {
        return FxSteps.find(".hardware-summary", Node::isVisible).map(node -> ((Label) node).getText()).orElse("");
    }
}
