package com.ovconsole.sim;

/**
 * Thrown out of the HTTP handler to make the JDK server close the connection without (the rest
 * of) an answer: how the simulator injects dropped connections.
 */
final class DroppedConnection extends RuntimeException {

    private static final long serialVersionUID = 1L;

    DroppedConnection(String why) {
        super(why, null, false, false);
    }
}
