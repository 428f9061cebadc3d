package com.ovconsole.api;

import java.util.Optional;

/** A user name as typed, split into user and login domain: {@code DOMAIN\\user} or {@code user@domain}. */
public record UserName(String user, Optional<String> domain) {

    public static UserName parse(String typed) {
        String text = typed == null ? "" : typed.trim();
        int backslash = text.indexOf('\\');
        if (backslash > 0 && backslash < text.length() - 1) {
            return new UserName(text.substring(backslash + 1), Optional.of(text.substring(0, backslash)));
        }
        int at = text.lastIndexOf('@');
        if (at > 0 && at < text.length() - 1) {
            return new UserName(text.substring(0, at), Optional.of(text.substring(at + 1)));
        }
        return new UserName(text, Optional.empty());
    }
}
