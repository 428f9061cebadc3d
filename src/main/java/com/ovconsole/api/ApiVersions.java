package com.ovconsole.api;

import com.ovconsole.api.model.ApiVersionInfo;
import java.util.Map;
import java.util.TreeMap;

/** The API versions this console speaks, the release names behind them, and the negotiation. */
public final class ApiVersions {

    /** The oldest API the console talks (OneView 1.20). */
    public static final int LOWEST_KNOWN = 120;
    /** The newest API the console was written against (OneView 11.30). */
    public static final int HIGHEST_KNOWN = 8600;

    private static final Map<Integer, String> RELEASES = releases();

    private ApiVersions() {
    }

    /**
     * {@code min(currentVersion, HIGHEST_KNOWN)}, refused when that is below the appliance's
     * minimum (it only speaks newer APIs) or below the console's lowest (the appliance is too old).
     */
    public static int negotiate(ApiVersionInfo info) {
        int chosen = Math.min(info.currentVersion(), HIGHEST_KNOWN);
        if (chosen < LOWEST_KNOWN) {
            throw new UnsupportedApiVersionException(UnsupportedApiVersionException.Reason.APPLIANCE_TOO_OLD,
                    info.minimumVersion(), info.currentVersion(),
                    "This appliance speaks API " + info.currentVersion() + " (" + releaseName(info.currentVersion())
                    + "); this console needs at least API " + LOWEST_KNOWN + " (OneView " + releaseName(LOWEST_KNOWN)
                    + "). Update the appliance.");
        }
        if (chosen < info.minimumVersion()) {
            throw new UnsupportedApiVersionException(UnsupportedApiVersionException.Reason.APPLIANCE_TOO_NEW,
                    info.minimumVersion(), info.currentVersion(),
                    "This appliance only accepts API " + info.minimumVersion() + " or newer; this console knows up"
                    + " to API " + HIGHEST_KNOWN + " (OneView " + releaseName(HIGHEST_KNOWN)
                    + "). Update OneView Console.");
        }
        return chosen;
    }

    /** "6.60" for 3800; the bare number when the release cannot be derived from the table. */
    public static String releaseName(int apiVersion) {
        String name = RELEASES.get(apiVersion);
        return name == null ? Integer.toString(apiVersion) : name;
    }

    private static Map<Integer, String> releases() {
        Map<Integer, String> map = new TreeMap<>();
        map.put(3, "1.0");
        map.put(101, "1.10");
        map.put(120, "1.20");
        map.put(200, "2.0");
        map.put(300, "3.0");
        map.put(500, "3.10");
        map.put(600, "4.0");
        map.put(800, "4.10");
        map.put(1000, "4.20");
        map.put(1200, "5.0");
        // From 5.0 on each minor release adds 200; a run ends at the next major's .0.
        minorRun(map, 5, 1200, 2600);
        minorRun(map, 6, 2600, 4000);
        minorRun(map, 7, 4000, 4600);
        minorRun(map, 8, 4600, 6600);
        minorRun(map, 9, 6600, 7600);
        map.put(7600, "10.0");
        // 10.x to 11.30 has gaps the table does not settle: only its ends are named.
        map.put(8600, "11.30");
        return Map.copyOf(map);
    }

    private static void minorRun(Map<Integer, String> map, int major, int from, int toExclusive) {
        for (int version = from, minor = 0; version < toExclusive; version += 200, minor += 10) {
            map.put(version, major + "." + minor);
        }
    }
}
