package com.ovconsole.ui.errors;

import com.ovconsole.ui.Controllers;
import com.ovconsole.ui.FeatureModule;

/** The error dialog's part in building the app: how its view's controller is made for one error. */
public final class ErrorsModule implements FeatureModule {

    @Override
    public void registerControllers(Controllers controllers) {
        controllers.registerDialog(ErrorView.class, ErrorViewModel.class, ErrorView::new);
    }
}
