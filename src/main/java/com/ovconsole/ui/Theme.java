package com.ovconsole.ui;

/** The two looks; the AtlantaFX stylesheet is picked in the app layer (see ThemeSwitcher). */
public enum Theme {
    LIGHT,
    DARK
}
