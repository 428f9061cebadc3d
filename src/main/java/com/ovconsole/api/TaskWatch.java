package com.ovconsole.api;

/** A handle on one watched task. */
public interface TaskWatch {

    TaskRef task();

    /** Stops polling (the task keeps running on the appliance). No event follows. */
    void stop();

    /** False once stopped or after the last event. */
    boolean isWatching();
}
