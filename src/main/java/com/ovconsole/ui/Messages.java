package com.ovconsole.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The UI strings ({@code com/ovconsole/ui/messages.properties}). Code asks for keys through
 * {@code messages.get(…)} / {@code messages.format(…)} with a literal key so that MessagesBundleTest
 * can find every key used and fail on one missing from the bundle.
 */
public final class Messages {

    public static final String BUNDLE = "com.ovconsole.ui.messages";

    private final ResourceBundle bundle;

    public Messages(ResourceBundle bundle) {
        this.bundle = Objects.requireNonNull(bundle, "bundle");
    }

    /** The bundle for the default locale. */
    public static Messages load() {
        return load(Locale.getDefault());
    }

    public static Messages load(Locale locale) {
        return new Messages(ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getModule()));
    }

    /** The bundle itself, for FXMLLoader ({@code %key} in FXML). */
    public ResourceBundle bundle() {
        return bundle;
    }

    /** The text for {@code key}; a missing key shows as {@code !key!} instead of crashing a dialog. */
    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    /** The text for {@code key} with {@code {0}}, {@code {1}}… filled in (MessageFormat rules). */
    public String format(String key, Object... arguments) {
        return new MessageFormat(get(key), bundle.getLocale()).format(arguments);
    }
}
