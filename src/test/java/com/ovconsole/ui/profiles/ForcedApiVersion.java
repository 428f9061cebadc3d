package com.ovconsole.ui.profiles;

import com.ovconsole.api.ApplianceClient;
import java.lang.reflect.Field;

/**
 * Makes a signed-in client speak another API version than it negotiated, as an outdated console
 * would. The client has no public knob for this (it always negotiates), so tests set the field;
 * a builder option {@code apiVersion(int)} in the api package would make this unnecessary.
 */
final class ForcedApiVersion {

    private ForcedApiVersion() {
    }

    static void set(ApplianceClient client, int version) {
        try {
            Field field = ApplianceClient.class.getDeclaredField("apiVersion");
            field.setAccessible(true);
            field.setInt(client, version);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("ApplianceClient changed: no apiVersion field", e);
        }
    }
}
