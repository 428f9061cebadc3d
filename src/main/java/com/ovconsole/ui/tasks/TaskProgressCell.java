package com.ovconsole.ui.tasks;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The progress column: computedPercentComplete as a bar with the percent beside it. */
final class TaskProgressCell extends TableCell<TaskRow, Number> {

    private final ProgressBar bar = new ProgressBar();
    private final Label percent = new Label();
    private final HBox box = new HBox(6, bar, percent);

    TaskProgressCell() {
        getStyleClass().add("task-progress-cell");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.setPrefWidth(60);
        bar.setMinWidth(30);
        percent.setMinWidth(Region.USE_PREF_SIZE);
        box.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(bar, Priority.ALWAYS);
        percent.getStyleClass().add("task-percent");
    }

    @Override
    protected void updateItem(Number value, boolean empty) {
        super.updateItem(value, empty);
        if (empty || value == null) {
            setGraphic(null);
            return;
        }
        bar.setProgress(value.doubleValue());
        percent.setText(String.format(Locale.ROOT, "%d %%", Math.round(value.doubleValue() * 100)));
        setGraphic(box);
    }
}
