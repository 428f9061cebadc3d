package com.ovconsole.ui.connections;

import com.ovconsole.ui.ApplianceView;
import com.ovconsole.ui.ApplianceViewFactory;
import com.ovconsole.ui.BackgroundRunner;
import com.ovconsole.ui.ConnectedAppliance;
import com.ovconsole.ui.Controllers;
import com.ovconsole.ui.FeatureModule;
import com.ovconsole.ui.Messages;
import com.ovconsole.ui.ViewLoader;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/** The connections feature: the appliance list's controller, and the Overview tab of each connected appliance. */
public final class ConnectionsModule implements FeatureModule {

    private final Messages messages;
    private final ViewLoader loader;
    private final BackgroundRunner runner;
    private final ApplianceListViewModel appliances;
    private final Clock clock;

    public ConnectionsModule(Messages messages, ViewLoader loader, BackgroundRunner runner,
            ApplianceListViewModel appliances, Clock clock) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.loader = Objects.requireNonNull(loader, "loader");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.appliances = Objects.requireNonNull(appliances, "appliances");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void registerControllers(Controllers controllers) {
        controllers.register(ApplianceListView.class, () -> new ApplianceListView(appliances, messages));
        FxConnectionPrompts.registerDialogs(controllers, messages);
    }

    @Override
    public Optional<ApplianceViewFactory> applianceTab() {
        return Optional.of(ApplianceViewFactory.of(messages.get("connections.overview.title"), this::overview));
    }

    /** The Overview tab of {@code appliance}: its version, session and certificate. */
    public ApplianceView overview(ConnectedAppliance appliance) {
        ApplianceItem item = appliances.item(appliance.id());
        if (item == null || item.getSession() == null) {
            throw new IllegalStateException("No session for " + appliance);
        }
        OverviewViewModel viewModel = new OverviewViewModel(messages, appliance, item.getSession(), runner, clock);
        return loader.load(OverviewView.class, new OverviewView(viewModel)).controller();
    }
}
