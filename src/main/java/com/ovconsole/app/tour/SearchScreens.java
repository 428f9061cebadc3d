package com.ovconsole.app.tour;

import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The search over every connected appliance (Ctrl+K): a server's name found on the demo and the
 * lab appliance, each result tagged with its appliance; then the lab failing while the demo's
 * results still come.
 */
final class SearchScreens {

    /** Servers are named by enclosure and bay, so both appliances have these: bays 1, 10, 11 and 12. */
    private static final String SERVER = "CN75154102H, bay 1";

    private final TourContext tour;

    SearchScreens(TourContext tour) {
        this.tour = tour;
    }

    void run() {
        search(SERVER);
        tour.steps.waitUntil("results of both appliances", () -> FxSteps.find(".search-appliance-line.done",
                Node::isVisible).isPresent() && lines(".search-appliance-line.done") == 2 && results() == 8);
        // The selection stays on the first result to arrive (it never jumps while answers stream in);
        // which appliance answers first varies, so the picture selects the top one itself.
        tour.steps.onFx(() -> {
            FxSteps.find(".search-results", Node::isVisible)
                    .ifPresent(node -> ((ListView<?>) node).getSelectionModel().select(0));
            return null;
        });
        tour.steps.settle();
        tour.shots.window("search-two-appliances",
                "Ctrl+K: one search over every connected appliance, each result tagged with its appliance");

        // The lab answers its next request with a 500: its line says so, the demo's results still show.
        tour.appliances.lab().failNextRequests(1);
        search("esx-prod-00");
        tour.steps.waitUntil("the lab failed, the demo answered", () -> lines(".search-appliance-line.failed") == 1
                && lines(".search-appliance-line.done") == 1 && results() > 0);
        tour.shots.window("search-one-appliance-failing",
                "One appliance fails: its error beside its name, the other's results are there");
        close();
    }

    /** What Ctrl+K does (the command behind the menu item and accelerator), then the text typed. */
    private void search(String text) {
        tour.steps.onFx(() -> {
            tour.console.window().searchCommand().execute();
            field().setText(text);
            return null;
        });
    }

    private void close() {
        tour.steps.onFx(() -> {
            TextField field = field();
            field.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ESCAPE, false, false, false, false));
            field.clear();
            return null;
        });
        tour.steps.settle();
    }

    private static TextField field() {
        return (TextField) FxSteps.find(".search-field", node -> true).orElseThrow();
    }

    private static int results() {
        return FxSteps.find(".search-results", Node::isVisible).map(node -> ((ListView<?>) node).getItems().size())
                .orElse(0);
    }

    private static int lines(String selector) {
        return FxSteps.find(".search-appliances", Node::isVisible)
                .map(node -> node.lookupAll(selector).size()).orElse(0);
    }
}
