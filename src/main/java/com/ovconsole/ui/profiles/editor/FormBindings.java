package com.ovconsole.ui.profiles.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.MultipleSelectionModel;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/**
 * Binds the rows the section FXML declares ("label: field") to the editor's ViewModel: the label
 * names its field (for screen readers too) and turns bold and coloured while the field is dirty.
 */
final class FormBindings {

    static final PseudoClass DIRTY = PseudoClass.getPseudoClass("dirty");
    static final PseudoClass MISSING = PseudoClass.getPseudoClass("missing");

    private FormBindings() {
    }

    /** A row "label: field"; {@code dirty} may be null for fields that cannot change. */
    static void row(Label label, Control field, ObservableBooleanValue dirty) {
        label.setLabelFor(field);
        label.setMnemonicParsing(false);
        field.setMaxWidth(Double.MAX_VALUE);
        field.setAccessibleText(label.getText());
        if (dirty != null) {
            markDirty(label, dirty);
        }
    }

    static void text(Label label, TextField text, ProfileEditorViewModel editor, ProfileField field) {
        text.textProperty().bindBidirectional(editor.text(field));
        row(label, text, editor.dirtyProperty(field));
    }

    static void choice(Label label, ComboBox<String> combo, ProfileEditorViewModel editor, ProfileField field) {
        combo.getItems().setAll(editor.choices(field));
        combo.valueProperty().bindBidirectional(editor.text(field));
        row(label, combo, editor.dirtyProperty(field));
    }

    static void check(Label label, CheckBox box, ProfileEditorViewModel editor, ProfileField field) {
        check(box, editor, field);
        row(label, box, editor.dirtyProperty(field));
    }

    /** A check box alone, outside a row. */
    static void check(CheckBox box, ProfileEditorViewModel editor, ProfileField field) {
        box.selectedProperty().bindBidirectional(editor.flag(field));
    }

    /** A row with a drop-down of appliance resources; while the list is missing, the note under it says so. */
    static void picker(Label label, ComboBox<PickerChoice> combo, Label note, ProfileEditorViewModel editor,
            ProfileField field, PickerChoice none) {
        picker(combo, editor.text(field), editor.pickList(field), none, editor.lookupNote(field));
        row(label, combo, editor.dirtyProperty(field));
        note.textProperty().bind(editor.lookupNote(field));
        note(note);
    }

    /** An inline message under a row (validation); hidden while empty. */
    static void message(Label message) {
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
    }

    /** A note under a row (a pick list the appliance lacks); hidden while empty, read out as it reads. */
    static void note(Label note) {
        message(note);
        note.accessibleTextProperty().bind(note.textProperty());
    }

    /** Shows {@code dirty} on {@code label}: the pseudo-class for the style, a dot for the eye. */
    static void markDirty(Label label, ObservableBooleanValue dirty) {
        Region dot = new Region();
        dot.getStyleClass().add("dirty-marker");
        label.setContentDisplay(ContentDisplay.RIGHT);
        Runnable update = () -> {
            label.pseudoClassStateChanged(DIRTY, dirty.get());
            label.setGraphic(dirty.get() ? dot : null);
        };
        dirty.addListener((observable, old, now) -> update.run());
        update.run();
    }

    /**
     * Moves the selected item of {@code items} by {@code delta} with {@code move} (index, delta: the
     * ViewModel's command); the selection follows the item.
     */
    static void moveSelected(MultipleSelectionModel<?> selection, List<?> items, int delta, BiConsumer<Integer, Integer> move) {
        int index = selection.getSelectedIndex();
        move.accept(index, delta);
        selection.clearAndSelect(Math.max(0, Math.min(items.size() - 1, index + delta)));
    }

    /** A table column whose cells edit a text property of the row in place. */
    static <R> void editableText(TableColumn<R, String> column, Function<R, StringProperty> property) {
        column.setCellValueFactory(cell -> property.apply(cell.getValue()));
        column.setCellFactory(TextFieldTableCell.forTableColumn());
    }

    /** A new picker, for a table cell being edited: see {@link #picker(ComboBox, StringProperty, ObservableList, PickerChoice, ObservableStringValue)}. */
    static ComboBox<PickerChoice> picker(StringProperty uri, ObservableList<PickerChoice> choices,
            ObservableStringValue missing) {
        ComboBox<PickerChoice> combo = new ComboBox<>();
        picker(combo, uri, choices, null, missing);
        return combo;
    }

    /**
     * A picker of appliance resources bound to a URI property: the URI stays the truth, the
     * selection follows it when the choices arrive (they load off the UI thread). While
     * {@code missing} is not empty (the appliance lacks the list) the drop-down takes a typed URI
     * instead, keeping the current value, and says why in its prompt and tooltip.
     */
    static void picker(ComboBox<PickerChoice> combo, StringProperty uri, ObservableList<PickerChoice> choices,
            PickerChoice none, ObservableStringValue missing) {
        typedWhenMissing(combo, uri, missing);
        Runnable fill = () -> {
            List<PickerChoice> all = new ArrayList<>();
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
            combo.setTooltip(gone ? new Tooltip(missing.get()) : null);
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
