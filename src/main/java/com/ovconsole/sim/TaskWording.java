package com.ovconsole.sim;

import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/** The words a task uses: its progress steps, status texts and the errors it ends with. */
record TaskWording(String verb, String pastTense, List<String> steps) {

    static final TaskWording CREATE_PROFILE = profile("Create", "Created");
    static final TaskWording UPDATE_PROFILE = profile("Update", "Updated");
    static final TaskWording DELETE_PROFILE = new TaskWording("Delete", "Deleted", List.of(
            "Validating the request.", "Removing server settings.", "Releasing virtual addresses.",
            "Deleting the server profile."));
    static final TaskWording BACKUP = new TaskWording("Backup", "Backed up", List.of(
            "Preparing the backup.", "Backing up the database.", "Backing up the configuration files.",
            "Compressing the backup archive.", "Backup archive ready for download."));

    static final TaskWording POWER_ON = new TaskWording("Power on", "Powered on", List.of(
            "Sending the power request to the iLO.", "Waiting for the server to power on.", "The server is powered on."));
    static final TaskWording POWER_OFF = new TaskWording("Power off", "Powered off", List.of(
            "Sending the power request to the iLO.", "Waiting for the server to power off.", "The server is powered off."));
    static final TaskWording RESET = new TaskWording("Reset", "Reset", List.of(
            "Sending the reset request to the iLO.", "Waiting for the server to restart.", "The server restarted."));

    /** The child tasks of a profile update, in the order they end; the last carries a Warning or Error. */
    static final List<TaskWording> UPDATE_CHILDREN = List.of(
            new TaskWording("Configure connections", "Configured connections of", List.of(
                    "Configuring the network connections.", "Connections configured.")),
            new TaskWording("Apply firmware baseline", "Applied the firmware baseline to", List.of(
                    "Comparing the installed firmware with the baseline.", "Firmware baseline applied.")),
            new TaskWording("Apply BIOS settings", "Applied BIOS settings to", List.of(
                    "Sending the BIOS settings to the iLO.", "BIOS settings applied.")));

    private static TaskWording profile(String verb, String past) {
        return new TaskWording(verb, past, List.of("Validating the server profile.",
                "Set administrative server power lock for the server hardware.", "Apply server settings.",
                "Apply connection settings.", "Release administrative server power lock."));
    }

    String runningStatus(SimTask.Target target) {
        return verb.equals("Backup") ? "Backing up the appliance." : verb + " " + describe(target);
    }

    String finalStatus(SimTask.Outcome outcome, SimTask.Target target) {
        return switch (outcome) {
            case COMPLETED -> verb.equals("Backup") ? "The backup completed." : pastTense + " " + describe(target) + ".";
            case WARNING -> pastTense + " " + describe(target) + " with warnings.";
            case ERROR -> "Unable to " + verb.toLowerCase(java.util.Locale.ROOT) + " " + describe(target) + ".";
            case TERMINATED -> "The task was cancelled by the user.";
        };
    }

    /** The last progress update of a terminal task, or null. */
    String finalUpdate(SimTask.Outcome outcome) {
        return switch (outcome) {
            case WARNING -> "Completed with warnings: the server firmware is older than the baseline. "
                    + "Update the firmware to clear this warning.";
            case TERMINATED -> "Cancelled by the user.";
            default -> null;
        };
    }

    ObjectNode error(SimTask.Target target) {
        ObjectNode nested = ApplianceError.errorMessage("ILO_CONNECTION_TIMEOUT",
                "The iLO of the server hardware did not answer in time.",
                "No response from the management processor within 120 seconds.",
                List.of("Verify the iLO is reachable from the appliance.", "Reset the iLO and try again."));
        ObjectNode error = ApplianceError.errorMessage("ServerProfileApplyFailed",
                "Unable to " + verb.toLowerCase(java.util.Locale.ROOT) + " " + describe(target)
                        + ": the server settings could not be applied.",
                "The appliance could not apply the server settings.",
                List.of("Check the state of the server hardware and try again.",
                        "If the problem persists, contact your HPE support representative."));
        ((tools.jackson.databind.node.ArrayNode) error.get("nestedErrors")).add(nested);
        error.put("errorSource", target.resourceUri());
        return error;
    }

    private static String describe(SimTask.Target target) {
        String noun = "server-hardware".equals(target.resourceCategory()) ? "server hardware" : "server profile";
        return noun + ": " + target.resourceName();
    }
}
