package com.ovconsole.ui;

import java.util.List;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Column widths from content: a column is made as wide as its widest text (its header and every
 * row's cell text, or given samples for text that changes by the second), and never narrower, so
 * a cell never shows an ellipsis; a table too narrow for its columns scrolls instead. Refits when
 * the rows change (coalesced into one pass per pulse).
 */
public final class ColumnWidths {

    /** Cell padding on both sides plus the room a sort arrow takes in the header. */
    private static final double CELL_PADDING = 18;
    private static final double HEADER_PADDING = 30;

    private ColumnWidths() {
    }

    /** Keeps {@code columns} as wide as their texts whenever the table's rows change. */
    public static <S> void fitToContent(TableView<S> table, List<? extends TableColumn<S, ?>> columns) {
        boolean[] pending = {false};
        Runnable refit = () -> {
            pending[0] = false;
            Font font = font(table);
            columns.forEach(column -> fit(table.getItems(), column, font, 0));
        };
        Runnable schedule = () -> {
            if (!pending[0]) {
                pending[0] = true;
                Platform.runLater(refit);
            }
        };
        ListChangeListener<S> rowsChanged = change -> schedule.run();
        table.getItems().addListener(rowsChanged);
        table.itemsProperty().addListener((property, old, items) -> {
            if (old != null) {
                old.removeListener(rowsChanged);
            }
            if (items != null) {
                items.addListener(rowsChanged);
            }
            schedule.run();
        });
        // The font is known once CSS has run: fit again when the table is shown (and on theme changes).
        table.skinProperty().addListener(observable -> schedule.run());
        table.sceneProperty().addListener(observable -> schedule.run());
        schedule.run();
    }

    /** A column whose text changes all the time (elapsed time, ETA): as wide as the widest sample. */
    public static void fitSamples(TableColumn<?, ?> column, double graphic, String... samples) {
        Runnable fit = () -> {
            TableView<?> table = column.getTableView();
            Font font = table == null ? Font.getDefault() : font(table);
            double width = header(column, font);
            for (String sample : samples) {
                width = Math.max(width, textWidth(sample, font) + graphic + CELL_PADDING);
            }
            apply(column, width);
        };
        column.tableViewProperty().addListener(observable -> fit.run());
        fit.run();
        if (column.getTableView() != null) {
            column.getTableView().skinProperty().addListener(observable -> Platform.runLater(fit));
        }
    }

    /** Once, now: as wide as the widest of {@code texts} (e.g. the names a picker column shows). */
    public static void fitTexts(TableColumn<?, ?> column, double graphic, java.util.Collection<String> texts) {
        TableView<?> table = column.getTableView();
        Font font = table == null ? Font.getDefault() : font(table);
        double width = header(column, font);
        for (String text : texts) {
            width = Math.max(width, textWidth(text, font) + graphic + CELL_PADDING);
        }
        apply(column, width);
    }

    private static <S> void fit(ObservableList<S> rows, TableColumn<S, ?> column, Font font, double graphic) {
        double width = header(column, font);
        for (S row : rows) {
            Object value = column.getCellData(row);
            if (value != null) {
                width = Math.max(width, textWidth(value.toString(), font) + graphic + CELL_PADDING);
            }
        }
        apply(column, width);
    }

    private static void apply(TableColumn<?, ?> column, double width) {
        double rounded = Math.ceil(width);
        column.setMinWidth(rounded);
        column.setPrefWidth(rounded);
    }

    private static double header(TableColumn<?, ?> column, Font font) {
        return column.getText() == null ? 0 : textWidth(column.getText(), font) + HEADER_PADDING;
    }

    private static double textWidth(String text, Font font) {
        Text measure = new Text(text);
        measure.setFont(font);
        return measure.getLayoutBounds().getWidth();
    }

    /** The font the table's cells are drawn in (after CSS), else the default. */
    private static Font font(TableView<?> table) {
        for (String selector : List.of(".table-cell", ".column-header .label")) {
            Node node = table.lookup(selector);
            if (node instanceof Labeled labeled) {
                return labeled.getFont();
            }
        }
        return Font.getDefault();
    }
}
