package com.ovconsole.architecture.planted.ui;

import com.ovconsole.architecture.planted.ui.errors.PlantedError;

/** The shared ui package using a feature (and so closing a cycle with it). */
public final class PlantedTheme {

    public void apply() {
        new PlantedError().show(this);
    }
}
