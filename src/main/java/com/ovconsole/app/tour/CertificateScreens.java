package com.ovconsole.app.tour;

import com.ovconsole.store.ApplianceEntry;
import com.ovconsole.ui.connections.ApplianceItem;
import com.ovconsole.ui.connections.ConnectionStatus;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;

/**
 * The lab appliance makes itself a new certificate while the user is signed in: the window in the
 * "certificate changed" state (list, status bar, banner above the kept views), the review of the
 * new certificate, and the appliance usable again once it is trusted.
 */
final class CertificateScreens {

    private final TourContext tour;

    CertificateScreens(TourContext tour) {
        this.tour = tour;
    }

    void run() {
        ApplianceItem lab = tour.item(TourAppliances.LAB_NAME);
        tour.select(lab);
        tour.waitConnected(lab);
        tour.selectTab("Server Profiles");
        tour.steps.waitUntil("the lab's profiles", () -> summary().equals("64 of 64"));

        tour.appliances.lab().rotateCertificate();
        tour.steps.fire(() -> tour.console.window().refreshCommand().execute());
        tour.steps.waitUntil("the certificate change shown",
                () -> lab.getStatus() == ConnectionStatus.CERTIFICATE_CHANGED
                        && TourContext.label(text -> text.startsWith("The server profiles could not be read")));
        tour.shots.window("certificate-changed-mid-session",
                "The certificate changed mid-session: nothing is sent, the open views stay, review it from here");

        tour.steps.fire(() -> tour.console.appliances().reviewSelectedCertificate());
        DialogPane review = tour.dialog("certificate-dialog");
        tour.shots.dialog("certificate-dialog", "certificate-changed-review",
                "Reviewing the new certificate: the same dialog as at connect time, old and new fingerprints");
        tour.press(review, ButtonBar.ButtonData.OK_DONE);
        tour.waitNoDialog("certificate-dialog");
        tour.waitConnected(lab);
        tour.steps.waitUntil("the lab's profiles again", () -> summary().equals("64 of 64"));
        tour.select(tour.item(ApplianceEntry.builtInDemo().displayName()));
    }

    private static String summary() {
        return FxSteps.find(".profiles-summary", Node::isVisible).map(node -> ((Label) node).getText()).orElse("");
    }
}
