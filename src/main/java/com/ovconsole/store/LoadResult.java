package com.ovconsole.store;

import java.util.List;
import java.util.Objects;

/**
 * What a store read: the value (a default when there was nothing usable) and the warnings the
 * UI should show, e.g. "Your appliance list could not be read and was moved to …".
 */
public record LoadResult<T>(T value, List<String> warnings) {

    public LoadResult {
        Objects.requireNonNull(value, "value");
        warnings = List.copyOf(warnings);
    }

    public static <T> LoadResult<T> ok(T value) {
        return new LoadResult<>(value, List.of());
    }

    public boolean hasWarnings() {
        return !warnings.isEmpty();
    }
}
