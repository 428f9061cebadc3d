package com.ovconsole.api;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The client's one Jackson mapper, tolerant of what appliances send, and readable failures. */
final class Json {

    static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private Json() {
    }

    /** Parses an answer; {@code what} names it ("GET /rest/version") for the message. */
    static JsonNode parse(byte[] body, String what) {
        if (body == null || body.length == 0) {
            throw new ApiException("The appliance's answer to " + what + " was empty where JSON was expected.");
        }
        try {
            return MAPPER.readTree(body);
        } catch (StreamConstraintsException e) {
            // Valid JSON maybe, but nested or sized past what the parser accepts (a guard against stack exhaustion).
            throw new ApiException("The appliance's answer to " + what + " is nested too deeply or holds a value"
                    + " too large to read; it was not read.", e);
        } catch (JacksonException e) {
            throw new ApiException("The appliance's answer to " + what + " is not valid JSON" + where(e) + ".", e);
        }
    }

    /** Reads a tree into a record; a wrong shape is a clear ApiException, not a Jackson trace. */
    static <T> T convert(JsonNode node, Class<T> type, String what) {
        if (type.isInstance(node)) {
            return type.cast(node);
        }
        try {
            return MAPPER.treeToValue(node, type);
        } catch (JacksonException e) {
            throw new ApiException("The appliance's answer to " + what + " does not have the shape of a "
                    + type.getSimpleName() + where(e) + ".", e);
        }
    }

    private static String where(JacksonException e) {
        TokenStreamLocation location = e.getLocation();
        if (location != null && location.getLineNr() > 0) {
            return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
        }
        String path = e.getPathReference();
        return path == null || path.isBlank() ? "" : " (at " + path + ")";
    }
}
