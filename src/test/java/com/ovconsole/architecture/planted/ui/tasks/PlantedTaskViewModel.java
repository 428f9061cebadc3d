package com.ovconsole.architecture.planted.ui.tasks;

import javafx.scene.control.Label;

/** A ViewModel holding a control. */
public final class PlantedTaskViewModel {

    private final Label title = new Label();

    public String title() {
        return title.getText();
    }
}
