package com.ovconsole.api;

import java.util.Arrays;
import java.util.Objects;

/**
 * What a login needs. The password is a char array that {@link #wipe()} overwrites; the client
 * wipes it right after the login call. toString() never shows it.
 */
public final class Credentials {

    private final String userName;
    private final char[] password;
    private final String loginDomain;
    private final boolean acknowledgeLoginMessage;

    /**
     * @param loginDomain e.g. "LOCAL"; null or blank uses the domain written in the user name
     *                    ({@code DOMAIN\\user} or {@code user@domain}), else "LOCAL"
     */
    public Credentials(String userName, char[] password, String loginDomain, boolean acknowledgeLoginMessage) {
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(password, "password");
        UserName parsed = UserName.parse(userName);
        this.userName = parsed.user();
        this.loginDomain = loginDomain == null || loginDomain.isBlank()
                ? parsed.domain().orElse("LOCAL")
                : loginDomain.trim();
        this.password = password;
        this.acknowledgeLoginMessage = acknowledgeLoginMessage;
    }

    public String userName() {
        return userName;
    }

    public String loginDomain() {
        return loginDomain;
    }

    public boolean acknowledgeLoginMessage() {
        return acknowledgeLoginMessage;
    }

    /** The live array (not a copy, so wipe() really clears it). */
    char[] password() {
        return password;
    }

    /** Overwrites the password in place. */
    public void wipe() {
        Arrays.fill(password, '\0');
    }

    @Override
    public String toString() {
        return "Credentials[" + loginDomain + "\\" + userName + ", password=<hidden>]";
    }
}
