package com.ovconsole.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Column widths from content: a column is made as wide as its widest text (its header and every
 * row's cell text, or given samples for text that changes by the second), and never narrower, so
 * a cell never shows an ellipsis; a table too narrow for its columns scrolls instead. Refits when
 * the rows change, once the table is shown (its font known), coalesced into one pass per pulse.
 */
public final class ColumnWidths {

    /** Cell padding on both sides. */
    private static final double CELL_PADDING = 18;
    /** Header padding plus the room a sort arrow takes. */
    private static final double HEADER_PADDING = 30;
    /** Header padding of a column that cannot be sorted: no arrow to make room for. */
    private static final double UNSORTED_HEADER_PADDING = 18;
    private static final String KEY = ColumnWidths.class.getName();

    /** One column's texts: its cells' texts (or samples), plus room for a graphic. */
    private record Fit(TableColumn<?, ?> column, double graphic, Supplier<Collection<String>> texts) {
    }

    /** Every fitted column of one table, refitted together. */
    private static final class Fitter {
        private final TableView<?> table;
        private final List<Fit> fits = new ArrayList<>();
        private boolean pending;

        Fitter(TableView<?> table) {
            this.table = table;
            ListChangeListener<Object> rowsChanged = change -> schedule();
            @SuppressWarnings("unchecked")
            TableView<Object> rows = (TableView<Object>) table;
            if (rows.getItems() != null) {
                rows.getItems().addListener(rowsChanged);
            }
            rows.itemsProperty().addListener((property, old, items) -> {
                if (old != null) {
                    old.removeListener(rowsChanged);
                }
                if (items != null) {
                    items.addListener(rowsChanged);
                }
                schedule();
            });
            table.skinProperty().addListener(observable -> schedule());
            table.widthProperty().addListener(observable -> schedule());
        }

        void schedule() {
            if (!pending) {
                pending = true;
                Platform.runLater(this::refit);
            }
        }

        private void refit() {
            pending = false;
            Font font = font(table);
            if (font == null) {
                return; // not shown yet: the width listener brings it back
            }
            Font headerFont = table.lookup(".column-header .label") instanceof Labeled header ? header.getFont() : font;
            for (Fit fit : fits) {
                double width = fit.column().getText() == null ? 0
                        : textWidth(fit.column().getText(), headerFont)
                                + (fit.column().isSortable() ? HEADER_PADDING : UNSORTED_HEADER_PADDING);
                for (String text : fit.texts().get()) {
                    width = Math.max(width, textWidth(text, font) + fit.graphic() + CELL_PADDING);
                }
                double rounded = Math.ceil(width);
                fit.column().setMinWidth(rounded);
                fit.column().setPrefWidth(rounded);
            }
        }
    }

    private ColumnWidths() {
    }

    /** Keeps {@code columns} as wide as their cells' texts whenever the table's rows change. */
    public static <S> void fitToContent(TableView<S> table, List<? extends TableColumn<S, ?>> columns) {
        Fitter fitter = fitter(table);
        for (TableColumn<S, ?> column : columns) {
            fitter.fits.add(new Fit(column, 0, () -> cellTexts(table, column)));
        }
        fitter.schedule();
    }

    /** A column whose text changes all the time (elapsed time, ETA): as wide as the widest sample. */
    public static <S> void fitSamples(TableView<S> table, TableColumn<S, ?> column, double graphic, String... samples) {
        fitTexts(table, column, graphic, () -> List.of(samples));
    }

    /** As wide as the widest of what {@code texts} gives at each refit (e.g. the names a picker column shows). */
    public static <S> void fitTexts(TableView<S> table, TableColumn<S, ?> column, double graphic,
            Supplier<Collection<String>> texts) {
        Fitter fitter = fitter(table);
        fitter.fits.add(new Fit(column, graphic, texts));
        fitter.schedule();
    }

    /** Fits again now-ish (e.g. the names a column shows have arrived). */
    public static void refit(TableView<?> table) {
        fitter(table).schedule();
    }

    private static Fitter fitter(TableView<?> table) {
        return (Fitter) table.getProperties().computeIfAbsent(KEY, key -> new Fitter(table));
    }

    private static <S> Collection<String> cellTexts(TableView<S> table, TableColumn<S, ?> column) {
        List<String> texts = new ArrayList<>();
        for (S row : table.getItems()) {
            Object value = column.getCellData(row);
            if (value != null) {
                texts.add(value.toString());
            }
        }
        return texts;
    }

    private static double textWidth(String text, Font font) {
        Text measure = new Text(text);
        measure.setFont(font);
        return measure.getLayoutBounds().getWidth();
    }

    /** The font the table's cells are drawn in (after CSS); null while the table is not shown. */
    private static Font font(TableView<?> table) {
        if (table.getScene() == null || table.getSkin() == null) {
            return null;
        }
        if (table.lookup(".table-cell") instanceof Labeled cell) {
            return cell.getFont();
        }
        Node header = table.lookup(".column-header .label");
        if (header instanceof Labeled label) {
            // Headers are bold; cells use the same family and size, regular.
            return Font.font(label.getFont().getFamily(), FontWeight.NORMAL, label.getFont().getSize());
        }
        return null;
    }
}
