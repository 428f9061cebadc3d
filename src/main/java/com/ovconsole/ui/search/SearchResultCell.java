package com.ovconsole.ui.search;

import com.ovconsole.ui.Messages;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** One result: the kind's icon, the name over a muted detail line, and its appliance as a tag; the tooltip says it all. */
final class SearchResultCell extends ListCell<SearchResult> {

    private final Messages messages;

    SearchResultCell(Messages messages) {
        this.messages = messages;
        // The cell takes the list's width, not its content's: long names end in "…", never scroll sideways.
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(SearchResult result, boolean empty) {
        super.updateItem(result, empty);
        setText(null);
        if (empty || result == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        String kind = switch (result.kind()) {
            case PROFILE -> messages.get("search.kind.profile");
            case SERVER -> messages.get("search.kind.server");
            case ALERT -> messages.get("search.kind.alert");
        };
        FontIcon icon = new FontIcon(result.kind().icon());
        Label iconLabel = new Label(null, icon);
        iconLabel.setMinWidth(Region.USE_PREF_SIZE);
        Label name = new Label(result.name());
        name.getStyleClass().add("search-result-name");
        name.setMinWidth(0);
        // The icon says the kind; the line under the name keeps its room for the detail (the kind when there is none).
        Label detail = new Label(result.detail().isEmpty() ? kind : result.detail());
        detail.getStyleClass().add("muted");
        detail.setMinWidth(0);
        VBox text = new VBox(1, name, detail);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        Label tag = new Label(result.appliance().displayName());
        tag.getStyleClass().addAll("badge", "search-appliance-tag");
        tag.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(10, iconLabel, text, tag);
        row.getStyleClass().add("search-result");
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        setGraphic(row);
        setAccessibleText(kind + " " + result.name() + ", " + result.appliance().displayName());
        setTooltip(new Tooltip(kind + ": " + result.name() + "\n" + result.appliance().displayName() + " · " + result.uri()));
    }
}
