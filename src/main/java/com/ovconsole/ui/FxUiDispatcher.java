package com.ovconsole.ui;

import javafx.application.Platform;

/** The production dispatcher: the JavaFX application thread. */
public final class FxUiDispatcher implements UiDispatcher {

    @Override
    public void dispatch(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }
}
