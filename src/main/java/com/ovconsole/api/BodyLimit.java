package com.ovconsole.api;

import java.io.IOException;
import java.io.InputStream;

/** Reads an answer into memory, refusing more than a cap (JSON bodies are small; archives stream). */
final class BodyLimit {

    static final long DEFAULT_JSON_BYTES = 32L * 1024 * 1024;

    private BodyLimit() {
    }

    static byte[] read(InputStream in, long maxBytes, String what) throws IOException {
        byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (body.length > maxBytes) {
            throw new ApiException("The appliance's answer to " + what + " is larger than " + (maxBytes / (1024 * 1024))
                    + " MiB (" + maxBytes + " bytes); it was not read.");
        }
        return body;
    }
}
