package com.ovconsole.ui.profiles.conflict;

import com.ovconsole.merge.Choice;
import com.ovconsole.ui.Messages;
import com.ovconsole.ui.profiles.Timestamps;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/** The merge dialog's content: one row per changed field, conflicts first and highlighted. */
public final class MergeView {

    private static final PseudoClass CONFLICT = PseudoClass.getPseudoClass("conflict");

    private final MergeViewModel merge;
    private final Messages messages;

    @FXML private Label summaryLabel;
    @FXML private TableView<MergeRow> table;
    @FXML private TableColumn<MergeRow, String> fieldColumn;
    @FXML private TableColumn<MergeRow, String> baseColumn;
    @FXML private TableColumn<MergeRow, String> mineColumn;
    @FXML private TableColumn<MergeRow, String> theirsColumn;
    @FXML private TableColumn<MergeRow, MergeRow> choiceColumn;
    @FXML private TableColumn<MergeRow, String> resultColumn;
    @FXML private TextArea previewArea;

    public MergeView(MergeViewModel merge, Messages messages) {
        this.merge = merge;
        this.messages = messages;
    }

    @FXML
    void initialize() {
        summaryLabel.setText(messages.format("profiles.merge.summary", merge.conflictCount(), merge.automaticCount()));
        table.setItems(merge.rows());
        fieldColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().label()));
        baseColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().base()));
        mineColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().mine()));
        theirsColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().theirs()));
        resultColumn.setCellValueFactory(cell -> cell.getValue().chosenValueProperty());
        choiceColumn.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyObjectWrapper<>(cell.getValue()));
        choiceColumn.setCellFactory(column -> new ChoiceCell());
        List.of(fieldColumn, baseColumn, mineColumn, theirsColumn, resultColumn)
                .forEach(column -> column.setCellFactory(c -> new ValueCell()));
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(MergeRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(CONFLICT, !empty && row != null && row.isConflict());
            }
        });
        previewArea.textProperty().bind(merge.previewProperty());
    }

    /** A value that may be longer than its column: the whole of it in a tooltip. */
    /** A value shown whole: the cell wraps and the row grows, so no value ends in an ellipsis. */
    private static final class ValueCell extends TableCell<MergeRow, String> {
        private final Label text = new Label();

        private static final double PADDING = 16;

        /** The row asks its cells for their height without a width: answer for the column's width. */
        @Override
        protected double computePrefHeight(double width) {
            if (isEmpty() || getTableColumn() == null) {
                return super.computePrefHeight(width);
            }
            double inner = getTableColumn().getWidth() - PADDING;
            return Math.max(super.computePrefHeight(width),
                    snappedTopInset() + text.prefHeight(inner) + snappedBottomInset());
        }

        ValueCell() {
            text.setWrapText(true);
            text.setMinHeight(Region.USE_PREF_SIZE);
            text.getStyleClass().add("merge-value");
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(String value, boolean empty) {
            super.updateItem(value, empty);
            text.setText(empty ? null : Timestamps.ifTimestamp(value));
            if (getTableColumn() != null && !text.maxWidthProperty().isBound()) {
                text.maxWidthProperty().bind(getTableColumn().widthProperty().subtract(PADDING));
                text.prefWidthProperty().bind(text.maxWidthProperty());
            }
            setGraphic(empty ? null : text);
            setTooltip(empty || value == null || value.length() < 20 ? null : new Tooltip(value));
        }
    }

    /**
     * Mine / Theirs toggles for a conflict; for the rest, how it merged. The controls are made
     * once per cell; one listener follows the shown row's choice and moves when the cell is reused.
     */
    private final class ChoiceCell extends TableCell<MergeRow, MergeRow> {

        private final Label kind = new Label();
        private final ToggleGroup group = new ToggleGroup();
        private final ToggleButton mine = toggle(messages.get("profiles.merge.mine"), Choice.MINE);
        private final ToggleButton theirs = toggle(messages.get("profiles.merge.theirs"), Choice.THEIRS);
        private final HBox buttons = new HBox(mine, theirs);
        private final ChangeListener<Choice> follow = (observable, old, now) -> showChoice(now);
        private MergeRow followed;

        ChoiceCell() {
            kind.getStyleClass().addAll("badge", "merge-kind");
            buttons.getStyleClass().add("merge-choice");
        }

        @Override
        protected void updateItem(MergeRow row, boolean empty) {
            super.updateItem(row, empty);
            if (followed != null) {
                followed.choiceProperty().removeListener(follow);
                followed = null;
            }
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
            } else if (!row.isConflict()) {
                kind.setText(switch (row.kind()) {
                    case MINE_ONLY -> messages.get("profiles.merge.kind.mineOnly");
                    case THEIRS_ONLY -> messages.get("profiles.merge.kind.theirsOnly");
                    case BOTH_SAME -> messages.get("profiles.merge.kind.same");
                    default -> messages.get("profiles.merge.kind.server");
                });
                setGraphic(kind);
            } else {
                followed = row;
                row.choiceProperty().addListener(follow);
                showChoice(row.choiceProperty().get());
                mine.setAccessibleText(row.label() + ": " + mine.getText());
                theirs.setAccessibleText(row.label() + ": " + theirs.getText());
                setGraphic(buttons);
            }
        }

        private void showChoice(Choice choice) {
            mine.setSelected(choice == Choice.MINE);
            theirs.setSelected(choice == Choice.THEIRS);
        }

        private ToggleButton toggle(String text, Choice choice) {
            ToggleButton button = new ToggleButton(text);
            button.setToggleGroup(group);
            button.getStyleClass().add(choice == Choice.MINE ? "left-pill" : "right-pill");
            button.setMinWidth(64);
            button.setOnAction(event -> {
                merge.choose(getItem(), choice);
                button.setSelected(true);
            });
            return button;
        }
    }

    @FXML
    void allMine() {
        merge.chooseAll(Choice.MINE);
    }

    @FXML
    void allTheirs() {
        merge.chooseAll(Choice.THEIRS);
    }
}
