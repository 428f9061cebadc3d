package com.ovconsole.app.tour;

import com.ovconsole.store.ApplianceEntry;
import com.ovconsole.ui.connections.ApplianceItem;
import com.ovconsole.ui.connections.ConnectionStatus;
import java.time.Duration;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;

/**
 * First run, connecting the demo (login banner), adding a second appliance (validation, trust on
 * first use, a 503 start-up, login), two appliances connected, and a changed certificate.
 */
final class ConnectionScreens {

    private final TourContext tour;

    ConnectionScreens(TourContext tour) {
        this.tour = tour;
    }

    void run() {
        ApplianceItem demo = tour.item(ApplianceEntry.builtInDemo().displayName());
        tour.select(demo);
        tour.shots.window("first-run-demo-not-connected", "First run: the built-in demo appliance, not connected yet");

        tour.connect(demo);
        DialogPane login = tour.dialog("login-dialog");
        tour.type(login, "#password", "admin");
        tour.steps.onFx(() -> {
            ((CheckBox) login.lookup("#acknowledge")).setSelected(true);
            return null;
        });
        tour.shots.dialog("login-dialog", "login-with-banner", "Login: domains and the appliance's login banner");
        tour.press(login, ButtonBar.ButtonData.OK_DONE);
        tour.waitConnected(demo);
        tour.steps.waitUntil("the overview's figures", () -> TourContext.label(text -> text.contains("240")));
        tour.shots.window("overview-demo-connected", "Overview of the connected demo appliance");

        ApplianceItem staging = addAppliance(TourAppliances.STAGING_ADDRESS, TourAppliances.STAGING_NAME, true);
        tour.connect(staging);
        DialogPane changed = tour.dialog("certificate-dialog");
        tour.shots.dialog("certificate-dialog", "certificate-changed-blocked",
                "A changed certificate: blocked until the user explicitly trusts the new one");
        tour.press(changed, ButtonBar.ButtonData.CANCEL_CLOSE);
        tour.steps.waitUntil("the staging connect refused", () -> staging.getStatus() == ConnectionStatus.DISCONNECTED
                || staging.getStatus() == ConnectionStatus.ERROR);
        ApplianceItem lab = addAppliance(TourAppliances.LAB_ADDRESS, TourAppliances.LAB_NAME, false);
        tour.shots.window("appliance-selected-not-connected", "A new appliance, selected but not connected");
        tour.connect(lab);
        DialogPane trust = tour.dialog("certificate-dialog");
        tour.shots.dialog("certificate-dialog", "certificate-first-use",
                "Trust on first use: the appliance's certificate, before it is pinned");
        tour.press(trust, ButtonBar.ButtonData.OK_DONE);
        tour.waitNoDialog("certificate-dialog");
        // The lab appliance is 40 % through its start-up: the console waits and shows how far it is.
        tour.advance(Duration.ofSeconds(TourAppliances.LAB_STARTUP_SECONDS * 2L / 5));
        tour.steps.waitUntil("the start-up progress", () -> lab.getDetail() != null
                && lab.getDetail().contains("of") && !lab.getDetail().contains(" 0 of"));
        tour.shots.window("appliance-starting-503", "An appliance still starting (503): the console waits and shows its progress");
        tour.advance(Duration.ofSeconds(TourAppliances.LAB_STARTUP_SECONDS));
        DialogPane labLogin = tour.dialog("login-dialog");
        tour.type(labLogin, "#password", "admin");
        tour.press(labLogin, ButtonBar.ButtonData.OK_DONE);
        tour.waitConnected(lab);
        tour.steps.waitUntil("the lab overview's figures", () -> TourContext.label(text -> text.contains("64")));
        tour.shots.window("two-appliances-connected", "Two appliances connected at once");

        tour.select(demo);
    }

    /** File > Add appliance; the first time with its validation errors on screen as well. */
    private ApplianceItem addAppliance(String address, String name, boolean pictures) {
        tour.steps.fire(() -> tour.console.appliances().add());
        DialogPane form = tour.dialog("appliance-form-dialog");
        if (pictures) {
            tour.shots.dialog("appliance-form-dialog", "add-appliance", "Add appliance");
            tour.type(form, "#address", "https://oneview lab:99999");
            tour.type(form, "#proxy", "proxy.example.com");
            tour.shots.dialog("appliance-form-dialog", "add-appliance-validation-errors",
                    "Add appliance: what is wrong, said at the field");
        }
        tour.type(form, "#address", address);
        tour.type(form, "#displayName", name);
        tour.type(form, "#userName", "Administrator");
        tour.type(form, "#loginDomain", "LOCAL");
        tour.type(form, "#proxy", "");
        tour.press(form, ButtonBar.ButtonData.OK_DONE);
        tour.waitNoDialog("appliance-form-dialog");
        ApplianceItem item = tour.item(name);
        tour.select(item);
        return item;
    }
}
