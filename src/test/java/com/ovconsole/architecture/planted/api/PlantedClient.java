package com.ovconsole.architecture.planted.api;

import com.ovconsole.architecture.planted.ui.PlantedTheme;
import javafx.application.Platform;

/** A lower layer that uses JavaFX and reaches up into ui. */
public final class PlantedClient {

    public void refresh(PlantedTheme theme) {
        Platform.runLater(theme::apply);
    }
}
