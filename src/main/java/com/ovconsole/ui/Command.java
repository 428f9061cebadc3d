package com.ovconsole.ui;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * A user command a View binds a button or menu item to. It stays disabled until a feature gives it
 * an action, so menus never offer something that does nothing.
 */
public final class Command {

    private final ReadOnlyBooleanWrapper enabled = new ReadOnlyBooleanWrapper(this, "enabled", false);
    private Runnable action;

    public Command() {
    }

    public Command(Runnable action) {
        setAction(action);
    }

    /** Wires the command ({@code null} disables it again). */
    public void setAction(Runnable action) {
        this.action = action;
        enabled.set(action != null);
    }

    /** Runs the action if the command is enabled; does nothing otherwise. */
    public void execute() {
        if (enabled.get()) {
            action.run();
        }
    }

    public ReadOnlyBooleanProperty enabledProperty() {
        return enabled.getReadOnlyProperty();
    }

    public boolean isEnabled() {
        return enabled.get();
    }
}
