package com.ovconsole.ui.shell;

import com.ovconsole.ui.ConnectedAppliance;
import com.ovconsole.ui.Navigator;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.collections.ObservableList;

/**
 * The console's {@link Navigator}: selects the appliance in the sidebar (so the workspace shows
 * it), then asks its tabs in order to open the resource and selects the tab that did. False for a
 * disconnected appliance or a kind no tab shows, so the caller can say so.
 */
public final class WorkspaceNavigator implements Navigator {

    private final ApplianceWorkspaceView workspace;
    private final ObservableList<ConnectedAppliance> connected;
    private final Consumer<ConnectedAppliance> selectInSidebar;

    /** @param selectInSidebar selects the appliance's entry in the appliance list (the workspace follows it) */
    public WorkspaceNavigator(ApplianceWorkspaceView workspace, ObservableList<ConnectedAppliance> connected,
            Consumer<ConnectedAppliance> selectInSidebar) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.connected = Objects.requireNonNull(connected, "connected");
        this.selectInSidebar = Objects.requireNonNull(selectInSidebar, "selectInSidebar");
    }

    @Override
    public boolean open(ConnectedAppliance appliance, String resourceUri) {
        if (appliance == null || resourceUri == null || resourceUri.isBlank() || !connected.contains(appliance)) {
            return false;
        }
        boolean opened = workspace.open(appliance, resourceUri);
        if (opened) {
            selectInSidebar.accept(appliance);
        }
        return opened;
    }
}
