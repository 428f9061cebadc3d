package com.ovconsole.diagnostics;

/** One row of the task panel as it stood at the export (strings: the UI's own wording). */
public record TaskLine(String appliance, String name, String resource, String state, String status, String started,
        String problem) {
}
