package com.ovconsole.ui.alerts;

import com.ovconsole.api.AlertsApi;
import com.ovconsole.api.PageQuery;
import com.ovconsole.api.model.AlertState;

/** Which alert states the list asks the appliance for; OPEN (Active and Locked) first, as OneView does. */
public enum StateFilter {
    OPEN, ACTIVE, LOCKED, CLEARED, ALL;

    /** The appliance's query for this state filter and {@code severity} (null: any), newest first. */
    PageQuery query(String severity) {
        return switch (this) {
            case OPEN -> AlertsApi.open(severity);
            case ACTIVE -> AlertsApi.query(severity, "Active");
            case LOCKED -> AlertsApi.query(severity, "Locked");
            case CLEARED -> AlertsApi.query(severity, "Cleared");
            case ALL -> AlertsApi.query(severity, null);
        };
    }

    /** Whether an alert in {@code state} belongs in a list with this filter (after a change of state). */
    boolean admits(AlertState state, String raw) {
        return switch (this) {
            case OPEN -> state.isOpen();
            case ACTIVE -> "Active".equals(raw);
            case LOCKED -> "Locked".equals(raw);
            case CLEARED -> "Cleared".equals(raw);
            case ALL -> true;
        };
    }
}
