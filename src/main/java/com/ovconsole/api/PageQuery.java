package com.ovconsole.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Collection query: {@code start}, {@code count}, repeatable {@code filter}s (ANDed by the
 * appliance) and {@code sort}. Null fields are left out. Immutable; the withers return copies.
 */
public record PageQuery(Integer start, Integer count, List<String> filters, String sort) {

    public static final PageQuery ALL = new PageQuery(null, null, List.of(), null);

    public PageQuery {
        filters = filters == null ? List.of() : List.copyOf(filters);
    }

    public PageQuery start(int value) {
        return new PageQuery(value, count, filters, sort);
    }

    public PageQuery count(int value) {
        return new PageQuery(start, value, filters, sort);
    }

    /** Adds one filter, e.g. {@code "name matches 'web%'"}. */
    public PageQuery filter(String filter) {
        List<String> more = new ArrayList<>(filters);
        more.add(filter);
        return new PageQuery(start, count, more, sort);
    }

    /** e.g. {@code "name:asc"}. */
    public PageQuery sort(String value) {
        return new PageQuery(start, count, filters, value);
    }

    /** {@code path} with this query appended (after any query the path already has). */
    public String appendTo(String path) {
        List<String> parts = new ArrayList<>();
        if (start != null) {
            parts.add("start=" + start);
        }
        if (count != null) {
            parts.add("count=" + count);
        }
        filters.forEach(filter -> parts.add("filter=" + encode(filter)));
        if (sort != null && !sort.isBlank()) {
            parts.add("sort=" + encode(sort));
        }
        if (parts.isEmpty()) {
            return path;
        }
        return path + (path.contains("?") ? "&" : "?") + String.join("&", parts);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
