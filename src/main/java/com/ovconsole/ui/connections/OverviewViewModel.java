package com.ovconsole.ui.connections;

import com.ovconsole.api.ApiVersions;
import com.ovconsole.api.CertificateChangedException;
import com.ovconsole.api.PageQuery;
import com.ovconsole.ui.BackgroundRunner;
import com.ovconsole.ui.ConnectedAppliance;
import com.ovconsole.ui.Job;
import com.ovconsole.ui.Messages;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import tools.jackson.databind.JsonNode;

/** The Overview tab of one connected appliance: who, where, which API, how long, how many profiles. */
public final class OverviewViewModel {

    private final Messages messages;
    private final ConnectedAppliance appliance;
    private final ConnectionFlow.Connected session;
    private final BackgroundRunner runner;
    private final Clock clock;
    private Job<Integer> counting;

    // Properties
    private final ReadOnlyStringWrapper sessionAge = new ReadOnlyStringWrapper(this, "sessionAge", "");
    private final ReadOnlyStringWrapper profiles = new ReadOnlyStringWrapper(this, "profiles", "");
    private final ReadOnlyStringWrapper certificate = new ReadOnlyStringWrapper(this, "certificate", "");

    public OverviewViewModel(Messages messages, ConnectedAppliance appliance, ConnectionFlow.Connected session,
            BackgroundRunner runner, Clock clock) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.appliance = Objects.requireNonNull(appliance, "appliance");
        this.session = Objects.requireNonNull(session, "session");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.clock = Objects.requireNonNull(clock, "clock");
        tick();
    }

    // Commands

    /** Updates the session age; the view calls it every second. */
    public void tick() {
        sessionAge.set(age(Duration.between(session.since(), clock.instant())));
        // A certificate re-trusted mid-session is pinned in the client, not in the session record.
        String pinned = appliance.client().pinnedSha256();
        certificate.set(pinned == null ? "" : pinned);
    }

    /** Counts the server profiles (one small page, the total is in it). */
    public void refresh() {
        if (counting != null) {
            counting.cancel();
        }
        profiles.set(messages.get("connections.overview.profilesLoading"));
        counting = runner.run(context -> {
            Integer total = appliance.client().page("/rest/server-profiles", PageQuery.ALL.count(1), JsonNode.class).total();
            return total == null ? -1 : total;
        }, total -> profiles.set(total < 0 ? "?" : Integer.toString(total)), failure -> profiles.set(
                failure instanceof CertificateChangedException ? messages.get("connections.status.certificateChanged")
                        : failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage()));
    }

    public void close() {
        if (counting != null) {
            counting.cancel();
        }
    }

    static String age(Duration age) {
        long seconds = Math.max(0, age.getSeconds());
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return seconds / 60 + " min " + seconds % 60 + " s";
        }
        return seconds / 3600 + " h " + seconds % 3600 / 60 + " min";
    }

    // Properties

    public String getName() {
        return appliance.displayName();
    }

    public String getAddress() {
        return appliance.address();
    }

    /** "API 3800 (OneView 6.60); appliance supports 120 to 3800". */
    public String getApiVersion() {
        return messages.format("connections.overview.apiVersionValue", Integer.toString(session.apiVersion()),
                ApiVersions.releaseName(session.apiVersion()), Integer.toString(session.version().minimumVersion()),
                Integer.toString(session.version().currentVersion()));
    }

    public String getUser() {
        return session.loginDomain() + "\\" + session.userName();
    }

    /** The pinned certificate's SHA-256 (the one re-trusted, after a change mid-session). */
    public ReadOnlyStringProperty certificateProperty() {
        return certificate.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sessionAgeProperty() {
        return sessionAge.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty profilesProperty() {
        return profiles.getReadOnlyProperty();
    }
}
