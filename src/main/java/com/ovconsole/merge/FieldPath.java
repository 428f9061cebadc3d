package com.ovconsole.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * Where a field lives in a profile tree, e.g. {@code /connectionSettings/connections[id=2]/requestedMbps}.
 * Key-matched array elements are addressed by key, not index, so the path stays meaningful on
 * every side and reads well in the merge dialog.
 */
public record FieldPath(List<PathSegment> segments) {

    private static final FieldPath ROOT = new FieldPath(List.of());

    public FieldPath {
        segments = List.copyOf(segments);
    }

    public static FieldPath root() {
        return ROOT;
    }

    public FieldPath field(String name) {
        return append(new PathSegment.Field(name));
    }

    public FieldPath key(String keyField, JsonNode keyValue) {
        return append(new PathSegment.Key(keyField, keyValue));
    }

    private FieldPath append(PathSegment segment) {
        List<PathSegment> longer = new ArrayList<>(segments.size() + 1);
        longer.addAll(segments);
        longer.add(segment);
        return new FieldPath(longer);
    }

    /** The field names only, keys dropped: what {@link MergePolicy} matches array rules against. */
    String pattern() {
        StringBuilder sb = new StringBuilder();
        for (PathSegment segment : segments) {
            if (segment instanceof PathSegment.Field field) {
                sb.append(field.text());
            }
        }
        return sb.toString();
    }

    /** A label for people: {@code connectionSettings › connections [id=2] › requestedMbps}. */
    public String label() {
        if (segments.isEmpty()) {
            return "(whole document)";
        }
        return segments.stream()
                .map(s -> s instanceof PathSegment.Field f ? " › " + f.name() : " " + s.text())
                .collect(Collectors.joining())
                .substring(3);
    }

    @Override
    public String toString() {
        return segments.stream().map(PathSegment::text).collect(Collectors.joining());
    }
}
