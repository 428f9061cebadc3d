package com.ovconsole.ui.profiles.editor;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The editable state of one profile as properties, and the way back to JSON: {@link #edited()}
 * is the tree the form was loaded from with only the fields the user changed written over it,
 * so everything this console does not know is carried through untouched.
 */
final class ProfileForm {

    private final Map<ProfileField, StringProperty> texts = new EnumMap<>(ProfileField.class);
    private final Map<ProfileField, BooleanProperty> flags = new EnumMap<>(ProfileField.class);
    private final ObservableList<ConnectionEdit> connections =
            FXCollections.observableArrayList(ConnectionEdit::observables);
    private final ObservableList<String> bootOrder = FXCollections.observableArrayList();
    private final ObservableList<BiosSettingEdit> biosSettings =
            FXCollections.observableArrayList(BiosSettingEdit::observables);
    private ObjectNode loaded = JsonNodeFactory.instance.objectNode();

    ProfileForm() {
        for (ProfileField field : ProfileField.values()) {
            switch (field.kind()) {
                case TEXT, URI -> texts.put(field, new SimpleStringProperty(""));
                case FLAG -> flags.put(field, new SimpleBooleanProperty());
                case LIST -> { }
            }
        }
    }

    /** Shows {@code tree}; later edits are written over a copy of it. */
    void load(ObjectNode tree) {
        loaded = tree.deepCopy();
        texts.forEach((field, property) -> property.set(JsonTrees.text(tree, field.pointer())));
        flags.forEach((field, property) -> property.set(JsonTrees.flag(tree, field.pointer())));
        connections.setAll(objects(tree, ProfileField.CONNECTIONS).stream().map(ConnectionEdit::of).toList());
        bootOrder.setAll(tree.at(ProfileField.BOOT_ORDER.pointer()).valueStream().map(JsonNode::asString).toList());
        biosSettings.setAll(objects(tree, ProfileField.BIOS_SETTINGS).stream().map(BiosSettingEdit::of).toList());
    }

    /** The loaded tree with the user's changes. A new copy on every call. */
    ObjectNode edited() {
        ObjectNode tree = loaded.deepCopy();
        texts.forEach((field, property) -> writeText(tree, field, property.get()));
        flags.forEach((field, property) -> {
            if (JsonTrees.flag(loaded, field.pointer()) != property.get()) {
                JsonTrees.set(tree, field.pointer(), JsonNodeFactory.instance.booleanNode(property.get()));
            }
        });
        writeList(tree, ProfileField.CONNECTIONS, connections.stream().map(ConnectionEdit::toJson).toList());
        writeList(tree, ProfileField.BOOT_ORDER, bootOrder.stream().map(JsonNodeFactory.instance::stringNode).toList());
        writeList(tree, ProfileField.BIOS_SETTINGS, biosSettings.stream().map(BiosSettingEdit::toJson).toList());
        return tree;
    }

    private void writeText(ObjectNode tree, ProfileField field, String value) {
        if (JsonTrees.text(loaded, field.pointer()).equals(value)) {
            return;
        }
        boolean nullWhenEmpty = field.kind() == ProfileField.Kind.URI;
        JsonTrees.set(tree, field.pointer(), value.isEmpty() && nullWhenEmpty
                ? JsonNodeFactory.instance.nullNode() : JsonNodeFactory.instance.stringNode(value));
    }

    private void writeList(ObjectNode tree, ProfileField field, List<? extends JsonNode> items) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode().addAll(items);
        if (!array.equals(loaded.at(field.pointer()))) {
            JsonTrees.set(tree, field.pointer(), array);
        }
    }

    private static List<ObjectNode> objects(JsonNode tree, ProfileField field) {
        return tree.at(field.pointer()).valueStream()
                .filter(JsonNode::isObject).map(ObjectNode.class::cast).toList();
    }

    /** A new connection with the next free id. */
    void addConnection() {
        int next = connections.stream().mapToInt(c -> c.idProperty().get()).max().orElse(0) + 1;
        connections.add(ConnectionEdit.added(next));
    }

    /** Moves an item up (negative delta) or down; out-of-range moves do nothing. */
    static <T> void move(ObservableList<T> list, int index, int delta) {
        int target = index + delta;
        if (index < 0 || index >= list.size() || target < 0 || target >= list.size()) {
            return;
        }
        T item = list.remove(index);
        list.add(target, item);
    }

    /** Calls {@code listener} on any edit; returns what undoes the registration. */
    Runnable onAnyChange(InvalidationListener listener) {
        texts.values().forEach(p -> p.addListener(listener));
        flags.values().forEach(p -> p.addListener(listener));
        connections.addListener(listener);
        bootOrder.addListener(listener);
        biosSettings.addListener(listener);
        return () -> {
            texts.values().forEach(p -> p.removeListener(listener));
            flags.values().forEach(p -> p.removeListener(listener));
            connections.removeListener(listener);
            bootOrder.removeListener(listener);
            biosSettings.removeListener(listener);
        };
    }

    StringProperty text(ProfileField field) {
        StringProperty property = texts.get(field);
        if (property == null) {
            throw new IllegalArgumentException(field + " is not a text field");
        }
        return property;
    }

    BooleanProperty flag(ProfileField field) {
        BooleanProperty property = flags.get(field);
        if (property == null) {
            throw new IllegalArgumentException(field + " is not a check box");
        }
        return property;
    }

    ObservableList<ConnectionEdit> connections() {
        return connections;
    }

    ObservableList<String> bootOrder() {
        return bootOrder;
    }

    ObservableList<BiosSettingEdit> biosSettings() {
        return biosSettings;
    }
}
