package com.ovconsole.architecture.planted.sim;

import com.ovconsole.architecture.planted.api.PlantedClient;

/** The simulator built on our own client instead of the API docs. */
public final class PlantedSimulator {

    public PlantedClient client() {
        return new PlantedClient();
    }
}
