package com.ovconsole.architecture.planted.ui.backups;

/** Another feature's ViewModel. */
public final class PlantedBackupsViewModel {

    public void start() {
    }
}
