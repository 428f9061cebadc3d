package com.ovconsole.ui.errors;

import com.ovconsole.api.model.ErrorMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import tools.jackson.databind.json.JsonMapper;

/** ErrorMessage bodies as the appliance sends them (src/test/resources/com/ovconsole/ui/errors). */
final class ErrorSamples {

    private ErrorSamples() {
    }

    /** A real appliance answer: one recommended action, no details, no nested errors. */
    static ErrorMessage simple() {
        return read("error-message.json");
    }

    /** Details, two recommended actions and a two-level nested error tree. */
    static ErrorMessage withNestedErrors() {
        return read("error-with-nested-errors.json");
    }

    private static ErrorMessage read(String name) {
        try (InputStream in = ErrorSamples.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + name);
            }
            return JsonMapper.builder().build().readValue(in, ErrorMessage.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
