package com.ovconsole.ui.tasks;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TableCell;

/**
 * A task's resource name: a link that opens it where it can be opened, plain text otherwise (no
 * resource, a disconnected appliance).
 */
final class ResourceLinkCell<S> extends TableCell<S, String> {

    private final Predicate<S> linkable;
    private final Consumer<S> open;
    private final Function<S, String> tooltip;
    private final Hyperlink link = new Hyperlink();

    ResourceLinkCell(Predicate<S> linkable, Consumer<S> open, Function<S, String> tooltip) {
        this.linkable = linkable;
        this.open = open;
        this.tooltip = tooltip;
        link.getStyleClass().add("task-resource-link");
        link.setOnAction(event -> {
            S item = getTableRow() == null ? null : getTableRow().getItem();
            if (item != null) {
                // The click also selects its row, as a click anywhere else on the row does (its details show).
                getTableView().getSelectionModel().select(getIndex());
                this.open.accept(item);
            }
            link.setVisited(false);
        });
    }

    @Override
    protected void updateItem(String name, boolean empty) {
        super.updateItem(name, empty);
        S item = getTableRow() == null ? null : getTableRow().getItem();
        if (empty || name == null || name.isEmpty() || item == null || !linkable.test(item)) {
            setText(empty ? null : name);
            setGraphic(null);
            setContentDisplay(ContentDisplay.TEXT_ONLY);
            return;
        }
        link.setText(name);
        link.setTooltip(new javafx.scene.control.Tooltip(tooltip.apply(item)));
        setText(null);
        setGraphic(link);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }
}
