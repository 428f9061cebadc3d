package com.ovconsole.ui.profiles.conflict;

import com.ovconsole.merge.ChangeKind;
import com.ovconsole.merge.Choice;
import com.ovconsole.merge.FieldChange;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import tools.jackson.databind.JsonNode;

/** One row of the merge dialog: a changed field, its three sides and (for a conflict) the choice. */
public final class MergeRow {

    private final FieldChange change;
    private final String label;
    private final ObjectProperty<Choice> choice = new SimpleObjectProperty<>(Choice.MINE);
    private final ReadOnlyStringWrapper chosenValue = new ReadOnlyStringWrapper();

    MergeRow(FieldChange change, String label) {
        this.change = change;
        this.label = label;
        chosenValue.bind(javafx.beans.binding.Bindings.createStringBinding(this::computeChosen, choice));
    }

    private String computeChosen() {
        return switch (change.kind()) {
            case CONFLICT -> show(choice.get() == Choice.MINE ? change.mine() : change.theirs());
            case MINE_ONLY, BOTH_SAME -> show(change.mine());
            case THEIRS_ONLY, SERVER_MANAGED -> show(change.theirs());
        };
    }

    /** How a value reads in a cell: text without quotes, "(none)" for missing, JSON for the rest. */
    static String show(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "—";
        }
        if (node.isNull()) {
            return "null";
        }
        return node.isValueNode() ? node.asString() : node.toString();
    }

    FieldChange change() {
        return change;
    }

    public String label() {
        return label;
    }

    public String path() {
        return change.path().toString();
    }

    public ChangeKind kind() {
        return change.kind();
    }

    public boolean isConflict() {
        return change.isConflict();
    }

    public String base() {
        return show(change.base());
    }

    public String mine() {
        return show(change.mine());
    }

    public String theirs() {
        return show(change.theirs());
    }

    /** Only conflicts have a choice; for the other rows it stays MINE and means nothing. */
    public ObjectProperty<Choice> choiceProperty() {
        return choice;
    }

    public ReadOnlyStringProperty chosenValueProperty() {
        return chosenValue.getReadOnlyProperty();
    }
}
