package com.ovconsole.store;

import java.util.List;

/**
 * Where the main window was and how it was laid out, restored at the next start.
 *
 * @param x left edge, or null when never placed (the app centres the window)
 * @param y top edge, or null when never placed
 * @param dividerPositions split pane divider positions, 0..1, left to right / top to bottom
 */
public record WindowState(
        Double x,
        Double y,
        double width,
        double height,
        boolean maximized,
        List<Double> dividerPositions,
        boolean taskPanelExpanded) {

    public WindowState {
        dividerPositions = dividerPositions == null ? List.of() : List.copyOf(dividerPositions);
    }

    /** No position yet: the app centres the window. */
    public static WindowState initial() {
        return new WindowState(null, null, 1280, 800, false, List.of(0.22), true);
    }

    public boolean hasPosition() {
        return x != null && y != null;
    }
}
