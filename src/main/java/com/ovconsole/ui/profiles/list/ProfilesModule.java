package com.ovconsole.ui.profiles.list;

import com.ovconsole.ui.ApplianceView;
import com.ovconsole.ui.ApplianceViewFactory;
import com.ovconsole.ui.ConnectedAppliance;
import com.ovconsole.ui.Controllers;
import com.ovconsole.ui.FeatureModule;
import com.ovconsole.ui.Messages;
import com.ovconsole.ui.ViewLoader;
import com.ovconsole.ui.dialogs.ModalDialogs;
import com.ovconsole.ui.profiles.ProfileServices;
import com.ovconsole.ui.profiles.conflict.MergeDialog;
import com.ovconsole.ui.profiles.editor.ProfileEditorView;
import java.util.Objects;
import java.util.Optional;
import javafx.scene.Parent;

/**
 * The server-profiles feature: the "Server Profiles" tab of each connected appliance (list,
 * editors, merge dialog). The workspace asks for one per appliance and closes it on disconnect.
 */
public final class ProfilesModule implements FeatureModule {

    private final ProfileServices services;
    private final ViewLoader loader;
    private final Messages messages;
    private final ModalDialogs dialogs;

    /** @param dialogs where the merge dialog is shown */
    public ProfilesModule(ProfileServices services, ViewLoader loader, ModalDialogs dialogs) {
        this.services = Objects.requireNonNull(services, "services");
        this.loader = Objects.requireNonNull(loader, "loader");
        this.messages = services.messages();
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
    }

    @Override
    public void registerControllers(Controllers controllers) {
        MergeDialog.registerDialog(controllers, messages);
        ProfileEditorView.registerControllers(controllers, messages);
    }

    @Override
    public Optional<ApplianceViewFactory> applianceTab() {
        return Optional.of(ApplianceViewFactory.of(messages.get("profiles.title"), this::profiles));
    }

    /** The Server Profiles tab of {@code appliance}; its first page and its drafts start loading. */
    public ApplianceView profiles(ConnectedAppliance appliance) {
        MergeDialog merge = new MergeDialog(dialogs, messages);
        ProfilesViewModel viewModel = new ProfilesViewModel(appliance, services, merge);
        ProfilesView view = new ProfilesView(viewModel, loader, messages);
        // The first page is asked for before the view is built: the request overlaps FXML and CSS.
        viewModel.start();
        Parent root = loader.load(ProfilesView.class, view).root();
        return ApplianceView.of(root, () -> {
            view.showList();
            viewModel.refresh();
        }, viewModel::close, view::openProfile);
    }
}
