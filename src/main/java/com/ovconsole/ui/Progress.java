package com.ovconsole.ui;

/** A progress report of a background job; {@code fraction} is 0..1, negative when unknown. */
public record Progress(double fraction, String message) {
}
