package com.ovconsole.ui.profiles.editor;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import tools.jackson.databind.node.ObjectNode;

/** Which fields differ from the loaded profile: one flag per field, one for the whole profile. */
final class DirtyFields {

    private final Map<ProfileField, ReadOnlyBooleanWrapper> flags = new EnumMap<>(ProfileField.class);
    private final ReadOnlyBooleanWrapper any = new ReadOnlyBooleanWrapper();

    DirtyFields() {
        for (ProfileField field : ProfileField.values()) {
            flags.put(field, new ReadOnlyBooleanWrapper());
        }
    }

    void compare(ObjectNode base, ObjectNode edited) {
        flags.forEach((field, flag) -> flag.set(!edited.at(field.pointer()).equals(base.at(field.pointer()))));
        any.set(!edited.equals(base));
    }

    boolean any() {
        return any.get();
    }

    ReadOnlyBooleanProperty of(ProfileField field) {
        return flags.get(field).getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty anyProperty() {
        return any.getReadOnlyProperty();
    }
}
