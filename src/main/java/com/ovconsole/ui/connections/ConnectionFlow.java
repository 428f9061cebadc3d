package com.ovconsole.ui.connections;

import com.ovconsole.api.ApplianceClient;
import com.ovconsole.api.ApplianceClientBuilder;
import com.ovconsole.api.ApplianceStartingException;
import com.ovconsole.api.ApplianceUnreachableException;
import com.ovconsole.api.CancelledException;
import com.ovconsole.api.CertificateChangedException;
import com.ovconsole.api.CertificateInfo;
import com.ovconsole.api.Credentials;
import com.ovconsole.api.ReloginHook;
import com.ovconsole.api.UntrustedCertificateException;
import com.ovconsole.api.model.ApiVersionInfo;
import com.ovconsole.store.ApplianceEntry;
import com.ovconsole.ui.Messages;
import com.ovconsole.ui.Progress;
import com.ovconsole.ui.UiDispatcher;
import com.ovconsole.ui.Work;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The connect workflow, one blocking step after the other on a background thread: API version
 * (waiting out an appliance that is starting), certificate (trust on first use, silent when
 * pinned and unchanged, a blocking warning when changed), login. Dialogs are asked on the UI
 * thread through {@link UiQuestions}; each step reports its progress text; cancelling interrupts.
 */
public final class ConnectionFlow {

    /** What a successful connect produced; {@code pinnedSha256} is to be stored with the entry. */
    public record Connected(ApplianceClient client, ApiVersionInfo version, int apiVersion, String userName,
            String loginDomain, String pinnedSha256, Instant since) {
    }

    private final Messages messages;
    private final ConnectionPrompts prompts;
    private final UiQuestions questions;
    private final Locale locale;
    private final RetryPolicy retry;
    private final Function<ApplianceClient, Optional<StartupProgress>> startupProgress;
    private final Clock clock;

    /**
     * @param startupProgress reads {@code /rest/appliance/progress} while the appliance starts;
     *                        empty when it cannot say
     */
    public ConnectionFlow(Messages messages, ConnectionPrompts prompts, UiDispatcher ui, Locale locale,
            RetryPolicy retry, Function<ApplianceClient, Optional<StartupProgress>> startupProgress, Clock clock) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.prompts = Objects.requireNonNull(prompts, "prompts");
        this.questions = new UiQuestions(ui);
        this.locale = Objects.requireNonNull(locale, "locale");
        this.retry = Objects.requireNonNull(retry, "retry");
        this.startupProgress = Objects.requireNonNull(startupProgress, "startupProgress");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Runs every step; throws what went wrong ({@link CancelledException} when the user backed out). */
    public Connected connect(ApplianceEntry entry, ApplianceEndpoint endpoint, ReloginHook relogin,
            Work.JobContext job) throws InterruptedException {
        return connect(entry, endpoint, relogin, changed -> { }, job);
    }

    /**
     * As above; {@code certificateChanged} hears (on the worker of the refused request) of a
     * certificate that changes later in the session. The connect steps handle their own.
     */
    public Connected connect(ApplianceEntry entry, ApplianceEndpoint endpoint, ReloginHook relogin,
            Consumer<CertificateChangedException> certificateChanged, Work.JobContext job)
            throws InterruptedException {
        String pin = endpoint.pinnedSha256();
        ApplianceClient client = build(endpoint, pin, relogin, certificateChanged);
        ApiVersionInfo info = null;
        int attempt = 0;
        Instant waitingSince = clock.instant();
        while (info == null) {
            checkCancelled(job);
            try {
                job.progress(-1, messages.get("connections.step.version"));
                info = client.version();
            } catch (UntrustedCertificateException untrusted) {
                job.progress(-1, messages.get("connections.step.certificate"));
                pin = trustOrStop(entry, untrusted.certificate(), null);
                client = build(endpoint, pin, relogin, certificateChanged);
            } catch (CertificateChangedException changed) {
                job.progress(-1, messages.get("connections.step.certificate"));
                pin = trustOrStop(entry, changed.presented(), changed.pinnedSha256());
                client = build(endpoint, pin, relogin, certificateChanged);
            } catch (ApplianceStartingException | ApplianceUnreachableException notYet) {
                if (!mayRetry(notYet, attempt, waitingSince)) {
                    throw notYet;
                }
                reportStarting(client, attempt, job);
                Thread.sleep(retry.delay(attempt).toMillis());
                attempt++;
            }
        }
        // The answer just read decides the version: asking /rest/version again would be a second request.
        int using = client.negotiate(info);
        job.progress(-1, versionText(info, using));
        checkCancelled(job);

        job.progress(-1, messages.get("connections.step.login"));
        LoginViewModel login = new LoginViewModel(messages, entry.displayName(), entry.userName(),
                entry.loginDomain(), client.loginDetails());
        if (entry.demo()) {
            login.hintProperty().set(messages.get("connections.login.demoHint"));
        }
        if (!questions.ask(() -> prompts.logIn(login))) {
            login.clearPassword();
            throw new CancelledException(messages.get("connections.login.cancelled"));
        }
        Credentials credentials = login.takeCredentials();
        String user = credentials.userName();
        String domain = credentials.loginDomain();
        client.login(credentials);
        return new Connected(client, info, using, user, domain, pin, clock.instant());
    }

    /** "API 3800 (min 120), using 3800". */
    public String versionText(ApiVersionInfo info, int using) {
        return messages.format("connections.version", Integer.toString(info.currentVersion()),
                Integer.toString(info.minimumVersion()), Integer.toString(using));
    }

    /** What the certificate dialog shows: first use ({@code previous} null) or a changed certificate. */
    CertificateTrustViewModel trustQuestion(String applianceName, CertificateInfo presented, String previous) {
        return new CertificateTrustViewModel(messages, applianceName, presented, previous, clock.getZone());
    }

    private String trustOrStop(ApplianceEntry entry, CertificateInfo presented, String previous) {
        CertificateTrustViewModel question = trustQuestion(entry.displayName(), presented, previous);
        if (!questions.ask(() -> prompts.trustCertificate(question))) {
            throw new CancelledException(previous == null ? messages.get("connections.certificate.notTrusted")
                    : messages.get("connections.certificate.changedRefused"));
        }
        return presented.sha256();
    }

    private boolean mayRetry(RuntimeException failure, int attempt, Instant since) {
        if (failure instanceof ApplianceStartingException) {
            return Duration.between(since, clock.instant()).compareTo(retry.startingLimit()) < 0;
        }
        return attempt + 1 < retry.refusedAttempts();
    }

    /** Starting is the only step with a fraction (0 when the appliance cannot say): see {@link #isStarting}. */
    private void reportStarting(ApplianceClient client, int attempt, Work.JobContext job) {
        Optional<StartupProgress> progress = readProgress(client);
        if (progress.isPresent() && progress.get().total() > 0) {
            StartupProgress known = progress.get();
            job.progress((double) known.complete() / known.total(),
                    messages.format("connections.starting.progress", known.complete(), known.total()));
        } else {
            job.progress(0, messages.format("connections.starting.waiting", attempt + 1));
        }
    }

    /** True for a progress report of the "appliance starting" wait (the other steps report -1). */
    public static boolean isStarting(Progress progress) {
        return progress.fraction() >= 0;
    }

    private Optional<StartupProgress> readProgress(ApplianceClient client) {
        try {
            return startupProgress.apply(client);
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private ApplianceClient build(ApplianceEndpoint endpoint, String pin, ReloginHook relogin,
            Consumer<CertificateChangedException> certificateChanged) {
        ApplianceClientBuilder builder = ApplianceClient.builder(endpoint.address()).pinnedSha256(pin)
                .locale(locale).reloginHook(relogin).onCertificateChanged(certificateChanged);
        if (endpoint.proxy() != null && !endpoint.proxy().isBlank()) {
            builder.proxy(endpoint.proxy());
        }
        return builder.build();
    }

    private static void checkCancelled(Work.JobContext job) {
        if (job.isCancelled() || Thread.currentThread().isInterrupted()) {
            throw new CancelledException("Connecting was cancelled.");
        }
    }
}
