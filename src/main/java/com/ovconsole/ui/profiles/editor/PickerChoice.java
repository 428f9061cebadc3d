package com.ovconsole.ui.profiles.editor;

/** An entry of a picker: the URI the profile stores and the name people read. */
public record PickerChoice(String uri, String name) {

    @Override
    public String toString() {
        return name;
    }
}
