package com.ovconsole.store;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

/** The mapper for files on disk: lenient with what newer or older versions of the app wrote. */
final class StoreJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            // A file written by a newer version keeps loading (forward compatibility).
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(EnumFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private StoreJson() {
    }

    static JsonMapper mapper() {
        return MAPPER;
    }
}
