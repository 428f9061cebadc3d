package com.ovconsole.merge;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Value equality for merging: numbers compare by value, so 2500 read from the appliance equals a
 * 2500 the editor stored as a long or a decimal. Otherwise plain {@link JsonNode#equals}.
 */
final class JsonValues {

    private static final Comparator<JsonNode> NUMBERS_BY_VALUE = (a, b) -> {
        if (a.equals(b)) {
            return 0;
        }
        if (a.isNumber() && b.isNumber()) {
            Optional<BigDecimal> x = a.decimalValueOpt();
            Optional<BigDecimal> y = b.decimalValueOpt();
            if (x.isPresent() && y.isPresent() && x.get().compareTo(y.get()) == 0) {
                return 0;
            }
        }
        return 1;
    };

    private JsonValues() {
    }

    static boolean same(JsonNode a, JsonNode b) {
        return a == b || a.equals(NUMBERS_BY_VALUE, b);
    }

    /** A key usable in a hash map under the same rule: numbers by value, everything else as is. */
    static JsonNode canonicalKey(JsonNode key) {
        if (key.isNumber()) {
            Optional<BigDecimal> value = key.decimalValueOpt();
            if (value.isPresent()) {
                BigDecimal stripped = value.get().signum() == 0 ? BigDecimal.ZERO : value.get().stripTrailingZeros();
                return JsonNodeFactory.instance.numberNode(stripped);
            }
        }
        return key;
    }
}
