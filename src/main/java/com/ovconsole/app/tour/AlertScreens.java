package com.ovconsole.app.tour;

import com.ovconsole.ui.alerts.AlertRow;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableRow;
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

        // Among the first rows (the shots show a list from its top): the simulator's newest server alert has one.
        AlertRow noted = tour.steps.onFx(() -> table().getItems().stream().limit(4)
                .filter(row -> row.changeLog().stream().anyMatch(change -> Boolean.TRUE.equals(change.userEntered())))
                .findFirst().orElseThrow(() -> new IllegalStateException("No demo alert with a note")));
        tour.steps.onFx(() -> {
            // Room for the whole change log below the list.
            ((SplitPane) FxSteps.find(".alerts-split", Node::isVisible).orElseThrow()).setDividerPositions(0.42);
            table().getSelectionModel().select(noted);
            return null;
        });
        tour.steps.settle();
        tour.steps.waitUntil("the alert's row and details", () -> FxSteps.find(".alert-table .table-row-cell",
                node -> node instanceof TableRow<?> row && row.getItem() == noted && row.isVisible()).isPresent()
                && FxSteps.find(".alert-details-title", Node::isVisible).isPresent());
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
