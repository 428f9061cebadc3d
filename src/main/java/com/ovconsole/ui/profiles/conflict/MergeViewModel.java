package com.ovconsole.ui.profiles.conflict;

import com.ovconsole.merge.ChangeKind;
import com.ovconsole.merge.Choice;
import com.ovconsole.merge.FieldPath;
import com.ovconsole.merge.MergeResult;
import com.ovconsole.ui.profiles.FieldLabels;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The merge dialog's state: every changed field (conflicts first), the choice per conflict and a
 * preview of the merged profile that follows the choices.
 */
public final class MergeViewModel {

    private static final JsonMapper PRETTY = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final MergeResult result;
    private final ObservableList<MergeRow> rows;
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper();
    private final long conflictCount;
    private final long automaticCount;

    public MergeViewModel(MergeResult result, FieldLabels labels) {
        this.result = result;
        // Conflicts first, then what merged by itself, the appliance's own bookkeeping last.
        List<MergeRow> made = result.changes().stream()
                .sorted(java.util.Comparator.comparingInt(change -> rank(change.kind())))
                .map(change -> new MergeRow(change, labels.label(change.path())))
                .toList();
        this.rows = FXCollections.observableArrayList(made);
        this.conflictCount = made.stream().filter(MergeRow::isConflict).count();
        this.automaticCount = made.stream().filter(row -> !row.isConflict() && row.kind() != ChangeKind.SERVER_MANAGED).count();
        InvalidationListener update = observable -> preview.set(PRETTY.writeValueAsString(merged()));
        made.forEach(row -> row.choiceProperty().addListener(update));
        update.invalidated(null);
    }

    private static int rank(ChangeKind kind) {
        return switch (kind) {
            case CONFLICT -> 0;
            case MINE_ONLY -> 1;
            case THEIRS_ONLY -> 2;
            case BOTH_SAME -> 3;
            case SERVER_MANAGED -> 4;
        };
    }

    // Properties

    /** Conflicts first, then what merged by itself (mine only, theirs only, both the same, appliance-managed). */
    public ObservableList<MergeRow> rows() {
        return rows;
    }

    /** The merged profile as pretty JSON, following the current choices. */
    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public long conflictCount() {
        return conflictCount;
    }

    /** Changes by one side only (or the same on both), merged without asking. */
    public long automaticCount() {
        return automaticCount;
    }

    // Commands

    public void choose(MergeRow row, Choice choice) {
        if (row.isConflict()) {
            row.choiceProperty().set(choice);
        }
    }

    public void chooseAll(Choice choice) {
        rows.stream().filter(MergeRow::isConflict).forEach(row -> row.choiceProperty().set(choice));
    }

    /** The profile to save: both sides' changes with each conflict as chosen. */
    public ObjectNode merged() {
        Map<FieldPath, Choice> choices = new HashMap<>();
        rows.stream().filter(MergeRow::isConflict).forEach(row -> choices.put(row.change().path(), row.choiceProperty().get()));
        JsonNode merged = result.resolve(choices);
        return (ObjectNode) merged;
    }
}
