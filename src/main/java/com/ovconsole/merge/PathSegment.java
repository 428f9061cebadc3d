package com.ovconsole.merge;

import java.util.Objects;
import tools.jackson.databind.JsonNode;

/** One step of a {@link FieldPath}: an object field, or an array element found by its key. */
public sealed interface PathSegment {

    /** The pointer-like text of this step, e.g. {@code /name} or {@code [id=2]}. */
    String text();

    /** A field of an object. */
    record Field(String name) implements PathSegment {
        public Field {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public String text() {
            // JSON Pointer escaping keeps "/" and "~" inside a name unambiguous.
            return "/" + name.replace("~", "~0").replace("/", "~1");
        }
    }

    /** The element of a key-matched array whose {@code keyField} equals {@code keyValue}. */
    record Key(String keyField, JsonNode keyValue) implements PathSegment {
        public Key {
            Objects.requireNonNull(keyField, "keyField");
            Objects.requireNonNull(keyValue, "keyValue");
        }

        @Override
        public String text() {
            return "[" + keyField + "=" + keyValue.asString() + "]";
        }
    }
}
