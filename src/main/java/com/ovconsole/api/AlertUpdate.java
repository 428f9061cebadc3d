package com.ovconsole.api;

import tools.jackson.databind.node.ObjectNode;

/**
 * A change to an alert: a new {@code alertState} ("Cleared" or "Active"), an owner
 * ({@code assignedToUser}) and a note for its change log. Null fields are left as they are.
 */
public record AlertUpdate(String alertState, String assignedToUser, String notes) {

    public static final AlertUpdate CLEAR = new AlertUpdate("Cleared", null, null);

    public static AlertUpdate assignTo(String user) {
        return new AlertUpdate(null, user, null);
    }

    public AlertUpdate withNotes(String text) {
        return new AlertUpdate(alertState, assignedToUser, text);
    }

    void applyTo(ObjectNode tree) {
        if (alertState != null) {
            tree.put("alertState", alertState);
        }
        if (assignedToUser != null) {
            tree.put("assignedToUser", assignedToUser);
        }
        tree.remove("notes");
        if (notes != null && !notes.isBlank()) {
            tree.put("notes", notes);
        }
    }
}
