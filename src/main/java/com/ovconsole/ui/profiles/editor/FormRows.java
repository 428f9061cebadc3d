package com.ovconsole.ui.profiles.editor;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;

/** Builds the editor's labelled rows; a label turns bold and coloured while its field is dirty. */
final class FormRows {

    static final PseudoClass DIRTY = PseudoClass.getPseudoClass("dirty");
    static final PseudoClass MISSING = PseudoClass.getPseudoClass("missing");

    private final GridPane grid = new GridPane();
    private int row;

    FormRows() {
        grid.getStyleClass().add("editor-grid");
        ColumnConstraints labels = new ColumnConstraints(170);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMaxWidth(520);
        grid.getColumnConstraints().addAll(labels, fields);
    }

    GridPane grid() {
        return grid;
    }

    /** A row "label: field"; {@code dirty} may be null for fields that cannot change. */
    Label add(String text, Node field, ObservableBooleanValue dirty) {
        Label label = new Label(text);
        label.getStyleClass().add("field-label");
        label.setLabelFor(field);
        label.setMnemonicParsing(false);
        if (field instanceof javafx.scene.control.Control control) {
            control.setMaxWidth(Double.MAX_VALUE);
            control.setAccessibleText(text);
        }
        if (dirty != null) {
            markDirty(label, dirty);
        }
        grid.addRow(row++, label, field);
        return label;
    }

    /** An inline message under the last row (validation); hidden while empty. */
    void addMessage(Label message) {
        message.getStyleClass().add("inline-error");
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        message.setWrapText(true);
        grid.add(message, 1, row++);
    }

    /** A note under the last row (a pick list the appliance lacks); hidden while empty. */
    void addNote(Label note) {
        addMessage(note);
        note.getStyleClass().setAll("label", "lookup-note");
        note.setAccessibleText(note.getText());
        note.textProperty().addListener((observable, old, now) -> note.setAccessibleText(now));
    }

    /** Shows {@code dirty} on {@code label}: the pseudo-class for the style, a dot for the eye. */
    static void markDirty(Label label, ObservableBooleanValue dirty) {
        javafx.scene.layout.Region dot = new javafx.scene.layout.Region();
        dot.getStyleClass().add("dirty-marker");
        label.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        Runnable update = () -> {
            label.pseudoClassStateChanged(DIRTY, dirty.get());
            label.setGraphic(dirty.get() ? dot : null);
        };
        dirty.addListener((observable, old, now) -> update.run());
        update.run();
    }

    static ComboBox<String> choices(StringProperty value, List<String> options) {
        ComboBox<String> combo = new ComboBox<>();
        combo.getItems().setAll(options);
        combo.valueProperty().bindBidirectional(value);
        return combo;
    }

    /**
     * A picker of appliance resources bound to a URI property: the URI stays the truth, the
     * selection follows it when the choices arrive (they load off the UI thread).
     */
    static ComboBox<PickerChoice> picker(StringProperty uri, ObservableList<PickerChoice> choices, PickerChoice none) {
        return picker(uri, choices, none, null);
    }

    /**
     * As above; while {@code missing} is not empty (the appliance lacks the list) the drop-down takes
     * a typed URI instead, keeping the current value, and says why in its prompt and tooltip.
     */
    static ComboBox<PickerChoice> picker(StringProperty uri, ObservableList<PickerChoice> choices, PickerChoice none,
            ObservableStringValue missing) {
        ComboBox<PickerChoice> combo = new ComboBox<>();
        if (missing != null) {
            typedWhenMissing(combo, uri, missing);
        }
        Runnable fill = () -> {
            List<PickerChoice> all = new java.util.ArrayList<>();
            if (none != null) {
                all.add(none);
            }
            all.addAll(choices);
            combo.getItems().setAll(all);
            select(combo, uri.get());
        };
        choices.addListener((ListChangeListener<PickerChoice>) change -> fill.run());
        uri.addListener((observable, old, now) -> select(combo, now));
        combo.valueProperty().addListener((observable, old, chosen) -> {
            if (chosen != null && !Objects.equals(chosen.uri(), uri.get())) {
                uri.set(chosen.uri());
            }
        });
        fill.run();
        return combo;
    }

    private static void typedWhenMissing(ComboBox<PickerChoice> combo, StringProperty uri, ObservableStringValue missing) {
        combo.setConverter(new StringConverter<>() {
            @Override
            public String toString(PickerChoice choice) {
                return choice == null ? "" : choice.name();
            }

            @Override
            public PickerChoice fromString(String text) {
                String typed = text == null ? "" : text.strip();
                return combo.getItems().stream().filter(c -> c.name().equals(typed) || c.uri().equals(typed)).findFirst()
                        .orElse(new PickerChoice(typed, typed));
            }
        });
        Runnable update = () -> {
            boolean gone = !missing.get().isEmpty();
            combo.setEditable(gone);
            combo.setPromptText(gone ? missing.get() : null);
            combo.setTooltip(gone ? new javafx.scene.control.Tooltip(missing.get()) : null);
            combo.pseudoClassStateChanged(MISSING, gone);
            if (gone) {
                select(combo, uri.get());
            }
        };
        missing.addListener((observable, old, now) -> update.run());
        update.run();
    }

    private static void select(ComboBox<PickerChoice> combo, String uri) {
        String wanted = uri == null ? "" : uri;
        combo.getItems().stream().filter(c -> c.uri().equals(wanted)).findFirst()
                .ifPresentOrElse(combo::setValue, () -> combo.setValue(wanted.isEmpty() ? null : new PickerChoice(wanted, wanted)));
    }
}
