package com.ovconsole.ui.tasks;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

/**
 * A task's resource name: a link that opens it where it can be opened, plain text otherwise (no
 * resource, a disconnected appliance). The cell draws itself again when its row's
 * {@code linkChanges} value changes: a disconnect changes no cell value, so the table would keep the link.
 */
final class ResourceLinkCell<S> extends TableCell<S, String> {

    private final Predicate<S> linkable;
    private final Consumer<S> open;
    private final Function<S, String> tooltip;
    private final Function<S, ObservableValue<?>> linkChanges;
    private final Hyperlink link = new Hyperlink();
    private final ChangeListener<Object> relink = (property, old, now) -> show(getItem(), isEmpty());
    /** The cell is short-lived beside its rows: the rows must not keep it alive. */
    private final WeakChangeListener<Object> weakRelink = new WeakChangeListener<>(relink);
    private ObservableValue<?> watched;

    /**
     * @param tooltip the link's tooltip, or why a named resource is no link (null: none)
     * @param linkChanges what changes when the item's link comes or goes
     */
    ResourceLinkCell(Predicate<S> linkable, Consumer<S> open, Function<S, String> tooltip,
            Function<S, ObservableValue<?>> linkChanges) {
        this.linkable = linkable;
        this.open = open;
        this.tooltip = tooltip;
        this.linkChanges = linkChanges;
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
        watch(empty || item == null ? null : linkChanges.apply(item));
        show(name, empty);
    }

    @SuppressWarnings("unchecked")
    private void watch(ObservableValue<?> changes) {
        if (changes == watched) {
            return;
        }
        if (watched != null) {
            ((ObservableValue<Object>) watched).removeListener(weakRelink);
        }
        watched = changes;
        if (changes != null) {
            ((ObservableValue<Object>) changes).addListener(weakRelink);
        }
    }

    private void show(String name, boolean empty) {
        S item = getTableRow() == null ? null : getTableRow().getItem();
        if (empty || name == null || name.isEmpty() || item == null) {
            plain(empty ? null : name, null);
        } else if (!linkable.test(item)) {
            plain(name, tooltip.apply(item));
        } else {
            link.setText(name);
            link.setTooltip(new Tooltip(tooltip.apply(item)));
            setText(null);
            setTooltip(null);
            setGraphic(link);
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }
    }

    private void plain(String name, String why) {
        setText(name);
        setTooltip(why == null ? null : new Tooltip(why));
        setGraphic(null);
        setContentDisplay(ContentDisplay.TEXT_ONLY);
    }
}
