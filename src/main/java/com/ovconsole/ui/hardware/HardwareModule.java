package com.ovconsole.ui.hardware;

import com.ovconsole.ui.ApplianceView;
import com.ovconsole.ui.ApplianceViewFactory;
import com.ovconsole.ui.ConnectedAppliance;
import com.ovconsole.ui.FeatureModule;
import com.ovconsole.ui.LoadedView;
import com.ovconsole.ui.ViewLoader;
import java.util.Objects;
import java.util.Optional;

/**
 * The server-hardware feature: the "Server Hardware" tab of each connected appliance (the server
 * list and its power actions). It opens {@code /rest/server-hardware/{id}} for the navigator.
 */
public final class HardwareModule implements FeatureModule {

    private final HardwareServices services;
    private final ViewLoader loader;

    public HardwareModule(HardwareServices services, ViewLoader loader) {
        this.services = Objects.requireNonNull(services, "services");
        this.loader = Objects.requireNonNull(loader, "loader");
    }

    @Override
    public Optional<ApplianceViewFactory> applianceTab() {
        return Optional.of(ApplianceViewFactory.of(services.messages().get("hardware.title"), this::hardware));
    }

    /** The Server Hardware tab of {@code appliance}; its first page starts loading. */
    public ApplianceView hardware(ConnectedAppliance appliance) {
        HardwareViewModel viewModel = new HardwareViewModel(appliance, services);
        // Asked for before the view is built: the request overlaps FXML and CSS.
        viewModel.refresh();
        LoadedView<HardwareView> view = loader.load(HardwareView.class, new HardwareView(viewModel, services.messages()));
        return ApplianceView.of(view.root(), viewModel::refresh, viewModel::close, viewModel::open);
    }
}
