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
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.stage.Window;

/**
 * The "Server Profiles" tab of a connected appliance. The composition root makes one with the
 * shared services; the workspace calls {@link #create} per appliance and closes the view on disconnect.
 */
public final class ProfilesViewFactory implements ApplianceViewFactory {

    private final ProfileServices services;
    private final ViewLoader loader;
    private final Messages messages;
    private final Supplier<Window> owner;

    /** @param owner the window that owns the merge dialog (asked when the dialog opens) */
    public ProfilesViewFactory(ProfileServices services, ViewLoader loader, Supplier<Window> owner) {
        this.services = Objects.requireNonNull(services, "services");
        this.loader = Objects.requireNonNull(loader, "loader");
        this.messages = services.messages();
        this.owner = Objects.requireNonNull(owner, "owner");
    }

    @Override
    public String title() {
        return messages.get("profiles.title");
    }

    @Override
    public ApplianceView create(ConnectedAppliance appliance) {
        MergeDialog merge = new MergeDialog(loader, messages, owner, FxThemes.APP_STYLESHEET);
        ProfilesViewModel viewModel = new ProfilesViewModel(appliance, services, merge);
        ProfilesView view = new ProfilesView(viewModel, loader, messages);
        Parent root = loader.load(ProfilesView.class, view).root();
        viewModel.start();
        return new ApplianceView() {
            @Override
            public Node node() {
                return root;
            }

            @Override
            public void refresh() {
                view.showList();
                viewModel.refresh();
            }

            @Override
            public void close() {
                viewModel.close();
            }
        };
    }
}
