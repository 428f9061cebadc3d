package com.ovconsole.ui.profiles.editor;

import com.ovconsole.api.ETag;
import com.ovconsole.ui.ConnectedAppliance;
import com.ovconsole.ui.Job;
import com.ovconsole.ui.Messages;
import com.ovconsole.ui.profiles.ProfileServices;
import com.ovconsole.ui.profiles.Timestamps;
import java.util.Objects;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * "Changed on the appliance": while an editor is open, a cheap GET with If-None-Match (304 when
 * unchanged) tells the user early that someone else saved the profile, before their save 412s.
 */
final class RemoteChangeWatch {

    /** What is being watched: the profile's URI and the ETag the editor holds (null when there is none). */
    record Target(String uri, ETag eTag) {
    }

    private final ConnectedAppliance appliance;
    private final ProfileServices services;
    private final Messages messages;
    private final Supplier<Target> target;
    private final ReadOnlyBooleanWrapper changed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private ScheduledFuture<?> timer;
    /** False while the editor's tab is hidden: checks pause, one catches up when it shows again. */
    private boolean shown = true;
    private boolean missed;
    private Job<?> check;

    RemoteChangeWatch(ConnectedAppliance appliance, ProfileServices services, Supplier<Target> target) {
        this.appliance = appliance;
        this.services = services;
        this.messages = services.messages();
        this.target = target;
    }

    void start() {
        long every = services.watchInterval().toMillis();
        timer = services.scheduler().scheduleWithFixedDelay(
                () -> services.dispatcher().dispatch(this::tick), every, every, TimeUnit.MILLISECONDS);
    }

    private void tick() {
        if (shown) {
            checkNow();
        } else {
            missed = true;
        }
    }

    /** The tab is shown or hidden; shown again after a missed check, it checks at once. */
    void setShown(boolean now) {
        shown = now;
        boolean running = timer != null && !timer.isCancelled();
        if (now && missed && running) {
            missed = false;
            checkNow();
        }
    }

    /** One check, unless one is still out. */
    void checkNow() {
        Target watched = target.get();
        if (watched.uri() == null || watched.eTag() == null || isChecking()) {
            return;
        }
        check = services.runner().run(
                context -> appliance.client().getIfNoneMatch(watched.uri(), ObjectNode.class, watched.eTag()),
                answer -> answer.filter(theirs -> !Objects.equals(theirs.eTag(), target.get().eTag()))
                        .ifPresent(theirs -> {
                            changed.set(true);
                            text.set(messages.format("profiles.editor.remoteChanged",
                                    Timestamps.shortForm(JsonTrees.text(theirs.tree(), "/modified"))));
                        }),
                failure -> {
                    // A missed check is harmless: the save still sends If-Match and merges on 412.
                });
    }

    /** True while a check is out (tests wait for it to answer). */
    boolean isChecking() {
        return check != null && !check.isDone() && !check.isCancelled();
    }

    /** The editor now holds the appliance's latest version. */
    void reset() {
        changed.set(false);
        text.set("");
    }

    void stop() {
        if (timer != null) {
            timer.cancel(false);
        }
        if (check != null) {
            check.cancel();
        }
    }

    ReadOnlyBooleanProperty changedProperty() {
        return changed.getReadOnlyProperty();
    }

    ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }
}
