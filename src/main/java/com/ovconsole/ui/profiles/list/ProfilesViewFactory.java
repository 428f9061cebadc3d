package com.ovconsole.ui.profiles.list;

import com.ovconsole.ui.ApplianceView;
import com.ovconsole.ui.ApplianceViewFactory;
import com.ovconsole.ui.ConnectedAppliance;
import com.ovconsole.ui.FxThemes;
import com.ovconsole.ui.Messages;
import com.ovconsole.ui.ViewLoader;
import com.ovconsole.ui.profiles.ProfileServices;
import com.ovconsole.ui.profiles.merge.MergeDialog;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.Parent;

/**
 * The "Server Profiles" tab of a connected appliance. The composition root makes one with the
 * shared services; the workspace calls {@link #create} per appliance and closes the view on disconnect.
 */
public final class ProfilesViewFactory implements ApplianceViewFactory {

    private final ProfileServices services;
    private final ViewLoader loader;
    private final Messages messages;

    public ProfilesViewFactory(ProfileServices services, ViewLoader loader) {
        this.services = Objects.requireNonNull(services, "services");
        this.loader = Objects.requireNonNull(loader, "loader");
        this.messages = services.messages();
    }

    @Override
    public String title() {
        return messages.get("profiles.title");
    }

    @Override
    public ApplianceView create(ConnectedAppliance appliance) {
        Parent[] root = new Parent[1];
        MergeDialog merge = new MergeDialog(loader, messages,
                () -> root[0] == null || root[0].getScene() == null ? null : root[0].getScene().getWindow(),
                FxThemes.APP_STYLESHEET);
        ProfilesViewModel viewModel = new ProfilesViewModel(appliance, services, merge);
        ProfilesView view = new ProfilesView(viewModel, loader, messages);
        root[0] = loader.load(ProfilesView.class, view).root();
        viewModel.start();
        return new ApplianceView() {
            @Override
            public Node node() {
                return root[0];
            }

            @Override
            public void refresh() {
                view.showList();
                viewModel.list().refresh();
            }

            @Override
            public void close() {
                viewModel.close();
            }
        };
    }
}
