package com.ovconsole.ui.hardware;

import com.ovconsole.api.PowerAction;
import com.ovconsole.api.ServerHardwareApi;
import com.ovconsole.api.WriteResult;
import com.ovconsole.api.model.TaskResource;
import com.ovconsole.ui.ConnectedAppliance;
import com.ovconsole.ui.Messages;
import com.ovconsole.ui.tasks.TrackedTask;
import java.util.HashMap;
import java.util.Map;

/**
 * Power actions on servers: asks first (naming the server and its profile), sends
 * {@code PUT …/powerState}, hands the 202's task to the task panel and remembers which servers
 * have a power task running, so their rows say so and offer no second action until it ends.
 */
final class PowerControl {

    /** What the list hears: a server's power task started or ended (the row is re-made or re-read). */
    interface Listener {
        void started(String serverUri);

        void ended(String serverUri, TaskResource end);
    }

    private final ConnectedAppliance appliance;
    private final HardwareServices services;
    private final Messages messages;
    private final ServerHardwareApi api;
    private final Listener listener;
    private final Map<String, PowerAction> running = new HashMap<>();

    PowerControl(ConnectedAppliance appliance, HardwareServices services, Listener listener) {
        this.appliance = appliance;
        this.services = services;
        this.messages = services.messages();
        this.api = new ServerHardwareApi(appliance.client());
        this.listener = listener;
    }

    /** The power action running on this server (started here), or null. */
    PowerAction running(String serverUri) {
        return running.get(serverUri);
    }

    /** Asks, then sends the action; false when it makes no sense for the row or the user said no. */
    boolean request(HardwareRow row, PowerAction action) {
        boolean sensible = action == PowerAction.POWER_ON ? row.canPowerOn() : row.canPowerOff();
        if (!sensible || running.containsKey(row.uri()) || !confirm(row, action)) {
            return false;
        }
        running.put(row.uri(), action);
        listener.started(row.uri());
        String label = label(row, action);
        services.runner().run(context -> api.setPowerState(row.uri(), action), result -> {
            if (result instanceof WriteResult.Accepted accepted) {
                TrackedTask task = services.tasks().track(appliance, accepted.task(), accepted.initial().orElse(null),
                        label, true);
                task.finished().whenComplete((end, stopped) -> end(row.uri(), end));
            } else {
                end(row.uri(), null);
            }
        }, failure -> {
            end(row.uri(), null);
            services.dialogs().showError(failure);
        });
        return true;
    }

    private void end(String serverUri, TaskResource end) {
        running.remove(serverUri);
        listener.ended(serverUri, end);
    }

    private boolean confirm(HardwareRow row, PowerAction action) {
        String profile = !row.hasProfile() ? messages.get("hardware.confirm.noProfile")
                : messages.format("hardware.confirm.profile", row.profileName() != null ? row.profileName()
                        : row.profileUri());
        return switch (action) {
            case POWER_ON -> services.dialogs().confirm(messages.get("hardware.confirm.on.title"),
                    messages.format("hardware.confirm.on.question", row.name(), profile),
                    messages.get("hardware.action.on"), messages.get("hardware.confirm.cancel"));
            case FORCE_OFF -> services.dialogs().confirm(messages.get("hardware.confirm.hold.title"),
                    messages.format("hardware.confirm.hold.question", row.name(), profile),
                    messages.get("hardware.action.hold"), messages.get("hardware.confirm.cancel"));
            default -> services.dialogs().confirm(messages.get("hardware.confirm.off.title"),
                    messages.format("hardware.confirm.off.question", row.name(), profile),
                    messages.get("hardware.action.off"), messages.get("hardware.confirm.cancel"));
        };
    }

    private String label(HardwareRow row, PowerAction action) {
        return switch (action) {
            case POWER_ON -> messages.format("hardware.task.on", row.name());
            case FORCE_OFF -> messages.format("hardware.task.hold", row.name());
            default -> messages.format("hardware.task.off", row.name());
        };
    }
}
