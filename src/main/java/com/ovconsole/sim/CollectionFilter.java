package com.ovconsole.sim;

import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One {@code filter} expression of the OneView query language, the subset the console uses:
 * {@code name matches 'web%'} (case-insensitive, % = any run), {@code status='OK'},
 * {@code status<>'OK'}, {@code field>'x'}/{@code <} on text or numbers. Dotted paths reach nested fields.
 */
final class CollectionFilter implements Predicate<ObjectNode> {

    private static final Pattern EXPRESSION = Pattern.compile(
            "\\s*\"?([A-Za-z][A-Za-z0-9_.]*)\"?\\s*(=|==|<>|!=|>|<|\\bmatches\\b)\\s*(?:'(.*)'|\"(.*)\"|(\\S+))\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private final String field;
    private final String operator;
    private final String value;
    private final Pattern likePattern;

    private CollectionFilter(String field, String operator, String value) {
        this.field = field;
        this.operator = operator;
        this.value = value;
        this.likePattern = operator.equals("matches") ? like(value) : null;
    }

    /** Parses one expression; 400 with the reason when it is not understood. */
    static CollectionFilter parse(String expression) {
        String text = expression.strip();
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"") && text.indexOf('\'') > 0) {
            text = text.substring(1, text.length() - 1);
        }
        Matcher m = EXPRESSION.matcher(text);
        if (!m.matches()) {
            throw ApplianceError.badRequest("INVALID_FILTER", "The filter is not valid: " + expression,
                    "Use expressions like name matches 'web%' or status='OK'.");
        }
        String operator = m.group(2).toLowerCase(Locale.ROOT);
        operator = switch (operator) {
            case "==" -> "=";
            case "!=" -> "<>";
            default -> operator;
        };
        String value = m.group(3) != null ? m.group(3) : m.group(4) != null ? m.group(4) : m.group(5);
        return new CollectionFilter(m.group(1), operator, value);
    }

    @Override
    public boolean test(ObjectNode member) {
        JsonNode node = Json.path(member, field);
        String actual = node == null || node.isNull() || !node.isValueNode() ? null : node.asString();
        return switch (operator) {
            case "=" -> value.equals(actual) || ("null".equals(value) && actual == null);
            case "<>" -> !value.equals(actual) && !("null".equals(value) && actual == null);
            case "matches" -> actual != null && likePattern.matcher(actual).matches();
            case ">" -> actual != null && Values.compare(node, value) > 0;
            case "<" -> actual != null && Values.compare(node, value) < 0;
            default -> false;
        };
    }

    private static Pattern like(String value) {
        StringBuilder regex = new StringBuilder();
        String[] parts = value.split("%", -1);
        for (int i = 0; i < parts.length; i++) {
            regex.append(i > 0 ? ".*" : "").append(Pattern.quote(parts[i]));
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    }

    /** Comparisons of JSON scalars: numbers as numbers, everything else as case-insensitive text. */
    static final class Values {
        private Values() {
        }

        static int compare(JsonNode node, String other) {
            if (node.isNumber()) {
                try {
                    return Double.compare(node.asDouble(), Double.parseDouble(other));
                } catch (NumberFormatException e) {
                    return node.asString().compareToIgnoreCase(other);
                }
            }
            return node.asString().compareToIgnoreCase(other);
        }

        static int compareNodes(JsonNode a, JsonNode b) {
            boolean aMissing = a == null || a.isNull() || !a.isValueNode();
            boolean bMissing = b == null || b.isNull() || !b.isValueNode();
            if (aMissing || bMissing) {
                return Boolean.compare(aMissing, bMissing);
            }
            if (a.isNumber() && b.isNumber()) {
                return Double.compare(a.asDouble(), b.asDouble());
            }
            return a.asString().compareToIgnoreCase(b.asString());
        }
    }
}
