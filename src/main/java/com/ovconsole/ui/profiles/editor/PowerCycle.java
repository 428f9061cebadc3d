package com.ovconsole.ui.profiles.editor;

import com.ovconsole.api.PowerAction;
import com.ovconsole.api.ServerHardwareApi;
import com.ovconsole.api.WriteResult;
import com.ovconsole.ui.ConnectedAppliance;
import com.ovconsole.ui.Messages;
import com.ovconsole.ui.profiles.ProfileServices;
import java.util.function.Consumer;

/**
 * The power steps around a save that needs the server off: each a {@code PUT …/powerState}
 * (202 + task) followed in the task panel, the next step only once the task ended well.
 */
final class PowerCycle {

    private final ConnectedAppliance appliance;
    private final ProfileServices services;
    private final Messages messages;
    private final EditorStatus footer;

    PowerCycle(ConnectedAppliance appliance, ProfileServices services, EditorStatus footer) {
        this.appliance = appliance;
        this.services = services;
        this.messages = services.messages();
        this.footer = footer;
    }

    /** Powers the server off, then runs {@code then}; a failure stops here with nothing saved. */
    void off(SaveOutcome.NeedsPowerOff server, String profileName, Runnable then) {
        footer.working(messages.format("profiles.power.poweringOff", server.serverName()));
        step(server.serverUri(), PowerAction.POWER_OFF,
                messages.format("profiles.power.task.off", server.serverName(), profileName), then,
                reason -> footer.done(messages.format("profiles.power.offFailed", server.serverName(), reason)));
    }

    /** Powers the server back on after the save ended ({@code saveStatus} says how it ended). */
    void on(SaveOutcome.NeedsPowerOff server, String profileName, String saveStatus) {
        footer.working(messages.format("profiles.power.poweringOn", server.serverName()));
        step(server.serverUri(), PowerAction.POWER_ON,
                messages.format("profiles.power.task.on", server.serverName(), profileName),
                () -> footer.done(messages.format("profiles.power.done", saveStatus, server.serverName())),
                reason -> footer.done(messages.format("profiles.power.onFailed", saveStatus, server.serverName(), reason)));
    }

    /**
     * Reads the server's power state; {@code then} gets it as a {@link SaveOutcome.NeedsPowerOff}
     * when it is not Off, else null (also when it cannot be read: the save will tell).
     */
    void check(String serverUri, Consumer<SaveOutcome.NeedsPowerOff> then) {
        services.runner().run(context -> new ServerHardwareApi(appliance.client()).get(serverUri).value(),
                server -> then.accept("Off".equalsIgnoreCase(server.powerState()) ? null
                        : new SaveOutcome.NeedsPowerOff(serverUri, server.name() == null ? serverUri : server.name())),
                failure -> then.accept(null));
    }

    private void step(String serverUri, PowerAction action, String label, Runnable then, Consumer<String> failed) {
        services.runner().run(context -> new ServerHardwareApi(appliance.client()).setPowerState(serverUri, action),
                result -> {
                    if (!(result instanceof WriteResult.Accepted accepted)) {
                        then.run();
                        return;
                    }
                    services.tasks().track(appliance, accepted.task(), accepted.initial().orElse(null), label, true)
                            .finished().whenComplete((end, stopped) -> services.dispatcher().dispatch(() -> {
                                if (stopped != null) {
                                    failed.accept(String.valueOf(stopped.getMessage()));
                                } else if (!end.state().isSuccess()) {
                                    failed.accept(end.taskErrors().isEmpty()
                                            ? messages.format("profiles.power.taskEnded", end.taskState())
                                            : end.taskErrors().get(0).message());
                                } else {
                                    then.run();
                                }
                            }));
                }, failure -> failed.accept(String.valueOf(failure.getMessage())));
    }
}
