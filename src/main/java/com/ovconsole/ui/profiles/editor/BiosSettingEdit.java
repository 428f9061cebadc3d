package com.ovconsole.ui.profiles.editor;

import javafx.beans.Observable;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** One overridden BIOS setting (id, value); other fields of the setting object are carried through. */
public final class BiosSettingEdit {

    private final ObjectNode origin;
    private final StringProperty id = new SimpleStringProperty("");
    private final StringProperty value = new SimpleStringProperty("");

    private BiosSettingEdit(ObjectNode origin) {
        this.origin = origin;
    }

    static BiosSettingEdit of(ObjectNode setting) {
        BiosSettingEdit edit = new BiosSettingEdit(setting.deepCopy());
        edit.id.set(JsonTrees.text(setting, "/id"));
        edit.value.set(JsonTrees.text(setting, "/value"));
        return edit;
    }

    static BiosSettingEdit added() {
        return new BiosSettingEdit(null);
    }

    ObjectNode toJson() {
        ObjectNode json = origin == null ? JsonNodeFactory.instance.objectNode() : origin.deepCopy();
        if (origin == null || !JsonTrees.text(origin, "/id").equals(id.get())) {
            json.put("id", id.get());
        }
        if (origin == null || !JsonTrees.text(origin, "/value").equals(value.get())) {
            json.put("value", value.get());
        }
        return json;
    }

    Observable[] observables() {
        return new Observable[] {id, value};
    }

    public StringProperty idProperty() {
        return id;
    }

    public StringProperty valueProperty() {
        return value;
    }
}
