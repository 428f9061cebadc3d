package com.ovconsole.integration;

import com.ovconsole.api.ApplianceClient;
import java.lang.reflect.Field;

/**
 * Reads a client's session id, which the client rightly never exposes, so a test can check from
 * outside that the appliance really ended it. Test code only (same module, deep reflection).
 */
public final class SessionPeek {

    private SessionPeek() {
    }

    public static String sessionId(ApplianceClient client) {
        try {
            Object keeper = field(ApplianceClient.class, "session").get(client);
            return (String) field(keeper.getClass(), "sessionId").get(keeper);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("The client's session holder changed shape: " + e, e);
        }
    }

    private static Field field(Class<?> type, String name) throws NoSuchFieldException {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return field;
    }
}
