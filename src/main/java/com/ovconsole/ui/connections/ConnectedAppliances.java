package com.ovconsole.ui.connections;

import com.ovconsole.api.ApplianceClient;
import com.ovconsole.ui.BackgroundRunner;
import com.ovconsole.ui.ConnectedAppliance;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The registry of appliances signed in right now (one session each): who joins, who leaves, and
 * logging sessions out, one in the background or all at once on exit.
 */
final class ConnectedAppliances {

    private static final System.Logger LOG = System.getLogger(ConnectedAppliances.class.getName());

    private final BackgroundRunner runner;
    private final Consumer<Throwable> failed;
    private final ObservableList<ConnectedAppliance> connected = FXCollections.observableArrayList();
    private final ObservableList<ConnectedAppliance> view = FXCollections.unmodifiableObservableList(connected);

    /** {@code failed} hears of a logout that failed (the session then times out on the appliance). */
    ConnectedAppliances(BackgroundRunner runner, Consumer<Throwable> failed) {
        this.runner = Objects.requireNonNull(runner, "runner");
        this.failed = Objects.requireNonNull(failed, "failed");
    }

    void joined(ConnectedAppliance appliance) {
        connected.add(appliance);
    }

    /** {@code appliance} leaves the list and its session is logged out in the background. */
    void left(ConnectedAppliance appliance) {
        if (appliance != null) {
            connected.remove(appliance);
            logOut(appliance.client());
        }
    }

    /** Logs out a session in the background (also one that never joined, e.g. disconnected while connecting). */
    void logOut(ApplianceClient client) {
        runner.run(context -> {
            client.logout();
            return null;
        }, done -> { }, failed);
    }

    /**
     * Exit: logs out every session at once and waits at most {@code limit}; whatever is slower
     * is left to time out on the appliance. Blocks the caller, so only the exit path calls it.
     */
    void logOutAll(Duration limit) {
        List<CompletableFuture<Void>> logouts = connected.stream()
                .map(appliance -> CompletableFuture.runAsync(appliance.client()::logout)).toList();
        connected.clear();
        try {
            CompletableFuture.allOf(logouts.toArray(CompletableFuture[]::new)).get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (Exception slowOrFailed) {
            LOG.log(System.Logger.Level.INFO, "Not every appliance confirmed the logout in " + limit);
        }
    }

    /** Read-only; the workspace closes the views of one that leaves. */
    ObservableList<ConnectedAppliance> list() {
        return view;
    }
}
