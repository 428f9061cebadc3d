package com.ovconsole.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.ovconsole.api.ApplianceStartingException;
import com.ovconsole.api.ReloginHook;
import com.ovconsole.api.model.ApplianceProgress;
import com.ovconsole.sim.ApplianceSimulator;
import com.ovconsole.sim.SimulatorConfig;
import com.ovconsole.store.ApplianceEntry;
import com.ovconsole.testing.ManualClock;
import com.ovconsole.ui.Messages;
import com.ovconsole.ui.Work;
import com.ovconsole.ui.connections.ApplianceEndpoint;
import com.ovconsole.ui.connections.ApplianceFormViewModel;
import com.ovconsole.ui.connections.CertificateTrustViewModel;
import com.ovconsole.ui.connections.ConnectionFlow;
import com.ovconsole.ui.connections.ConnectionPrompts;
import com.ovconsole.ui.connections.LoginViewModel;
import com.ovconsole.ui.connections.RetryPolicy;
import com.ovconsole.ui.connections.StartupProgress;
import com.ovconsole.ui.errors.ErrorReport;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * An appliance that is still starting answers 503 to everything but its progress. Connecting waits
 * and shows "n of m components", then logs in once it is up; an appliance that does not come up in
 * time ends with the appliance's own words.
 */
class StartupFaultTest {

    private final Messages messages = Messages.load(Locale.ROOT);
    private final List<String> progress = new CopyOnWriteArrayList<>();

    @Test
    void connectingToAStartingApplianceShowsItsProgressThenLogsIn() throws Exception {
        ManualClock clock = new ManualClock();
        try (ApplianceSimulator sim = ApplianceSimulator.start(SimulatorConfig.builder().port(0).clock(clock)
                .startupSeconds(60).build()); UiThread ui = new UiThread()) {
            ConnectionFlow flow = flow(ui, new RetryPolicy(Duration.ofMillis(20), Duration.ofMillis(50),
                    Duration.ofMinutes(1), 3));
            CompletableFuture<ConnectionFlow.Connected> connecting = CompletableFuture.supplyAsync(() -> connect(flow, sim));

            awaitProgress("Appliance starting… 0 of \\d+ components");
            clock.advance(Duration.ofSeconds(30));
            awaitProgress("Appliance starting… [1-9]\\d* of \\d+ components");
            clock.advance(Duration.ofSeconds(31));
            ConnectionFlow.Connected connected = connecting.get(UiThread.WAIT.toSeconds(), TimeUnit.SECONDS);

            assertThat(connected.client().isLoggedIn()).isTrue();
            assertThat(sim.liveSessions()).isEqualTo(1);
            connected.client().logout();
            assertThat(sim.liveSessions()).isZero();
        }
    }

    @Test
    void anApplianceThatDoesNotComeUpInTimeEndsWithItsOwnWords() {
        try (ApplianceSimulator sim = ApplianceSimulator.start(SimulatorConfig.builder().port(0)
                .clock(new ManualClock()).startupSeconds(600).build()); UiThread ui = new UiThread()) {
            ConnectionFlow flow = flow(ui, new RetryPolicy(Duration.ofMillis(20), Duration.ofMillis(50),
                    Duration.ofMillis(300), 3));

            ApplianceStartingException starting = catchThrowableOfType(ApplianceStartingException.class,
                    () -> connect(flow, sim));

            ErrorReport shown = ErrorReport.of(starting, messages); // what the error dialog shows
            FaultBed.assertReadable(shown.message() + " " + shown.details());
            assertThat(shown.message()).isEqualTo("The appliance is starting.");
            assertThat(shown.recommendedActions()).contains("Wait until the appliance has started, then retry.");
            assertThat(sim.sessionsOpened()).isZero();
        }
    }

    private ConnectionFlow flow(UiThread ui, RetryPolicy retry) {
        return new ConnectionFlow(messages, new TypesThePassword(), ui, Locale.ROOT, retry,
                StartupFaultTest::startupProgress, Clock.systemUTC());
    }

    /** As the app reads it (Composition.startupProgress). */
    private static Optional<StartupProgress> startupProgress(com.ovconsole.api.ApplianceClient client) {
        ApplianceProgress read = client.applianceProgress();
        return Optional.of(new StartupProgress(read.completeComponents(), read.totalComponents()));
    }

    private ConnectionFlow.Connected connect(ConnectionFlow flow, ApplianceSimulator sim) {
        ApplianceEntry entry = ApplianceEntry.create("Starting", "127.0.0.1:" + sim.port(), "Administrator", "LOCAL");
        ApplianceEndpoint endpoint = new ApplianceEndpoint(entry.address(), sim.certificateSha256(), null, false);
        Work.JobContext job = new Work.JobContext() {
            @Override
            public void progress(double fraction, String message) {
                progress.add(message);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        try {
            return flow.connect(entry, endpoint, ReloginHook.NONE, job);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void awaitProgress(String regex) {
        long deadline = System.nanoTime() + UiThread.WAIT.toNanos();
        while (progress.stream().noneMatch(line -> line.matches(regex))) {
            assertThat(System.nanoTime()).as("waiting for progress '" + regex + "'; saw " + progress).isLessThan(deadline);
            FaultBed.sleep(10);
        }
    }

    /** The user trusts nothing new (the pin is given) and types the administrator's password. */
    private static final class TypesThePassword implements ConnectionPrompts {
        @Override
        public boolean trustCertificate(CertificateTrustViewModel certificate) {
            return false;
        }

        @Override
        public boolean logIn(LoginViewModel login) {
            login.passwordProperty().set("admin");
            return true;
        }

        @Override
        public boolean logInAgain(LoginViewModel login) {
            return false;
        }

        @Override
        public boolean editAppliance(ApplianceFormViewModel form) {
            return false;
        }
    }
}
