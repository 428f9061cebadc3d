package com.ovconsole.ui.connections;

/** {@code GET /rest/appliance/progress}: how many of the appliance's components have started. */
public record StartupProgress(int complete, int total) {
}
