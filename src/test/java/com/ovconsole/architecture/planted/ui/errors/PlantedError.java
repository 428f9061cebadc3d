package com.ovconsole.architecture.planted.ui.errors;

import com.ovconsole.architecture.planted.ui.PlantedTheme;

/** Uses the shared ui package, which uses it back. */
public final class PlantedError {

    public void show(PlantedTheme theme) {
        theme.hashCode();
    }
}
