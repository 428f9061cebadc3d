package com.ovconsole.ui.search;

import com.ovconsole.ui.ConnectedAppliance;
import java.util.Objects;

/**
 * Where one appliance's part of the current search is: still searching, answered (with how many
 * matches, and whether it has more than shown), or failed (with a short reason). Replaced, never changed, as the answer comes.
 */
public record ApplianceSearch(ConnectedAppliance appliance, State state, int matches, boolean more, String error) {

    public enum State { SEARCHING, DONE, FAILED }

    public ApplianceSearch {
        Objects.requireNonNull(appliance, "appliance");
        Objects.requireNonNull(state, "state");
        error = Objects.requireNonNullElse(error, "");
    }

    static ApplianceSearch searching(ConnectedAppliance appliance) {
        return new ApplianceSearch(appliance, State.SEARCHING, 0, false, "");
    }

    /** @param more the appliance has more matches than it was asked for (the text could be longer) */
    static ApplianceSearch done(ConnectedAppliance appliance, int matches, boolean more) {
        return new ApplianceSearch(appliance, State.DONE, matches, more, "");
    }

    static ApplianceSearch failed(ConnectedAppliance appliance, String error) {
        return new ApplianceSearch(appliance, State.FAILED, 0, false, error);
    }
}
