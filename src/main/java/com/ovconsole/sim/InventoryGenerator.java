package com.ovconsole.sim;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Seeds an appliance's inventory: realistic names, a status mix, some unassigned profiles and
 * some powered-on servers. The same seed always gives the same inventory (screenshots repeat).
 */
final class InventoryGenerator {

    /** Inventory timestamps lie before this instant, independent of the clock. */
    static final Instant EPOCH = Instant.parse("2026-11-02T08:00:00Z");

    private static final String[] WORKLOADS = {"esx-prod", "esx-dev", "sql-cluster", "web-frontend", "app-backend",
        "k8s-worker", "hana-db", "vdi-host", "exchange-mbx", "backup-proxy", "ci-runner", "splunk-idx"};
    private static final String[][] HARDWARE_TYPES = {{"SY 480 Gen10 1", "SY 480 Gen10"},
        {"SY 660 Gen10 1", "SY 660 Gen10"}, {"SY 480 Gen9 2", "SY 480 Gen9"}, {"BL460c Gen10 1", "BL460c Gen10"}};
    private static final String[] ENCLOSURE_GROUPS = {"EG-Prod-Synergy", "EG-Dev-Synergy", "EG-DMZ"};
    private static final String[][] NETWORKS = {{"Prod-VLAN-101", "101"}, {"Prod-VLAN-102", "102"},
        {"vMotion-201", "201"}, {"Mgmt-10", "10"}, {"iSCSI-A-301", "301"}, {"iSCSI-B-302", "302"},
        {"Backup-401", "401"}, {"DMZ-501", "501"}, {"Dev-VLAN-601", "601"}, {"Test-VLAN-602", "602"},
        {"Oracle-RAC-701", "701"}, {"Storage-Repl-801", "801"}};
    private static final String[] BIOS_SETTINGS = {"WorkloadProfile", "PowerRegulator", "MinProcIdlePower",
        "IntelligentProvisioning", "ThermalConfig", "Sriov"};
    private static final String[] BIOS_VALUES = {"Enabled", "Disabled", "StaticHighPerf", "NoCStates",
        "VirtualizationMaxPerformance", "OptimalCooling"};

    private final Random random;
    private final ETags eTags;
    private final Inventory inventory = new Inventory();

    private InventoryGenerator(long seed, ETags eTags) {
        this.random = new Random(seed);
        this.eTags = eTags;
    }

    static Inventory generate(long seed, int profileCount, ETags eTags) {
        return generate(seed, profileCount, profileCount + Math.max(4, profileCount / 8), eTags);
    }

    /** {@code serverCount} must be at least {@code profileCount}: profile i may sit on server i. */
    static Inventory generate(long seed, int profileCount, int serverCount, ETags eTags) {
        InventoryGenerator generator = new InventoryGenerator(seed, eTags);
        generator.hardwareTypes();
        generator.enclosureGroups();
        generator.networks();
        generator.serverHardware(serverCount);
        generator.profiles(profileCount);
        return generator.inventory;
    }

    /** A version-4 UUID drawn from the seeded random. */
    static String uuid(Random random) {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    private ObjectNode base(String type, String category, String uri, String name, Instant created) {
        ObjectNode node = Json.object();
        node.put("type", type);
        node.put("uri", uri);
        node.put("category", category);
        node.put("name", name);
        node.put("created", created.toString());
        node.put("modified", created.plus(random.nextInt(20_000), ChronoUnit.MINUTES).toString());
        node.put("eTag", eTags.seeded(created.toEpochMilli()));
        return node;
    }

    private Instant someTimeBefore() {
        return EPOCH.minus(30 + random.nextInt(600), ChronoUnit.DAYS).minusMillis(random.nextInt(86_400_000));
    }

    private void hardwareTypes() {
        for (String[] type : HARDWARE_TYPES) {
            String id = uuid(random).toUpperCase(Locale.ROOT);
            ObjectNode node = base("server-hardware-type-10", "server-hardware-types",
                    "/rest/server-hardware-types/" + id, type[0], someTimeBefore());
            node.put("model", "Synergy " + type[1]);
            node.put("family", type[1].startsWith("BL") ? "BL" : "SY");
            node.put("formFactor", type[1].contains("660") ? "FullHeight" : "HalfHeight");
            node.putArray("bootModes").add("UEFI").add("UEFIOptimized").add("BIOS");
            inventory.hardwareTypes.put(id, node);
        }
    }

    private void enclosureGroups() {
        for (String name : ENCLOSURE_GROUPS) {
            String id = uuid(random);
            ObjectNode node = base("EnclosureGroupV8", "enclosure-groups", "/rest/enclosure-groups/" + id, name,
                    someTimeBefore());
            node.put("enclosureCount", 1 + random.nextInt(3));
            node.put("status", "OK");
            node.put("state", "Normal");
            inventory.enclosureGroups.put(id, node);
        }
    }

    private void networks() {
        for (String[] network : NETWORKS) {
            String id = uuid(random);
            ObjectNode node = base("ethernet-networkV4", "ethernet-networks", "/rest/ethernet-networks/" + id,
                    network[0], someTimeBefore());
            node.put("vlanId", Integer.parseInt(network[1]));
            node.put("ethernetNetworkType", "Tagged");
            node.put("purpose", network[0].startsWith("Mgmt") ? "Management"
                    : network[0].startsWith("iSCSI") ? "ISCSI" : "General");
            node.put("smartLink", true);
            node.put("privateNetwork", network[0].startsWith("DMZ"));
            node.putNull("description");
            node.put("status", "OK");
            node.put("state", "Active");
            inventory.networks.put(id, node);
        }
    }

    private void serverHardware(int count) {
        List<ObjectNode> types = new ArrayList<>(inventory.hardwareTypes.values());
        List<ObjectNode> groups = new ArrayList<>(inventory.enclosureGroups.values());
        for (int i = 0; i < count; i++) {
            int frame = i / 12;
            int bay = i % 12 + 1;
            String enclosure = String.format(Locale.ROOT, "CN7515%04dH", 4100 + frame);
            String id = String.format(Locale.ROOT, "37333036-3831-4D32-3232-%012X", 0x313131300000L + i);
            ObjectNode type = types.get(random.nextInt(types.size()));
            ObjectNode node = base("server-hardware-12", "server-hardware", "/rest/server-hardware/" + id,
                    enclosure + ", bay " + bay, someTimeBefore());
            node.put("serverName", (String) null);
            node.put("serialNumber", String.format(Locale.ROOT, "CZJ%07d", 7_000_000 + random.nextInt(2_999_999)));
            node.put("model", type.get("model").asString());
            node.put("shortModel", type.get("name").asString().replace(" 1", "").replace(" 2", ""));
            node.put("serverHardwareTypeUri", type.get("uri").asString());
            node.put("serverGroupUri", groups.get(frame % groups.size()).get("uri").asString());
            node.put("locationUri", "/rest/enclosures/0000000000" + enclosure);
            node.put("position", bay);
            node.put("powerState", random.nextInt(100) < 55 ? "On" : "Off");
            node.put("status", random.nextInt(100) < 90 ? "OK" : "Warning");
            node.put("state", "NoProfileApplied");
            node.putNull("serverProfileUri");
            node.put("processorCount", 2);
            node.put("processorCoreCount", 16 + 4 * random.nextInt(5));
            node.put("memoryMb", 65_536 << random.nextInt(4));
            node.put("romVersion", "I42 v2.68 (07/14/2026)");
            node.put("mpModel", "iLO5");
            node.put("mpFirmwareVersion", "3.10 Mar 02 2026");
            // Derived from the index, not drawn: the seeded stream (and so every profile) stays as it was.
            node.put("uuid", id);
            node.put("powerLock", false);
            mpHostInfo(node.putObject("mpHostInfo"), i);
            inventory.serverHardware.put(id, node);
        }
    }

    /** The iLO's addresses as the appliance reports them: a static IPv4 and a link-local IPv6. */
    private static void mpHostInfo(ObjectNode info, int index) {
        String ipv4 = String.format(Locale.ROOT, "10.%d.%d.%d", 20 + index / 62_000, index / 250 % 250, 10 + index % 250);
        info.put("mpHostName", String.format(Locale.ROOT, "ilo-%05d.mgmt.example.net", index + 1));
        ArrayNode addresses = info.putArray("mpIpAddresses");
        addresses.addObject().put("address", String.format(Locale.ROOT, "fe80::2:0:%x:%x", index / 250, index % 250))
                .put("type", "LinkLocal");
        addresses.addObject().put("address", ipv4).put("type", "Static");
    }

    private void profiles(int count) {
        List<ObjectNode> hardware = new ArrayList<>(inventory.serverHardware.values());
        int[] perWorkload = new int[WORKLOADS.length];
        for (int i = 0; i < count; i++) {
            int workload = random.nextInt(WORKLOADS.length);
            String name = String.format(Locale.ROOT, "%s-%03d", WORKLOADS[workload], ++perWorkload[workload]);
            boolean assigned = random.nextInt(100) < 85;
            Instant created = someTimeBefore();
            ObjectNode profile = ServerProfiles.skeleton(uuid(random), name, created, eTags);
            profile.put("modified", created.plus(1 + random.nextInt(40_000), ChronoUnit.MINUTES).toString());
            fillProfile(profile, assigned ? hardware.get(i) : null, hardware.get(i));
            inventory.profiles.put(profile.get("uuid").asString().toLowerCase(Locale.ROOT), profile);
        }
    }

    private void fillProfile(ObjectNode profile, ObjectNode server, ObjectNode typical) {
        int statusRoll = random.nextInt(100);
        profile.put("description", descriptionFor(profile.get("name").asString()));
        profile.put("status", statusRoll < 78 ? "OK" : statusRoll < 93 ? "Warning" : "Critical");
        profile.put("templateCompliance", random.nextInt(100) < 80 ? "Compliant" : "NonCompliant");
        profile.put("serialNumber", String.format(Locale.ROOT, "VCGU%06X", random.nextInt(0xFFFFFF)));
        profile.put("serverHardwareTypeUri", typical.get("serverHardwareTypeUri").asString());
        profile.put("enclosureGroupUri", typical.get("serverGroupUri").asString());
        if (server != null) {
            profile.put("serverHardwareUri", server.get("uri").asString());
            profile.put("enclosureUri", server.get("locationUri").asString());
            profile.put("enclosureBay", server.get("position").asInt());
            server.put("serverProfileUri", profile.get("uri").asString());
            server.put("state", "ProfileApplied");
            server.put("serverName", profile.get("name").asString());
        }
        connections(profile);
        String mode = random.nextInt(100) < 70 ? "UEFIOptimized" : random.nextBoolean() ? "UEFI" : "BIOS";
        ObjectNode bootMode = profile.putObject("bootMode");
        bootMode.put("manageMode", true).put("mode", mode).put("pxeBootPolicy", "Auto")
                .put("secureBoot", mode.equals("BIOS") ? "Unmanaged" : random.nextBoolean() ? "Enabled" : "Disabled");
        ArrayNode order = profile.putObject("boot").put("manageBoot", true).putArray("order");
        order.add(random.nextBoolean() ? "HardDisk" : "PXE").add("CD").add("USB");
        ObjectNode bios = profile.putObject("bios");
        ArrayNode settings = bios.put("manageBios", true).putArray("overriddenSettings");
        int biosCount = random.nextInt(4);
        for (int j = 0; j < biosCount; j++) {
            settings.addObject().put("id", BIOS_SETTINGS[(j * 2 + random.nextInt(2)) % BIOS_SETTINGS.length])
                    .put("value", BIOS_VALUES[random.nextInt(BIOS_VALUES.length)]);
        }
        bios.put("reapplyState", "NotApplying");
        ObjectNode firmware = profile.putObject("firmware");
        boolean manage = random.nextInt(100) < 60;
        firmware.put("manageFirmware", manage).put("forceInstallFirmware", false);
        if (manage) {
            firmware.put("firmwareBaselineUri", "/rest/firmware-drivers/SPP_2026_09_0_Synergy")
                    .put("firmwareInstallType", "FirmwareAndOSDrivers");
        } else {
            firmware.putNull("firmwareBaselineUri").putNull("firmwareInstallType");
        }
        firmware.putNull("firmwareScheduleDateTime").putNull("firmwareActivationType").put("reapplyState", "NotApplying");
    }

    private void connections(ObjectNode profile) {
        List<ObjectNode> networks = new ArrayList<>(inventory.networks.values());
        ArrayNode connections = profile.putObject("connectionSettings").put("reapplyState", "NotApplying")
                .putArray("connections");
        int count = 2 + 2 * random.nextInt(2);
        for (int id = 1; id <= count; id++) {
            ObjectNode network = networks.get(random.nextInt(networks.size()));
            String mbps = String.valueOf(new int[] {2500, 5000, 10000, 20000}[random.nextInt(4)]);
            ObjectNode connection = connections.addObject();
            connection.put("id", id).put("name", network.get("name").asString().toLowerCase(Locale.ROOT) + "-" + id)
                    .put("functionType", "Ethernet").put("networkUri", network.get("uri").asString())
                    .put("portId", "Mezz 3:" + (1 + (id - 1) % 2) + "-" + (char) ('a' + (id - 1) / 2))
                    .put("requestedVFs", "0").put("macType", "Virtual")
                    .put("mac", String.format(Locale.ROOT, "9A:A0:22:%02X:%02X:%02X", random.nextInt(256),
                            random.nextInt(256), random.nextInt(256)))
                    .put("requestedMbps", mbps).put("allocatedMbps", Integer.parseInt(mbps))
                    .put("maximumMbps", 20000).put("state", "Deployed").put("status", "OK").put("managed", true);
            connection.putObject("boot").put("priority", id <= 2 && random.nextInt(4) == 0
                    ? (id == 1 ? "Primary" : "Secondary") : "NotBootable");
        }
    }

    private static String descriptionFor(String name) {
        String workload = name.substring(0, name.lastIndexOf('-'));
        return switch (workload) {
            case "esx-prod" -> "VMware ESXi 8.0 production cluster host";
            case "esx-dev" -> "VMware ESXi 8.0 development cluster host";
            case "sql-cluster" -> "SQL Server 2022 Always On node";
            case "web-frontend" -> "NGINX web tier";
            case "hana-db" -> "SAP HANA scale-up database";
            case "k8s-worker" -> "Kubernetes worker node";
            default -> "Managed by the data-center team";
        };
    }
}
