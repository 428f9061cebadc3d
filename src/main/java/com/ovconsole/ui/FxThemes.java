package com.ovconsole.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/**
 * Applies a {@link Theme}: AtlantaFX Primer as the user-agent stylesheet, for every window at once.
 * Our console.css derives its colours from AtlantaFX's, so it needs no dark variant of its own.
 * (JavaFX 21 has no {@code Platform.getPreferences()}; following the OS theme waits for JavaFX 22.)
 */
public final class FxThemes {

    /** The application stylesheet every scene and dialog carries on top of the theme. */
    public static final String APP_STYLESHEET = FxThemes.class.getResource("console.css").toExternalForm();

    private FxThemes() {
    }

    public static void apply(Theme theme) {
        // The binary form AtlantaFX ships: parsing its 170 kB of CSS text took ~100 ms of start-up.
        Application.setUserAgentStylesheet(theme == Theme.DARK
                ? new PrimerDark().getUserAgentStylesheetBSS()
                : new PrimerLight().getUserAgentStylesheetBSS());
    }
}
