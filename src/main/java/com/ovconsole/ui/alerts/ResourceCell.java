package com.ovconsole.ui.alerts;

import java.util.function.Consumer;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TableCell;

/**
 * The alert's resource: a link that opens it in its tab when the console knows its kind, its name
 * as plain text when not, and a dash when the alert names no resource.
 */
final class ResourceCell extends TableCell<AlertRow, String> {

    private final Hyperlink link = new Hyperlink();

    ResourceCell(Consumer<AlertRow> open) {
        link.setOnAction(event -> {
            AlertRow row = getTableRow() == null ? null : getTableRow().getItem();
            if (row != null) {
                open.accept(row);
            }
        });
        link.setFocusTraversable(false);
    }

    @Override
    protected void updateItem(String name, boolean empty) {
        super.updateItem(name, empty);
        getStyleClass().remove("resource-none");
        AlertRow row = getTableRow() == null ? null : getTableRow().getItem();
        if (empty || name == null || row == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        if (row.linkUri() != null) {
            link.setText(name);
            link.setVisited(false);
            setText(null);
            setGraphic(link);
        } else {
            setGraphic(null);
            setText(name);
            if (row.resourceName().isEmpty()) {
                getStyleClass().add("resource-none");
            }
        }
    }
}
