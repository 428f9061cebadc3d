package com.ovconsole.ui.shell;

import com.ovconsole.ui.ApplianceViewFactory;
import com.ovconsole.ui.Controllers;
import com.ovconsole.ui.FeatureModule;
import java.util.List;
import java.util.Objects;

/**
 * The shell: the main window and the workspace that shows the selected appliance's tabs (the
 * tabs the other features give, in order).
 */
public final class ShellModule implements FeatureModule {

    private final MainWindowViewModel mainWindow;
    private final ApplianceWorkspaceView workspace;

    public ShellModule(MainWindowViewModel mainWindow, List<ApplianceViewFactory> applianceTabs) {
        this.mainWindow = Objects.requireNonNull(mainWindow, "mainWindow");
        this.workspace = new ApplianceWorkspaceView(applianceTabs);
    }

    @Override
    public void registerControllers(Controllers controllers) {
        controllers.register(MainWindowView.class, () -> new MainWindowView(mainWindow));
        controllers.register(ApplianceWorkspaceView.class, () -> workspace);
    }

    /** The one workspace (its FXML controller), which the composition root connects to the appliance list. */
    public ApplianceWorkspaceView workspace() {
        return workspace;
    }
}
