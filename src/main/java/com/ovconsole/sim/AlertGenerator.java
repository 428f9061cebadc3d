package com.ovconsole.sim;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Seeds the appliance's alerts from its inventory: servers in Warning have a Warning alert, a few
 * have Critical or Unknown ones (their status follows), degraded profiles have one, and some
 * servers carry a cleared alert from the past. The appliance itself raises a few that name no
 * resource (as real appliances do for backups and certificates). Cleared alerts carry the
 * appliance's CLEARED entry in their change log; some open ones are assigned, with a note. Its own
 * random stream: the inventory is unchanged.
 */
final class AlertGenerator {

    /** One kind of alert: what the appliance says and what to do about it. */
    record Kind(String severity, String typeId, String healthCategory, String urgency, boolean lifeCycle,
            String description, String correctiveAction) {
    }

    static final List<Kind> CRITICAL = List.of(
            new Kind("Critical", "Trap.cpqHe3FltTolPowerSupplyFailed", "Power", "High", false,
                    "The power supply in bay %d of the server has failed.",
                    "Replace the failed power supply. The server runs without power redundancy until then."),
            new Kind("Critical", "Trap.cpqHe4CorrMemErrs", "Memory", "High", false,
                    "Uncorrectable memory errors were detected on DIMM %d of processor 1.",
                    "Replace the DIMM named in the Integrated Management Log, then clear this alert."),
            new Kind("Critical", "Trap.cpqDa6PhysDrvStatusChange", "Storage", "High", false,
                    "Physical drive %d of the Smart Array controller in slot 1 has failed.",
                    "Replace the failed drive; the logical drive rebuilds on its own."));
    static final List<Kind> WARNING = List.of(
            new Kind("Warning", "Trap.cpqHe3TemperatureDegraded", "Thermal", "Medium", false,
                    "Temperature sensor %d (CPU) is above its caution threshold.",
                    "Check the enclosure fans and the data-center cooling; remove blockages from the air inlets."),
            new Kind("Warning", "Trap.cpqDa6AccelBatteryFailed", "Storage", "Medium", false,
                    "The cache module battery of the Smart Array controller in slot %d is degraded.",
                    "Replace the Smart Storage Battery at the next maintenance window."),
            new Kind("Warning", "hpris.server.powerRedundancyLost", "Power", "Medium", true,
                    "Power redundancy lost: the power supply in bay %d is not providing power.",
                    "Reseat or replace the power supply. This alert clears itself when redundancy returns."));
    static final Kind UNKNOWN = new Kind("Unknown", "crm.serverHardware.communicationLost", "Connectivity", "High",
            true, "Unable to communicate with the iLO of the server hardware (last %d polls failed).",
            "Check the iLO's network connection, then refresh the server hardware.");
    static final Kind COLD_START = new Kind("OK", "Trap.coldStart", "None", "None", false, "Cold Start.", null);
    static final Kind PROFILE_NONCOMPLIANT = new Kind("Warning", "crm.serverProfile.templateNonCompliant",
            "Configuration", "Low", true, "The server profile is not compliant with its template (%d differences).",
            "Update the server profile from its template.");
    static final Kind PROFILE_FAILED = new Kind("Critical", "crm.serverProfile.applyFailed", "Configuration", "High",
            false, "Connection %d of the server profile could not be applied to the server hardware.",
            "Correct the connection settings and reapply the server profile.");

    /** Alerts the appliance raises about itself: no resource ({@code resourceUri} null). */
    static final Kind APPLIANCE_BACKUP = new Kind("Warning", "hpris.appliance.backupNotRecent", "Appliance", "Medium",
            false, "The last appliance backup was created more than %d0 days ago.",
            "Create a backup (Settings > Backup) and download it to a safe location.");
    static final Kind APPLIANCE_NTP = new Kind("OK", "hpris.appliance.timeSyncRestored", "Appliance", "None", false,
            "Time synchronization with NTP server ntp%d.example.com was restored.", null);
    /** Notes administrators leave on alerts they took on (change log entries with userEntered true). */
    static final List<String> NOTES = List.of("Replacement part ordered, case 5318 opened with HPE support.",
            "Looking at it during the Thursday maintenance window.", "Asked the facilities team to check the cooling.");

    private final Random random;
    private final Inventory inventory;
    private int nextId = 1;

    private AlertGenerator(long seed, Inventory inventory) {
        this.random = new Random(seed ^ 0xA1E27A1E27L);
        this.inventory = inventory;
    }

    static void generate(long seed, Inventory inventory) {
        new AlertGenerator(seed, inventory).generate();
    }

    private void generate() {
        List<ObjectNode> servers = new ArrayList<>(inventory.serverHardware.values());
        for (ObjectNode server : servers) {
            int roll = random.nextInt(100);
            if ("Warning".equals(Json.text(server, "status"))) {
                add(server, pick(WARNING), random.nextInt(3) == 0 ? "Locked" : "Active");
            } else if (roll < 3) {
                add(server, pick(CRITICAL), "Active");
            } else if (roll < 4) {
                add(server, UNKNOWN, "Locked");
            }
            if (random.nextInt(100) < 12) {
                add(server, COLD_START, "Cleared");
            }
        }
        for (ObjectNode profile : inventory.profiles.values()) {
            String status = Json.text(profile, "status");
            if ("Critical".equals(status)) {
                add(profile, PROFILE_FAILED, "Active");
            } else if ("NonCompliant".equals(Json.text(profile, "templateCompliance")) && "Warning".equals(status)) {
                add(profile, PROFILE_NONCOMPLIANT, "Locked");
            }
        }
        // Every kind of alert the console must show is there, however small the appliance.
        ensure(servers, 0, "Critical", "Active", pick(CRITICAL));
        ensure(servers, 1, "Warning", "Locked", WARNING.get(2));
        ensure(servers, 2, "Unknown", "Active", UNKNOWN);
        ensure(servers, 3, "OK", "Cleared", COLD_START);
        add(null, APPLIANCE_BACKUP, "Active");
        add(null, APPLIANCE_NTP, "Cleared");
        takeOnNewestServerAlert();
        // One pass over the alerts (not one per server): 20,000 servers start quickly.
        Map<String, String> worst = new HashMap<>();
        for (ObjectNode alert : inventory.alerts.values()) {
            if (!"Cleared".equals(Json.text(alert, "alertState")) && Json.text(alert, "resourceUri") != null) {
                worst.merge(alert.get("resourceUri").asString(), alert.get("severity").asString(),
                        AlertEndpoints::worse);
            }
        }
        servers.forEach(server -> server.put("status", worst.getOrDefault(server.get("uri").asString(), "OK")));
    }

    private void ensure(List<ObjectNode> servers, int index, String severity, String state, Kind kind) {
        boolean present = inventory.alerts.values().stream().anyMatch(a -> severity.equals(Json.text(a, "severity"))
                && state.equals(Json.text(a, "alertState")));
        if (!present && index < servers.size()) {
            add(servers.get(index), kind, state);
        }
    }

    private Kind pick(List<Kind> kinds) {
        return kinds.get(random.nextInt(kinds.size()));
    }

    /** Adds an alert about {@code resource}, or about the appliance itself when it is null. */
    private void add(ObjectNode resource, Kind kind, String state) {
        String id = String.valueOf(nextId++);
        String uri = AlertEndpoints.BASE_URI + "/" + id;
        String category = resource == null ? "appliance" : resource.get("category").asString();
        Instant created = InventoryGenerator.EPOCH.minus(1 + random.nextInt(30 * 24 * 60), ChronoUnit.MINUTES)
                .minusMillis(random.nextInt(60_000));
        Instant modified = state.equals("Cleared") ? created.plus(5 + random.nextInt(600), ChronoUnit.MINUTES) : created;
        ObjectNode alert = Json.object();
        alert.put("type", "AlertResourceV3");
        alert.put("uri", uri);
        alert.put("category", "alerts");
        alert.put("created", created.toString());
        alert.put("modified", modified.toString());
        alert.put("eTag", modified.toString());
        alert.put("severity", kind.severity());
        alert.put("alertState", state);
        alert.put("alertTypeID", kind.typeId());
        alert.put("description", String.format(java.util.Locale.ROOT, kind.description(), 1 + random.nextInt(8)));
        alert.put("correctiveAction", kind.correctiveAction());
        alert.put("healthCategory", kind.healthCategory());
        alert.put("urgency", kind.urgency());
        alert.put("lifeCycle", kind.lifeCycle() || state.equals("Locked"));
        alert.put("resourceUri", resource == null ? null : resource.get("uri").asString());
        alert.put("physicalResourceType", category);
        alert.putNull("resourceID");
        ObjectNode associated = alert.putObject("associatedResource");
        associated.put("resourceName", resource == null ? null : resource.get("name").asString())
                .put("resourceUri", resource == null ? null : resource.get("uri").asString())
                .put("resourceCategory", resource == null ? null : category)
                .put("associationType", resource == null ? null : "HAS_A");
        alert.putNull("assignedToUser");
        alert.put("clearedByUser", state.equals("Cleared") ? "System" : null);
        alert.put("clearedTime", state.equals("Cleared") ? modified.toString() : null);
        ArrayNode log = alert.putArray("changeLog");
        if (state.equals("Cleared")) {
            logEntry(log, uri, "CLEARED", "System", modified, false);
        } else if (Integer.parseInt(id) % 5 == 0) {
            takeOn(alert);
        }
        alert.putArray("associatedEventUris").add("/rest/events/" + (1000 + Integer.parseInt(id)));
        alert.putNull("activityUri");
        alert.putNull("parentAlert");
        alert.putArray("childAlerts");
        alert.put("serviceEventSource", false);
        alert.putNull("serviceEventDetails");
        inventory.alerts.put(id, alert);
    }

    /** Someone took this alert on: assigned, with a note (no random draw: the stream stays as it was). */
    private static void takeOn(ObjectNode alert) {
        String uri = alert.get("uri").asString();
        int id = Integer.parseInt(Inventory.idOf(uri));
        Instant created = Instant.parse(alert.get("created").asString());
        Instant noted = created.plus(20 + id % 90, ChronoUnit.MINUTES);
        if (noted.plusSeconds(40).isAfter(InventoryGenerator.EPOCH)) {
            noted = created.plusSeconds(10); // raised a minute ago at most: noted at once, never in the future
        }
        ArrayNode log = (ArrayNode) alert.get("changeLog");
        alert.put("assignedToUser", "Administrator");
        logEntry(log, uri, "Assigned to Administrator", "Administrator", noted, false);
        logEntry(log, uri, NOTES.get(id / 5 % NOTES.size()), "Administrator", noted.plusSeconds(40), true);
        alert.put("modified", noted.plusSeconds(40).toString());
        alert.put("eTag", noted.plusSeconds(40).toString());
    }

    /** The newest open alert on a server is being worked on, as on any appliance with someone on call. */
    private void takeOnNewestServerAlert() {
        inventory.alerts.values().stream()
                .filter(a -> !"Cleared".equals(Json.text(a, "alertState")) && "server-hardware".equals(
                        Json.text(a, "physicalResourceType")))
                .max(java.util.Comparator.comparing(a -> a.get("created").asString()))
                .filter(a -> a.get("assignedToUser").isNull())
                .ifPresent(AlertGenerator::takeOn);
    }

    private static void logEntry(ArrayNode log, String alertUri, String notes, String user, Instant when,
            boolean userEntered) {
        log.addObject().put("userEntered", userEntered).put("notes", notes).put("username", user)
                .put("created", when.toString()).put("uri", alertUri + "/changeLog/" + (log.size() + 1));
    }
}
