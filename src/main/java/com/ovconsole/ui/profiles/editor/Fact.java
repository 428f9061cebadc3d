package com.ovconsole.ui.profiles.editor;

/** A read-only fact about the loaded profile (URI, status, eTag…), shown but not editable. */
public record Fact(String label, String value) {
}
