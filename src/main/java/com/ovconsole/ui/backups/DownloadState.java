package com.ovconsole.ui.backups;

/** Where a backup download stands. */
public enum DownloadState {
    PREPARING, RUNNING, DONE, FAILED, CANCELLED;

    public boolean isOver() {
        return this == DONE || this == FAILED || this == CANCELLED;
    }
}
