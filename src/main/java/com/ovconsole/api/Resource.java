package com.ovconsole.api;

import tools.jackson.databind.node.ObjectNode;

/**
 * A resource as read: the typed record, the raw tree (send this back on PUT so unknown fields
 * survive) and the ETag (from the header, else the body's eTag; null when neither has one).
 */
public record Resource<T>(T value, ObjectNode tree, ETag eTag) {
}
