package com.ovconsole.app.tour;

import com.ovconsole.ui.profiles.list.ProfileRow;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Region;
import tools.jackson.databind.node.ObjectNode;

/**
 * Server profiles of the demo: the list (then sorted and filtered), the editor one section per
 * picture, a save the appliance refuses (its task ends in Error: the ErrorMessage with details,
 * recommended actions and nested errors) and the 412 merge dialog after another user's save.
 */
final class ProfileScreens {

    /** The demo profile the tour edits (valid for the console's checks). */
    static final String EDITED_PROFILE = "app-backend-008";

    private final TourContext tour;

    ProfileScreens(TourContext tour) {
        this.tour = tour;
    }

    void run() {
        tour.selectTab("Server Profiles");
        tour.steps.waitUntil("the first page of profiles", () -> summary().matches("[\\d,]+ of 240") && hardwareNamed());
        // How many pages are read ahead depends on timing (and on a theme change): read them all, then go back up.
        while (!tour.steps.onFx(ProfileScreens::summary).equals("240 of 240")) {
            String loaded = tour.steps.onFx(ProfileScreens::summary);
            tour.steps.onFx(() -> {
                table().scrollTo(table().getItems().size() - 1);
                return null;
            });
            tour.steps.waitUntil("the next page of profiles", () -> !summary().equals(loaded));
        }
        tour.steps.onFx(() -> {
            table().scrollTo(0);
            return null;
        });
        tour.shots.window("profile-list", "Server profiles of the demo appliance, paged by the appliance");

        String before = tour.steps.onFx(ProfileScreens::summary);
        tour.steps.onFx(() -> {
            ((TextField) FxSteps.find(".filter-box", Node::isVisible).orElseThrow()).setText("web");
            TableView<?> table = table();
            TableColumn<?, ?> name = table.getColumns().stream()
                    .filter(column -> "nameColumn".equals(column.getId())).findFirst().orElseThrow();
            name.setSortType(TableColumn.SortType.DESCENDING);
            sortBy(table, name);
            return null;
        });
        // Filter and sort are two queries: wait for the answer to both (every row "web", names descending).
        tour.steps.waitUntil("the filtered, sorted list", () -> !summary().equals(before) && !table().getItems().isEmpty()
                && table().getItems().stream().map(ProfileRow.class::cast).allMatch(row -> row.name().contains("web"))
                && descending(table().getItems().stream().map(ProfileRow.class::cast).map(ProfileRow::name).toList())
                && FxSteps.find("#loadingIndicator", Node::isVisible).isEmpty() && hardwareNamed());
        // The new rows keep the old scroll offset, a fraction of a row that changes from run to run: back to the top.
        tour.steps.onFx(() -> {
            table().scrollTo(0);
            return null;
        });
        tour.shots.window("profile-list-sorted-filtered", "Profiles filtered by \"web\", sorted by name (on the appliance)");
        tour.steps.onFx(() -> {
            ((TextField) FxSteps.find(".filter-box", Node::isVisible).orElseThrow()).setText("");
            table().getColumns().stream().filter(column -> "nameColumn".equals(column.getId())).findFirst()
                    .orElseThrow().setSortType(TableColumn.SortType.ASCENDING);
            return null;
        });
        tour.steps.waitUntil("the whole list again", () -> summary().matches("[\\d,]+ of 240")
                && table().getItems().stream().map(ProfileRow.class::cast).anyMatch(row -> EDITED_PROFILE.equals(row.name())));

        String id = openEditedProfile();
        editorSections();

        // The appliance refuses this save: its task ends in Error (the demo's task outcomes, see TourAppliances).
        tour.steps.fire(() -> TourContext.button("#saveButton").fire());
        tour.steps.waitUntil("the save task in the panel", () -> tour.console.tasks().rows().size() == 1);
        tour.advance(Duration.ofSeconds(TourAppliances.TASK_SECONDS));
        DialogPane error = tour.dialog("error-dialog");
        tour.shots.dialog("error-dialog", "save-refused-error-message",
                "A save the appliance refused: its message, details, recommended actions and nested errors");
        tour.press(error, ButtonBar.ButtonData.CANCEL_CLOSE);
        tour.waitNoDialog("error-dialog");

        tour.appliances.demo().start().editProfileAsAnotherUser(id, profile -> {
            profile.put("description", "Changed by the night shift");
            ((ObjectNode) profile.at("/connectionSettings/connections/0")).put("requestedMbps", "12500");
        });
        tour.steps.fire(() -> TourContext.button("#saveButton").fire());
        DialogPane merge = tour.dialog("merge-dialog");
        tour.steps.onFx(() -> {
            ((ToggleButton) FxSteps.find(".toggle-button",
                    node -> "Description: Mine".equals(node.getAccessibleText())).orElseThrow()).fire();
            return null;
        });
        tour.shots.dialog("merge-dialog", "merge-dialog-conflict",
                "Someone else saved first (412): one conflict to decide, other changes merged by themselves");
        tour.press(merge, "Save merged");
        tour.waitNoDialog("merge-dialog");
        tour.advance(Duration.ofSeconds(TourAppliances.TASK_SECONDS));
        tour.steps.waitUntil("the merged save", () -> TourContext.label(text -> text.startsWith("Saved")));
    }

    private String openEditedProfile() {
        ProfileRow row = tour.steps.onFx(() -> {
            @SuppressWarnings("unchecked")
            TableView<ProfileRow> table = (TableView<ProfileRow>) table();
            ProfileRow chosen = table.getItems().stream().filter(candidate -> EDITED_PROFILE.equals(candidate.name()))
                    .findFirst().orElseThrow();
            table.getSelectionModel().select(chosen);
            table.scrollTo(table.getSelectionModel().getSelectedIndex());
            return chosen;
        });
        tour.steps.fire(() -> ((Button) FxSteps.find(".profiles-tabs", Node::isVisible).orElseThrow()
                .lookup("#editButton")).fire());
        tour.steps.waitUntil("the editor", () -> description().isPresent());
        tour.steps.onFx(() -> {
            TextField description = (TextField) description().orElseThrow();
            description.requestFocus();
            description.setText("Rebuilt after the rack move");
            return null;
        });
        tour.steps.waitUntil("the edit marked", () -> TourContext.label(text -> text.equals("Unsaved changes")));
        return row.uri().substring(row.uri().lastIndexOf('/') + 1);
    }

    /** One picture per editor section, each scrolled to the top of the form. */
    private void editorSections() {
        List<String> titles = tour.steps.onFx(() -> FxSteps.find(".editor-body", Node::isVisible).orElseThrow()
                .lookupAll(".editor-section-title").stream().map(node -> ((Label) node).getText()).toList());
        double last = -1;
        for (String title : titles) {
            double at = tour.steps.onFx(() -> scrollTo(title));
            if (at <= last) {
                continue;
            }
            last = at;
            tour.shots.window("profile-editor-" + slug(title), "Profile editor: " + title);
        }
    }

    private static double scrollTo(String title) {
        Region body = (Region) FxSteps.find(".editor-body", Node::isVisible).orElseThrow();
        ScrollPane scroll = (ScrollPane) ancestor(body, ScrollPane.class);
        Node label = body.lookupAll(".editor-section-title").stream()
                .filter(node -> title.equals(((Label) node).getText())).findFirst().orElseThrow();
        double range = body.getHeight() - scroll.getViewportBounds().getHeight();
        double value = range <= 0 ? 0 : Math.min(1, label.getBoundsInParent().getMinY() / range);
        scroll.setVvalue(value);
        return value;
    }

    private static Node ancestor(Node node, Class<?> type) {
        Node at = node.getParent();
        while (at != null && !type.isInstance(at)) {
            at = at.getParent();
        }
        return at;
    }

    private static String slug(String title) {
        return title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void sortBy(TableView table, TableColumn column) {
        table.getSortOrder().setAll(column);
    }

    /** The server hardware names arrive after the rows: wait for them, not a moment between. */
    private static boolean hardwareNamed() {
        return table().getItems().stream().map(ProfileRow.class::cast)
                .allMatch(row -> row.serverHardwareUri() == null || row.serverHardwareUri().isBlank()
                        || (row.hardwareName() != null && !row.hardwareName().isEmpty()));
    }

    private static boolean descending(List<String> names) {
        for (int i = 1; i < names.size(); i++) {
            if (names.get(i - 1).compareTo(names.get(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static TableView<?> table() {
        return (TableView<?>) FxSteps.find(".profile-table", Node::isVisible).orElseThrow();
    }

    private static String summary() {
        return FxSteps.find(".profiles-summary", Node::isVisible).map(node -> ((Label) node).getText()).orElse("");
    }

    private static Optional<Node> description() {
        return FxSteps.find(".text-field", node -> node instanceof TextField && node.isVisible()
                && "Description".equals(node.getAccessibleText()));
    }
}
