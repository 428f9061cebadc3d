package com.ovconsole.ui;

import javafx.scene.Node;

/** One view of one connected appliance (a tab of its workspace: Overview, Server Profiles, Backups). */
public interface ApplianceView {

    Node node();

    /** F5 / View > Refresh while this view is showing: reload from the appliance, off the FX thread. */
    default void refresh() {
    }

    /** The appliance was disconnected or the console closes: stop timers and background work. */
    default void close() {
    }

    /**
     * Shows the resource when this tab is for its kind (selects the row, opens the editor) and
     * answers true; false for a kind this tab does not show. The shell then selects this tab.
     */
    default boolean open(String resourceUri) {
        return false;
    }
}
