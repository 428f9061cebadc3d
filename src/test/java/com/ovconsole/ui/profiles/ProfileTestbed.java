package com.ovconsole.ui.profiles;

import com.ovconsole.api.ApplianceClient;
import com.ovconsole.api.Credentials;
import com.ovconsole.api.ReloginHook;
import com.ovconsole.sim.SimulatorConfig;
import com.ovconsole.store.DraftStore;
import com.ovconsole.testing.SimulatorFixture;
import com.ovconsole.ui.ConnectedAppliance;
import com.ovconsole.ui.Messages;
import com.ovconsole.ui.RecordingDialogService;
import com.ovconsole.ui.profiles.conflict.MergePrompt;
import com.ovconsole.ui.profiles.conflict.MergeViewModel;
import com.ovconsole.ui.profiles.editor.ProfileEditorViewModel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import tools.jackson.databind.node.ObjectNode;

/**
 * Everything a profile ViewModel needs, real: the simulator over pinned HTTPS, a client whose
 * re-login hook answers with the administrator's password (and counts the prompts), a task
 * tracker that polls, drafts in a temporary folder, a stand-in UI thread.
 */
public final class ProfileTestbed implements AutoCloseable {

    public final SimulatorFixture fixture;
    public final TestUiThread ui = new TestUiThread();
    public final PollingTaskTracker tasks = new PollingTaskTracker(ui);
    public final RecordingDialogService dialogs = new RecordingDialogService();
    public final DraftStore drafts;
    public final Messages messages = Messages.load(Locale.ROOT);
    public final AtomicInteger reloginPrompts = new AtomicInteger();
    public final List<MergeViewModel> mergesShown = new CopyOnWriteArrayList<>();
    public final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "test-scheduler");
        t.setDaemon(true);
        return t;
    });
    public final ProfileServices services;
    public final ConnectedAppliance appliance;
    /** How the "user" answers the merge dialog; default: keep mine for every conflict. */
    public volatile Function<MergeViewModel, Optional<ObjectNode>> mergeAnswer = merge -> {
        merge.chooseAll(com.ovconsole.merge.Choice.MINE);
        return Optional.of(merge.merged());
    };

    public ProfileTestbed(SimulatorConfig.Builder config, Path configDir) {
        fixture = SimulatorFixture.start(config);
        drafts = new DraftStore(configDir);
        services = new ProfileServices(ui.runner(), ui, scheduler, dialogs, tasks, drafts, messages,
                Duration.ofMillis(20), Duration.ofMinutes(10));
        appliance = new ConnectedAppliance("appliance-1", "Demo", signedInClient());
    }

    public static ProfileTestbed start(Path configDir) {
        return new ProfileTestbed(SimulatorConfig.builder().taskSeconds(1).profiles(40), configDir);
    }

    private ApplianceClient signedInClient() {
        SimulatorConfig config = fixture.simulator().config();
        ReloginHook hook = (address, user) -> {
            reloginPrompts.incrementAndGet();
            return Optional.of(new Credentials(config.user(), config.password().toCharArray(), "LOCAL", true));
        };
        ApplianceClient client = fixture.clientBuilder().reloginHook(hook).build();
        client.negotiate();
        client.login(new Credentials(config.user(), config.password().toCharArray(), "LOCAL", true));
        return client;
    }

    public MergePrompt mergePrompt() {
        return merge -> {
            mergesShown.add(merge);
            return mergeAnswer.apply(merge);
        };
    }

    public ProfileEditorViewModel editor() {
        return ui.call(() -> new ProfileEditorViewModel(appliance, services, mergePrompt()));
    }

    /** An editor showing the profile with this simulator id, loaded. */
    public ProfileEditorViewModel open(String id) {
        ProfileEditorViewModel editor = editor();
        ui.run(() -> editor.open(uriOf(id)));
        ui.waitUntil("the profile is loaded", () -> editor.loadedProperty().get() && !editor.busyProperty().get());
        return editor;
    }

    public String firstId() {
        return fixture.simulator().profileIds().get(0);
    }

    public static String uriOf(String id) {
        return "/rest/server-profiles/" + id;
    }

    public ObjectNode stored(String id) {
        return fixture.simulator().profile(id);
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        tasks.close();
        ui.close();
        appliance.client().logout();
        fixture.close();
    }
}
