package com.ovconsole.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Random trees, random edits: properties that must hold whatever the shape. */
class MergePropertyTest {

    private final ThreeWayMerge merger = ThreeWayMerge.forServerProfiles();

    static List<Long> seeds() {
        return java.util.stream.LongStream.range(1, 201).boxed().toList();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void editsOnDisjointPathsNeverConflictAndBothSurvive(long seed) {
        RandomTrees trees = new RandomTrees(seed);
        JsonNode base = trees.profile(3);
        List<RandomTrees.Edit> mineEdits = trees.edits(base, 5, List.of(), false, "mine");
        List<RandomTrees.Edit> theirsEdits = trees.edits(base, 5, mineEdits, false, "theirs");
        JsonNode mine = RandomTrees.apply(base, mineEdits);
        JsonNode theirs = RandomTrees.apply(base, theirsEdits);

        MergeResult result = merger.merge(base, mine, theirs);

        assertThat(result.conflicts()).as("conflicts for seed %d", seed).isEmpty();
        JsonNode merged = result.merged();
        for (RandomTrees.Edit edit : concat(mineEdits, theirsEdits)) {
            assertThat(merged.at(RandomTrees.pointer(edit.path())))
                    .as("seed %d, edit %s", seed, edit)
                    .isEqualTo(edit.value());
        }
        assertThat(result.resolveAll(Choice.THEIRS)).isEqualTo(merged);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void whenOnlyIEditedTheMergeIsMineApartFromServerManagedFields(long seed) {
        RandomTrees trees = new RandomTrees(seed);
        JsonNode base = trees.profile(3);
        JsonNode mine = RandomTrees.apply(base, trees.edits(base, 8, List.of(), true, "mine"));

        MergeResult result = merger.merge(base, mine, base);

        assertThat(result.hasConflicts()).isFalse();
        assertThat(withoutServerManaged(result.resolveAll(Choice.MINE))).isEqualTo(withoutServerManaged(mine));
        assertThat(result.changes()).extracting(FieldChange::kind)
                .doesNotContain(ChangeKind.THEIRS_ONLY, ChangeKind.BOTH_SAME, ChangeKind.CONFLICT);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void mergingATreeWithItselfChangesNothing(long seed) {
        JsonNode tree = new RandomTrees(seed).profile(3);

        MergeResult result = merger.merge(tree, tree, tree);

        assertThat(result.changes()).isEmpty();
        assertThat(result.merged()).isEqualTo(tree);
    }

    private static List<RandomTrees.Edit> concat(List<RandomTrees.Edit> a, List<RandomTrees.Edit> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private static JsonNode withoutServerManaged(JsonNode node) {
        JsonNode copy = node.deepCopy();
        strip(copy);
        return copy;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove(MergePolicy.DEFAULT_SERVER_MANAGED);
        }
        node.forEach(MergePropertyTest::strip);
    }
}
