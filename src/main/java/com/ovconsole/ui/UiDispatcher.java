package com.ovconsole.ui;

/**
 * Runs code on the UI thread. ViewModels and background work deliver results through this, so a
 * test can pass {@link #direct()} and needs no JavaFX toolkit.
 */
@FunctionalInterface
public interface UiDispatcher {

    /** Runs {@code action} on the UI thread, later or now. */
    void dispatch(Runnable action);

    /** Runs everything at once on the calling thread: for tests and for code already on the UI thread. */
    static UiDispatcher direct() {
        return Runnable::run;
    }
}
