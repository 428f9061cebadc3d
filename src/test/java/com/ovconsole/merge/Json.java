package com.ovconsole.merge;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Test JSON written with single quotes, for readable tables. */
final class Json {

    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }

    static JsonNode json(String singleQuoted) {
        return MAPPER.readTree(singleQuoted.replace('\'', '"'));
    }

    static FieldPath path(String... fields) {
        FieldPath path = FieldPath.root();
        for (String field : fields) {
            path = path.field(field);
        }
        return path;
    }
}
