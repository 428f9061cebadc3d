package com.ovconsole.sim;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A paged collection answer: {@code start}/{@code count}/{@code filter} (repeatable, ANDed)/{@code sort}
 * applied to the members, with {@code nextPageUri}/{@code prevPageUri}. Pages hold at most
 * {@value #MAX_PAGE} members whatever the client asks, as on a real appliance.
 */
final class CollectionPage {

    static final int MAX_PAGE = 64;

    private final int start;
    private final int count;
    private final List<String> filters;
    private final String sort;
    private final Predicate<ObjectNode> predicate;
    private final Comparator<ObjectNode> comparator;

    private CollectionPage(int start, int count, List<String> filters, String sort) {
        this.start = start;
        this.count = count;
        this.filters = filters;
        this.sort = sort;
        Predicate<ObjectNode> all = m -> true;
        for (String filter : filters) {
            all = all.and(CollectionFilter.parse(filter));
        }
        this.predicate = all;
        this.comparator = sort == null || sort.isBlank() ? null : comparator(sort);
    }

    static CollectionPage of(SimExchange exchange) {
        int start = Math.max(0, intParam(exchange.queryFirst("start"), 0, "start"));
        int requested = intParam(exchange.queryFirst("count"), -1, "count");
        int count = requested < 0 ? MAX_PAGE : Math.min(requested, MAX_PAGE);
        return new CollectionPage(start, count, exchange.queryAll("filter"), exchange.queryFirst("sort"));
    }

    /** The collection body for these members; the page holds copies. */
    ObjectNode render(String type, String category, String basePath, Collection<ObjectNode> members) {
        return render(type, category, basePath, members, ObjectNode::deepCopy);
    }

    /** As above, shaping only the members of the page (copies made for the caller's API version). */
    ObjectNode render(String type, String category, String basePath, Collection<ObjectNode> members,
            UnaryOperator<ObjectNode> shape) {
        List<ObjectNode> selected = new ArrayList<>();
        for (ObjectNode member : members) {
            if (predicate.test(member)) {
                selected.add(member);
            }
        }
        if (comparator != null) {
            selected.sort(comparator);
        }
        int total = selected.size();
        int from = Math.min(start, total);
        int to = Math.min(total, from + count);
        ObjectNode body = Json.object();
        body.put("type", type);
        ArrayNode array = body.putArray("members");
        selected.subList(from, to).forEach(member -> array.add(shape.apply(member)));
        body.put("start", from);
        body.put("count", to - from);
        body.put("total", total);
        body.put("nextPageUri", to < total && count > 0 ? pageUri(basePath, to) : null);
        body.put("prevPageUri", from > 0 ? pageUri(basePath, Math.max(0, from - count)) : null);
        body.put("uri", pageUri(basePath, from));
        body.put("category", category);
        body.putNull("eTag");
        body.putNull("created");
        body.putNull("modified");
        return body;
    }

    private String pageUri(String basePath, int pageStart) {
        StringBuilder uri = new StringBuilder(basePath).append("?start=").append(pageStart).append("&count=")
                .append(count);
        for (String filter : filters) {
            uri.append("&filter=").append(encode(filter));
        }
        if (sort != null && !sort.isBlank()) {
            uri.append("&sort=").append(encode(sort));
        }
        return uri.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static Comparator<ObjectNode> comparator(String sort) {
        Comparator<ObjectNode> result = null;
        for (String key : sort.split(",")) {
            String[] parts = key.strip().split(":");
            String field = parts[0].strip();
            String direction = parts.length > 1 ? parts[1].strip().toLowerCase(Locale.ROOT) : "asc";
            if (field.isEmpty() || !(direction.equals("asc") || direction.equals("desc"))) {
                throw ApplianceError.badRequest("INVALID_SORT", "The sort order is not valid: " + sort,
                        "Use field:asc or field:desc, for example name:asc.");
            }
            Comparator<ObjectNode> one = (a, b) -> CollectionFilter.Values.compareNodes(Json.path(a, field),
                    Json.path(b, field));
            if (direction.equals("desc")) {
                one = one.reversed();
            }
            result = result == null ? one : result.thenComparing(one);
        }
        return result;
    }

    private static int intParam(String text, int fallback, String name) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw ApplianceError.badRequest("INVALID_QUERY_PARAMETER", "The " + name + " parameter is not a number.",
                    name + "=" + text);
        }
    }
}
