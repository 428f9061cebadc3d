package com.ovconsole.ui;

import java.util.Objects;
import java.util.function.Predicate;
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

    /** A tab that shows no resource of its own: {@code refresh} on F5, {@code close} when it goes. */
    static ApplianceView of(Node node, Runnable refresh, Runnable close) {
        return of(node, refresh, close, resourceUri -> false);
    }

    /** A tab whose {@code open} shows the resources of its kind (answering true) and refuses the others. */
    static ApplianceView of(Node node, Runnable refresh, Runnable close, Predicate<String> open) {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(refresh, "refresh");
        Objects.requireNonNull(close, "close");
        Objects.requireNonNull(open, "open");
        return new ApplianceView() {
            @Override
            public Node node() {
                return node;
            }

            @Override
            public void refresh() {
                refresh.run();
            }

            @Override
            public void close() {
                close.run();
            }

            @Override
            public boolean open(String resourceUri) {
                return open.test(resourceUri);
            }
        };
    }
}
