package com.ovconsole.ui.tasks;

import javafx.beans.InvalidationListener;
import javafx.scene.control.TableCell;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The state column: an icon and the state's text, coloured by {@link TaskLook} (tasks.css). */
final class TaskStateCell extends TableCell<TaskRow, TaskRow> {

    private final FontIcon icon = new FontIcon();
    private final InvalidationListener changed = observable -> show(getItem());
    private TaskRow shown;

    TaskStateCell() {
        getStyleClass().add("task-state-cell");
    }

    @Override
    protected void updateItem(TaskRow row, boolean empty) {
        super.updateItem(row, empty);
        if (shown != null) {
            shown.lookProperty().removeListener(changed);
            shown.stateTextProperty().removeListener(changed);
        }
        shown = empty ? null : row;
        if (shown != null) {
            shown.lookProperty().addListener(changed);
            shown.stateTextProperty().addListener(changed);
        }
        show(shown);
    }

    private void show(TaskRow row) {
        getStyleClass().removeIf(style -> style.startsWith("task-state-") && !style.equals("task-state-cell"));
        if (row == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        TaskLook look = row.getLook();
        getStyleClass().add(look.styleClass());
        icon.setIconCode(iconOf(look));
        setGraphic(icon);
        setText(row.getStateText());
    }

    static Feather iconOf(TaskLook look) {
        return switch (look) {
            case RUNNING -> Feather.LOADER;
            case RECONNECTING -> Feather.WIFI_OFF;
            case COMPLETED -> Feather.CHECK_CIRCLE;
            case WARNING -> Feather.ALERT_TRIANGLE;
            case ERROR -> Feather.X_OCTAGON;
            case STOPPED -> Feather.SLASH;
            case GONE -> Feather.HELP_CIRCLE;
            case NOT_WATCHED -> Feather.EYE_OFF;
            case UNKNOWN -> Feather.HELP_CIRCLE;
        };
    }
}
