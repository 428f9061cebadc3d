package com.ovconsole.ui.connections;

import com.ovconsole.store.ApplianceEntry;
import com.ovconsole.store.ApplianceStore;
import com.ovconsole.ui.BackgroundRunner;
import com.ovconsole.ui.Messages;
import com.ovconsole.ui.RecordingDialogService;
import com.ovconsole.ui.UiDispatcher;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.collections.ListChangeListener;

/**
 * The connections ViewModel wired as the app wires it, but on one thread: same-thread runner,
 * direct dispatcher, scripted prompts, a recording DialogService and a store in a temp folder.
 */
final class ConnectionsHarness {

    static final RetryPolicy FAST_RETRY = new RetryPolicy(Duration.ofMillis(20), Duration.ofMillis(100),
            Duration.ofMinutes(1), 3);

    final Messages messages = Messages.load(Locale.ROOT);
    final RecordingDialogService dialogs = new RecordingDialogService();
    final ScriptedPrompts prompts = new ScriptedPrompts();
    final ApplianceStore store;
    final ApplianceListViewModel list;
    final ConnectionFlow flow;

    ConnectionsHarness(Path configDir) {
        this(configDir, EndpointResolver.AS_STORED);
    }

    ConnectionsHarness(Path configDir, EndpointResolver endpoints) {
        this(configDir, endpoints, BackgroundRunner.sameThread());
    }

    /** With {@code runner} on another thread, callbacks arrive on that thread (direct dispatcher). */
    ConnectionsHarness(Path configDir, EndpointResolver endpoints, BackgroundRunner runner) {
        store = new ApplianceStore(configDir);
        flow = new ConnectionFlow(messages, prompts, UiDispatcher.direct(), Locale.US, FAST_RETRY,
                client -> Optional.empty(), Clock.systemUTC());
        list = new ApplianceListViewModel(messages, dialogs, prompts, store, runner,
                UiDispatcher.direct(), endpoints, flow, () -> false);
    }

    /** Stores an entry for {@code address} and loads the list; returns its item. */
    ApplianceItem appliance(String name, String address, String pin) {
        ApplianceEntry entry = ApplianceEntry.create(name, address, "Administrator", "LOCAL").withPinnedCertificate(pin);
        store.add(entry);
        CountDownLatch loaded = new CountDownLatch(1);
        ListChangeListener<ApplianceItem> listener = change -> loaded.countDown();
        list.getItems().addListener(listener);
        list.load();
        try {
            // Inline with the same-thread runner; on a worker it arrives a moment later.
            if (!loaded.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("the appliance list did not load");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError(interrupted);
        } finally {
            list.getItems().removeListener(listener);
        }
        return list.item(entry.id());
    }

    ApplianceEntry stored(String id) {
        return store.load().value().stream().filter(entry -> entry.id().equals(id)).findFirst().orElseThrow();
    }
}
