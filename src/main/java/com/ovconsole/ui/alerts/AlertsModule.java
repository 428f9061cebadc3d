package com.ovconsole.ui.alerts;

import com.ovconsole.ui.ApplianceView;
import com.ovconsole.ui.ApplianceViewFactory;
import com.ovconsole.ui.BackgroundRunner;
import com.ovconsole.ui.ConnectedAppliance;
import com.ovconsole.ui.DialogService;
import com.ovconsole.ui.FeatureModule;
import com.ovconsole.ui.LoadedView;
import com.ovconsole.ui.Messages;
import com.ovconsole.ui.Navigator;
import com.ovconsole.ui.ViewLoader;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * The alerts feature: the "Alerts" tab of each connected appliance. Resource links go through the
 * {@link Navigator} the composition root gives; {@code /rest/alerts/{id}} opens here.
 */
public final class AlertsModule implements FeatureModule {

    private final ViewLoader loader;
    private final BackgroundRunner runner;
    private final DialogService dialogs;
    private final Messages messages;
    private final Navigator navigator;

    public AlertsModule(ViewLoader loader, BackgroundRunner runner, DialogService dialogs, Messages messages,
            Navigator navigator) {
        this.loader = Objects.requireNonNull(loader, "loader");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.navigator = Objects.requireNonNull(navigator, "navigator");
    }

    @Override
    public Optional<ApplianceViewFactory> applianceTab() {
        return Optional.of(ApplianceViewFactory.of(messages.get("alerts.title"), this::alerts));
    }

    /** The Alerts tab of {@code appliance}; its first page starts loading. */
    public ApplianceView alerts(ConnectedAppliance appliance) {
        AlertsViewModel viewModel = new AlertsViewModel(appliance, runner, dialogs, messages, navigator,
                ZoneId.systemDefault());
        // Asked for before the view is built: the request overlaps FXML and CSS.
        viewModel.refresh();
        LoadedView<AlertsView> view = loader.load(AlertsView.class, new AlertsView(viewModel, messages));
        return ApplianceView.of(view.root(), viewModel::refresh, viewModel::close, viewModel::open);
    }
}
