package com.ovconsole.ui.connections;

import com.ovconsole.api.CertificateChangedException;
import com.ovconsole.api.CertificateInfo;
import com.ovconsole.store.ApplianceEntry;
import com.ovconsole.store.ApplianceStore;
import com.ovconsole.ui.BackgroundRunner;
import com.ovconsole.ui.ConnectedAppliance;
import com.ovconsole.ui.DialogService;
import com.ovconsole.ui.Messages;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A certificate that changes while the user is signed in: the appliance moves to "certificate
 * changed" (its views and drafts stay open, nothing is sent), the user reviews the new
 * certificate in the same dialog as at connect time, and on trust it is pinned (client and store)
 * and the appliance is usable again. Called on the UI thread.
 */
final class CertificateChanges {

    private static final System.Logger LOG = System.getLogger(CertificateChanges.class.getName());

    private final Messages messages;
    private final ConnectionPrompts prompts;
    private final ApplianceStore store;
    private final BackgroundRunner runner;
    private final DialogService dialogs;
    private final ConnectionFlow flow;
    private final Consumer<String> status;
    private Consumer<ConnectedAppliance> trusted = appliance -> { };

    /** @param status writes the status bar's text */
    CertificateChanges(Messages messages, ConnectionPrompts prompts, ApplianceStore store, BackgroundRunner runner,
            DialogService dialogs, ConnectionFlow flow, Consumer<String> status) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.prompts = Objects.requireNonNull(prompts, "prompts");
        this.store = Objects.requireNonNull(store, "store");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.flow = Objects.requireNonNull(flow, "flow");
        this.status = Objects.requireNonNull(status, "status");
    }

    /** {@code action} runs once a changed certificate was trusted, e.g. to reload what the user looks at. */
    void onTrusted(Consumer<ConnectedAppliance> action) {
        trusted = Objects.requireNonNull(action, "action");
    }

    /** A request of {@code item}'s session was refused because the appliance presents another certificate. */
    void changed(ApplianceItem item, CertificateChangedException changed) {
        if (alreadyTrusted(item, changed)) {
            return; // refused before the user trusted this very certificate; heard after it
        }
        boolean first = item.getStatus() != ConnectionStatus.CERTIFICATE_CHANGED;
        item.certificateChanged(changed, messages.get("connections.certificateChanged.detail"));
        if (first && item.getStatus() == ConnectionStatus.CERTIFICATE_CHANGED) {
            LOG.log(System.Logger.Level.WARNING, "The certificate of " + item.getEntry().address()
                    + " changed during the session: pinned " + changed.pinnedSha256() + ", presented "
                    + changed.presented().sha256() + "; nothing is sent until the user reviews it");
            status.accept(messages.format("connections.certificateChanged.status", item.getEntry().displayName()));
        }
    }

    private static boolean alreadyTrusted(ApplianceItem item, CertificateChangedException changed) {
        ConnectedAppliance appliance = item.getConnected();
        String pinned = appliance == null ? null : appliance.client().pinnedSha256();
        return pinned != null && CertificateInfo.normalizeFingerprint(pinned)
                .equals(CertificateInfo.normalizeFingerprint(changed.presented().sha256()));
    }

    /** The review-and-trust dialog of connect time; on trust the new certificate is pinned in the background. */
    void review(ApplianceItem item) {
        CertificateChangedException changed = item.getChangedCertificate();
        ConnectedAppliance appliance = item.getConnected();
        if (changed == null || appliance == null) {
            return;
        }
        String name = item.getEntry().displayName();
        if (!prompts.trustCertificate(flow.trustQuestion(name, changed.presented(), changed.pinnedSha256()))) {
            status.accept(messages.format("connections.certificateChanged.notTrusted", name));
            return;
        }
        String sha256 = changed.presented().sha256();
        ApplianceEntry entry = item.getEntry();
        boolean ours = item.isPinOurs();
        runner.run(context -> {
            appliance.client().trustCertificate(sha256);
            ApplianceEntry updated = ours ? entry : entry.withPinnedCertificate(sha256);
            if (!updated.equals(entry)) {
                store.update(updated);
            }
            // Anonymous and cheap: proves the new pin before the views reload (a second change shows at once).
            appliance.client().version();
            return updated;
        }, updated -> {
            item.setEntry(updated);
            item.certificateTrusted();
            status.accept(messages.format("connections.certificateChanged.trusted", name));
            trusted.accept(appliance);
        }, failure -> {
            if (!(failure instanceof CertificateChangedException)) {
                dialogs.showError(failure);
            }
        });
    }
}
