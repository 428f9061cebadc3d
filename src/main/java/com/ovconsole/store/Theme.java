package com.ovconsole.store;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** The colour theme; an unknown value in the file (from a newer version) reads as SYSTEM. */
public enum Theme {
    LIGHT,
    DARK,
    @JsonEnumDefaultValue
    SYSTEM
}
