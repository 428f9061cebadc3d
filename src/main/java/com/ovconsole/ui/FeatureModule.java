package com.ovconsole.ui;

import java.util.Optional;

/**
 * One feature's part in building the app, the one way its views are made: it registers its
 * FXML controllers with the single controller factory ({@link Controllers}) and may give a tab
 * in each connected appliance's workspace. The composition root makes one per feature.
 */
public interface FeatureModule {

    /** Registers the controllers this feature's FXML names ({@code fx:controller}, {@code fx:include}). */
    default void registerControllers(Controllers controllers) {
    }

    /** This feature's tab in each connected appliance's workspace, if it has one. */
    default Optional<ApplianceViewFactory> applianceTab() {
        return Optional.empty();
    }

}
