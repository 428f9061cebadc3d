package com.ovconsole.architecture.planted.ui.tasks;

import com.ovconsole.architecture.planted.ui.backups.PlantedBackupsViewModel;

/** A View that drives another feature's ViewModel. */
public final class PlantedTaskView {

    public void show(PlantedTaskViewModel own, PlantedBackupsViewModel other) {
        own.title();
        other.start();
    }
}
