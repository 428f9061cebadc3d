package com.ovconsole.merge;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the merge needs to know about the resource: which arrays hold elements matched by a key
 * (by array path, field names only, e.g. {@code /connectionSettings/connections}), which field
 * names the appliance owns, and whether other arrays whose elements all carry {@code id} are
 * matched by it.
 */
public record MergePolicy(Map<String, String> keyedArrays, Set<String> serverManagedFields, boolean matchArraysById) {

    /** The fields OneView maintains itself; a client edit to them means nothing. */
    public static final Set<String> DEFAULT_SERVER_MANAGED = Set.of(
            "eTag", "modified", "created", "status", "state", "taskUri", "inProgress", "uri", "type",
            "category", "serialNumber", "uuid", "refreshState", "templateCompliance");

    /** Connections and BIOS settings by id; {@code /connections} is where older API versions keep them. */
    public static final Map<String, String> DEFAULT_KEYED_ARRAYS = Map.of(
            "/connectionSettings/connections", "id",
            "/bios/overriddenSettings", "id",
            "/connections", "id");

    private static final MergePolicy DEFAULTS = new MergePolicy(DEFAULT_KEYED_ARRAYS, DEFAULT_SERVER_MANAGED, true);

    public MergePolicy {
        keyedArrays = Map.copyOf(keyedArrays);
        serverManagedFields = Set.copyOf(serverManagedFields);
    }

    /** The policy for OneView server profiles. */
    public static MergePolicy serverProfileDefaults() {
        return DEFAULTS;
    }

    /** The key field configured for the array at {@code pattern}, if any. */
    Optional<String> keyFor(String pattern) {
        return Optional.ofNullable(keyedArrays.get(pattern));
    }

    boolean isServerManaged(String fieldName) {
        return serverManagedFields.contains(fieldName);
    }
}
