package com.ovconsole.bench;

import com.ovconsole.merge.MergeResult;
import com.ovconsole.merge.ThreeWayMerge;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The merge engine on two profiles of 5,000 leaf fields each (1,000 key-matched connections of
 * five fields), against a plain deep copy and two equals() of the same trees as the baseline.
 */
class MergeBench {

    private static final int CONNECTIONS = 1_000;
    private static final int RUNS = 30;

    @Test
    void mergeOfTwo5000FieldProfiles() {
        ObjectNode base = profile();
        ObjectNode mine = base.deepCopy();
        ObjectNode theirs = base.deepCopy();
        for (int i = 0; i < CONNECTIONS; i += 20) {
            connection(mine, i).put("requestedMbps", "7500");
            connection(theirs, i + 10).put("requestedMbps", "12500");
        }
        for (int i = 0; i < CONNECTIONS; i += 100) {
            connection(mine, i + 5).put("name", "mine-" + i);
            connection(theirs, i + 5).put("name", "theirs-" + i);
        }
        MergeResult check = ThreeWayMerge.forServerProfiles().merge(base, mine, theirs);

        double merge = median(() -> ThreeWayMerge.forServerProfiles().merge(base, mine, theirs).merged());
        double copyAndCompare = median(() -> {
            JsonNode copy = base.deepCopy();
            return copy.equals(mine) && copy.equals(theirs);
        });

        BenchReport.value("merge: changed fields found (of 5,000)", check.changes().size(), "rows");
        BenchReport.value("merge: conflicts found", check.conflicts().size(), "rows");
        BenchReport.figure("merge two 5,000-field profiles (median)", merge, "ms", copyAndCompare,
                "deep copy + 2x equals of same trees");
    }

    private static ObjectNode profile() {
        ObjectNode profile = JsonNodeFactory.instance.objectNode();
        profile.put("name", "bench").put("eTag", "1/1").put("type", "ServerProfileV12");
        ArrayNode connections = profile.putObject("connectionSettings").putArray("connections");
        for (int id = 1; id <= CONNECTIONS; id++) {
            connections.addObject().put("id", id).put("name", "conn-" + id).put("functionType", "Ethernet")
                    .put("portId", "Mezz 3:1-a").put("requestedMbps", "2500");
        }
        return profile;
    }

    private static ObjectNode connection(ObjectNode profile, int index) {
        return (ObjectNode) profile.at("/connectionSettings/connections/" + index);
    }

    /** Median wall time of {@code RUNS} runs after as many warm-up runs, in ms. */
    static double median(java.util.function.Supplier<?> work) {
        for (int i = 0; i < RUNS; i++) {
            work.get();
        }
        double[] times = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.get();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return times[RUNS / 2];
    }
}
