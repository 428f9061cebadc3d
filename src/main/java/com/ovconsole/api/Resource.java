package com.ovconsole.api;

import tools.jackson.databind.node.ObjectNode;

/**
 * A resource as read: the typed record, the raw tree (send this back on PUT so unknown fields
 * survive) and the ETag without quotes or {@code W/} (from the header, else the body's eTag).
 */
public record Resource<T>(T value, ObjectNode tree, String eTag) {
}
