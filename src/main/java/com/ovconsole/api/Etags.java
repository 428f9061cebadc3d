package com.ovconsole.api;

/** ETag header values as OneView compares them: no surrounding quotes, no {@code W/}. */
public final class Etags {

    private Etags() {
    }

    /** Null stays null; {@code W/"12/3"} becomes {@code 12/3}. */
    public static String strip(String header) {
        if (header == null) {
            return null;
        }
        String value = header.trim();
        if (value.startsWith("W/") || value.startsWith("w/")) {
            value = value.substring(2).trim();
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        return value;
    }
}
