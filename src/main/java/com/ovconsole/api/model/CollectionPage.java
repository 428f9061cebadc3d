package com.ovconsole.api.model;

import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * One page of a OneView collection: typed members, their raw trees (same order) and the paging
 * fields. {@code total} may be null when the appliance does not say.
 */
public record CollectionPage<T>(
        List<T> members,
        List<ObjectNode> memberTrees,
        int start,
        int count,
        Integer total,
        String nextPageUri,
        String prevPageUri,
        String uri) {

    public CollectionPage {
        members = List.copyOf(members);
        memberTrees = List.copyOf(memberTrees);
    }

    /** True when the appliance points at a further page that is not this one. */
    public boolean hasNext() {
        return nextPageUri != null && !nextPageUri.isBlank() && !nextPageUri.equals(uri);
    }
}
