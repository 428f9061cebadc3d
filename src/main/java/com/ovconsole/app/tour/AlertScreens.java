package com.ovconsole.app.tour;

import com.ovconsole.ui.alerts.AlertRow;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;

/**
 * Alerts of the demo: the open ones (Active and Locked, newest first, as the appliance filters
 * them), then one an administrator took on, its details open: corrective action and change log.
 */
final class AlertScreens {

    private final TourContext tour;

    AlertScreens(TourContext tour) {
        this.tour = tour;
    }

    void run() {
        tour.steps.onFx(() -> {
            tour.console.window().taskPanelExpandedProperty().set(false);
            return null;
        });
        tour.selectTab("Alerts");
        tour.steps.waitUntil("the open alerts", () -> summary().matches("\\d+ of \\d+")
                && FxSteps.find(".alerts-view #loadingIndicator", Node::isVisible).isEmpty());
        tour.steps.onFx(() -> {
            table().getSelectionModel().clearSelection();
            table().scrollTo(0);
            return null;
        });
        tour.steps.settle();
        tour.shots.window("alerts", "Active and locked alerts of the demo appliance, newest first (filtered by the appliance)");

        tour.steps.onFx(() -> {
            TableView<AlertRow> table = table();
            AlertRow noted = table.getItems().stream()
                    .filter(row -> row.changeLog().stream().anyMatch(change -> Boolean.TRUE.equals(change.userEntered())))
                    .findFirst().orElseThrow(() -> new IllegalStateException("No demo alert with a note"));
            table.getSelectionModel().select(noted);
            table.scrollTo(noted);
            return null;
        });
        tour.steps.waitUntil("the alert's details", () -> FxSteps.find(".alert-details-title", Node::isVisible).isPresent());
        tour.shots.window("alert-details", "An alert's details: its resource (a link), corrective action and change log");
    }

    private static String summary() {
        return FxSteps.find(".alerts-summary", Node::isVisible).map(node -> ((Label) node).getText()).orElse("");
    }

    @SuppressWarnings("unchecked")
    private static TableView<AlertRow> table() {
        return (TableView<AlertRow>) FxSteps.find(".alert-table", Node::isVisible).orElseThrow();
    }
}
