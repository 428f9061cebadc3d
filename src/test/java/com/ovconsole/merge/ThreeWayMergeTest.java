package com.ovconsole.merge;

import static com.ovconsole.merge.Json.json;
import static com.ovconsole.merge.Json.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.ObjectNode;

class ThreeWayMergeTest {

    private final ThreeWayMerge merger = ThreeWayMerge.forServerProfiles();

    private MergeResult merge(String base, String mine, String theirs) {
        return merger.merge(json(base), json(mine), json(theirs));
    }

    @Test
    void nestedFieldsChangedOnDifferentSidesMergeWithoutConflict() {
        MergeResult result = merge(
                "{'name':'a','bios':{'manageBios':false,'x':1}}",
                "{'name':'b','bios':{'manageBios':false,'x':1}}",
                "{'name':'a','bios':{'manageBios':true,'x':1}}");

        assertThat(result.hasConflicts()).isFalse();
        assertThat(result.merged()).isEqualTo(json("{'name':'b','bios':{'manageBios':true,'x':1}}"));
        assertThat(result.changes()).extracting(FieldChange::path, FieldChange::kind).containsExactly(
                tuple(path("name"), ChangeKind.MINE_ONLY),
                tuple(path("bios", "manageBios"), ChangeKind.THEIRS_ONLY));
    }

    @Test
    void sameFieldChangedDifferentlyIsAConflictProvisionallyResolvedToMine() {
        MergeResult result = merge("{'description':'base'}", "{'description':'mine'}", "{'description':'theirs'}");

        assertThat(result.conflicts()).singleElement().satisfies(conflict -> {
            assertThat(conflict.path()).isEqualTo(path("description"));
            assertThat(conflict.base().asString()).isEqualTo("base");
            assertThat(conflict.mine().asString()).isEqualTo("mine");
            assertThat(conflict.theirs().asString()).isEqualTo("theirs");
        });
        assertThat(result.merged().get("description").asString()).isEqualTo("mine");
        assertThat(result.resolveAll(Choice.THEIRS).get("description").asString()).isEqualTo("theirs");
    }

    @Test
    void identicalChangesOnBothSidesAreListedButNotConflicts() {
        MergeResult result = merge("{'affinity':'Bay'}", "{'affinity':'BayAndServer'}", "{'affinity':'BayAndServer'}");

        assertThat(result.hasConflicts()).isFalse();
        assertThat(result.changes()).singleElement().extracting(FieldChange::kind).isEqualTo(ChangeKind.BOTH_SAME);
        assertThat(result.merged()).isEqualTo(json("{'affinity':'BayAndServer'}"));
    }

    @Test
    void unchangedTreesGiveNoChanges() {
        MergeResult result = merge("{'a':{'b':[1,2]},'c':null}", "{'a':{'b':[1,2]},'c':null}", "{'a':{'b':[1,2]},'c':null}");

        assertThat(result.changes()).isEmpty();
        assertThat(result.merged()).isEqualTo(json("{'a':{'b':[1,2]},'c':null}"));
    }

    @Test
    void keyMatchedElementsChangedOnEachSideMergeByKeyNotIndex() {
        String base = "{'connectionSettings':{'connections':[{'id':1,'requestedMbps':'2500'},{'id':2,'requestedMbps':'2500'}]}}";
        // Theirs also reordered the array: matching by id must not care.
        String mine = "{'connectionSettings':{'connections':[{'id':1,'requestedMbps':'5000'},{'id':2,'requestedMbps':'2500'}]}}";
        String theirs = "{'connectionSettings':{'connections':[{'id':2,'requestedMbps':'1000'},{'id':1,'requestedMbps':'2500'}]}}";

        MergeResult result = merge(base, mine, theirs);

        assertThat(result.hasConflicts()).isFalse();
        assertThat(result.merged()).isEqualTo(json(
                "{'connectionSettings':{'connections':[{'id':2,'requestedMbps':'1000'},{'id':1,'requestedMbps':'5000'}]}}"));
        assertThat(result.changes()).extracting(c -> c.path().toString()).containsExactly(
                "/connectionSettings/connections[id=2]/requestedMbps",
                "/connectionSettings/connections[id=1]/requestedMbps");
    }

    @Test
    void sameKeyedElementFieldChangedDifferentlyIsAConflictWithAReadablePath() {
        String base = "{'connectionSettings':{'connections':[{'id':2,'requestedMbps':'2500'}]}}";
        MergeResult result = merge(base,
                "{'connectionSettings':{'connections':[{'id':2,'requestedMbps':'5000'}]}}",
                "{'connectionSettings':{'connections':[{'id':2,'requestedMbps':'1000'}]}}");

        FieldPath conflictPath = result.conflicts().get(0).path();
        assertThat(conflictPath.toString()).isEqualTo("/connectionSettings/connections[id=2]/requestedMbps");
        assertThat(conflictPath.label()).isEqualTo("connectionSettings › connections [id=2] › requestedMbps");
        assertThat(conflictPath.segments()).containsExactly(
                new PathSegment.Field("connectionSettings"),
                new PathSegment.Field("connections"),
                new PathSegment.Key("id", IntNode.valueOf(2)),
                new PathSegment.Field("requestedMbps"));
        JsonNode theirs = result.resolve(Map.of(conflictPath, Choice.THEIRS));
        assertThat(theirs.at("/connectionSettings/connections/0/requestedMbps").asString()).isEqualTo("1000");
    }

    @Test
    void deletingAnElementTheyModifiedIsAConflictAndTheirsRestoresIt() {
        String base = "{'connections':[{'id':1,'n':'a'},{'id':2,'n':'b'},{'id':3,'n':'c'}]}";
        String mine = "{'connections':[{'id':1,'n':'a'},{'id':3,'n':'c'}]}";
        String theirs = "{'connections':[{'id':1,'n':'a'},{'id':2,'n':'B'},{'id':3,'n':'c'}]}";

        MergeResult result = merge(base, mine, theirs);

        assertThat(result.conflicts()).singleElement().satisfies(conflict -> {
            assertThat(conflict.path().toString()).isEqualTo("/connections[id=2]");
            assertThat(conflict.mine().isMissingNode()).isTrue();
            assertThat(conflict.theirs()).isEqualTo(json("{'id':2,'n':'B'}"));
        });
        assertThat(result.merged()).isEqualTo(json("{'connections':[{'id':1,'n':'a'},{'id':3,'n':'c'}]}"));
        assertThat(result.resolveAll(Choice.THEIRS)).isEqualTo(json(theirs));
    }

    @Test
    void theyDeleteAnElementIModifiedIsAConflict() {
        MergeResult result = merge(
                "{'connections':[{'id':1,'n':'a'},{'id':2,'n':'b'}]}",
                "{'connections':[{'id':1,'n':'a'},{'id':2,'n':'mine'}]}",
                "{'connections':[{'id':1,'n':'a'}]}");

        assertThat(result.conflicts()).extracting(c -> c.path().toString()).containsExactly("/connections[id=2]");
        assertThat(result.merged()).isEqualTo(json("{'connections':[{'id':1,'n':'a'},{'id':2,'n':'mine'}]}"));
        assertThat(result.resolveAll(Choice.THEIRS)).isEqualTo(json("{'connections':[{'id':1,'n':'a'}]}"));
    }

    @Test
    void elementAdditionsFromBothSidesKeepTheirsOrderThenMine() {
        MergeResult result = merge(
                "{'bios':{'overriddenSettings':[{'id':'A','value':'1'}]}}",
                "{'bios':{'overriddenSettings':[{'id':'M','value':'m'},{'id':'A','value':'1'}]}}",
                "{'bios':{'overriddenSettings':[{'id':'A','value':'1'},{'id':'T','value':'t'}]}}");

        assertThat(result.hasConflicts()).isFalse();
        assertThat(result.merged().at("/bios/overriddenSettings")).isEqualTo(json(
                "[{'id':'A','value':'1'},{'id':'T','value':'t'},{'id':'M','value':'m'}]"));
        assertThat(result.changes()).extracting(c -> c.path().toString(), FieldChange::kind).containsExactly(
                tuple("/bios/overriddenSettings[id=T]", ChangeKind.THEIRS_ONLY),
                tuple("/bios/overriddenSettings[id=M]", ChangeKind.MINE_ONLY));
    }

    @Test
    void elementDeletionsOnEitherSideMerge() {
        MergeResult result = merge(
                "{'connections':[{'id':1},{'id':2},{'id':3}]}",
                "{'connections':[{'id':2},{'id':3}]}",
                "{'connections':[{'id':1},{'id':2}]}");

        assertThat(result.hasConflicts()).isFalse();
        assertThat(result.merged()).isEqualTo(json("{'connections':[{'id':2}]}"));
    }

    @Test
    void fieldAdditionsAndDeletionsOnEitherSideMerge() {
        MergeResult result = merge(
                "{'keep':1,'iDrop':2,'theyDrop':3,'bothDrop':4}",
                "{'keep':1,'theyDrop':3,'iAdd':5}",
                "{'keep':1,'iDrop':2,'theyAdd':6}");

        assertThat(result.hasConflicts()).isFalse();
        assertThat(result.merged()).isEqualTo(json("{'keep':1,'theyAdd':6,'iAdd':5}"));
        assertThat(result.changes()).extracting(c -> c.path().toString(), FieldChange::kind).containsExactlyInAnyOrder(
                tuple("/iDrop", ChangeKind.MINE_ONLY),
                tuple("/theyDrop", ChangeKind.THEIRS_ONLY),
                tuple("/bothDrop", ChangeKind.BOTH_SAME),
                tuple("/iAdd", ChangeKind.MINE_ONLY),
                tuple("/theyAdd", ChangeKind.THEIRS_ONLY));
    }

    @Test
    void fieldAddedByBothWithDifferentContentConflictsOnlyWhereItDiffers() {
        MergeResult result = merge("{}", "{'firmware':{'manage':true,'baseline':'/a'}}", "{'firmware':{'manage':true,'mode':'x'}}");

        assertThat(result.conflicts()).isEmpty();
        assertThat(result.merged()).isEqualTo(json("{'firmware':{'manage':true,'mode':'x','baseline':'/a'}}"));
    }

    @Test
    void typeChangeIsOneWholeValueChangeAtThatPath() {
        MergeResult result = merge(
                "{'boot':{'manageBoot':true,'order':['HardDisk']}}",
                "{'boot':'none'}",
                "{'boot':{'manageBoot':false,'order':['HardDisk']}}");

        assertThat(result.conflicts()).singleElement().satisfies(conflict -> {
            assertThat(conflict.path()).isEqualTo(path("boot"));
            assertThat(conflict.mine().asString()).isEqualTo("none");
        });
        assertThat(result.resolveAll(Choice.THEIRS)).isEqualTo(json("{'boot':{'manageBoot':false,'order':['HardDisk']}}"));
    }

    @Test
    void typeChangeOnOneSideOnlyMergesAsThatSidesValue() {
        MergeResult result = merge("{'x':{'a':1},'y':[1]}", "{'x':5,'y':[1]}", "{'x':{'a':1},'y':{'b':2}}");

        assertThat(result.hasConflicts()).isFalse();
        assertThat(result.merged()).isEqualTo(json("{'x':5,'y':{'b':2}}"));
    }

    @Test
    void nullIsAValueAndDiffersFromMissing() {
        MergeResult result = merge(
                "{'a':'x','b':'x','c':null}",
                "{'a':null,'b':null,'c':null}",
                "{'a':'x','c':null}");

        assertThat(result.conflicts()).singleElement().satisfies(conflict -> {
            assertThat(conflict.path()).isEqualTo(path("b"));
            assertThat(conflict.mine().isNull()).isTrue();
            assertThat(conflict.theirs().isMissingNode()).isTrue();
        });
        assertThat(result.merged()).isEqualTo(json("{'a':null,'c':null,'b':null}"));
        assertThat(result.resolveAll(Choice.THEIRS)).isEqualTo(json("{'a':null,'c':null}"));
    }

    @Test
    void nullChangedOnlyByThemToMissingIsTheirs() {
        MergeResult result = merge("{'a':null}", "{'a':null}", "{}");

        assertThat(result.changes()).singleElement().extracting(FieldChange::kind).isEqualTo(ChangeKind.THEIRS_ONLY);
        assertThat(result.merged()).isEqualTo(json("{}"));
    }

    @Test
    void serverManagedFieldsAlwaysTakeTheirsAndNeverConflict() {
        MergeResult result = merge(
                "{'eTag':'1','status':'OK','connections':[{'id':1,'state':'Deployed'}],'name':'n'}",
                "{'eTag':'mine','status':'Warning','connections':[{'id':1,'state':'Reserved'}],'name':'n'}",
                "{'eTag':'2','status':'Critical','connections':[{'id':1,'state':'Deploying'}],'name':'n'}");

        assertThat(result.hasConflicts()).isFalse();
        assertThat(result.changes()).extracting(FieldChange::kind).containsOnly(ChangeKind.SERVER_MANAGED).hasSize(3);
        assertThat(result.merged()).isEqualTo(json(
                "{'eTag':'2','status':'Critical','connections':[{'id':1,'state':'Deploying'}],'name':'n'}"));
    }

    @Test
    void serverManagedFieldIRemovedStillTakesTheirs() {
        MergeResult result = merge("{'uri':'/rest/x','modified':'t1'}", "{}", "{'uri':'/rest/x','modified':'t2'}");

        assertThat(result.merged()).isEqualTo(json("{'uri':'/rest/x','modified':'t2'}"));
    }

    @Test
    void unknownFieldsNeitherSideTouchedAreCarriedThrough() {
        MergeResult result = merge(
                "{'futureThing':{'deep':[{'q':1}]},'name':'a'}",
                "{'futureThing':{'deep':[{'q':1}]},'name':'b'}",
                "{'futureThing':{'deep':[{'q':1}]},'name':'a','newerField':true}");

        assertThat(result.merged()).isEqualTo(json("{'futureThing':{'deep':[{'q':1}]},'name':'b','newerField':true}"));
    }

    @Test
    void plainArraysChangeAsOneValue() {
        MergeResult result = merge(
                "{'boot':{'order':['HardDisk','PXE']}}",
                "{'boot':{'order':['PXE','HardDisk']}}",
                "{'boot':{'order':['HardDisk','PXE','CD']}}");

        assertThat(result.conflicts()).singleElement().extracting(c -> c.path().toString()).isEqualTo("/boot/order");
    }

    @Test
    void unconfiguredArraysWhoseElementsAllHaveIdsMatchById() {
        MergeResult result = merge(
                "{'volumes':[{'id':7,'lun':1},{'id':8,'lun':2}]}",
                "{'volumes':[{'id':7,'lun':9},{'id':8,'lun':2}]}",
                "{'volumes':[{'id':7,'lun':1},{'id':8,'lun':3}]}");

        assertThat(result.hasConflicts()).isFalse();
        assertThat(result.merged()).isEqualTo(json("{'volumes':[{'id':7,'lun':9},{'id':8,'lun':3}]}"));
    }

    @Test
    void arraysWithoutUsableKeysAreComparedWhole() {
        MergeResult result = merge(
                "{'volumes':[{'id':7,'lun':1},{'lun':2}]}",
                "{'volumes':[{'id':7,'lun':9},{'lun':2}]}",
                "{'volumes':[{'id':7,'lun':1},{'lun':3}]}");

        assertThat(result.conflicts()).singleElement().extracting(c -> c.path().toString()).isEqualTo("/volumes");
    }

    @Test
    void duplicateKeysFallBackToWholeArrayComparison() {
        MergeResult result = merge(
                "{'connections':[{'id':1,'a':1},{'id':1,'a':2}]}",
                "{'connections':[{'id':1,'a':5},{'id':1,'a':2}]}",
                "{'connections':[{'id':1,'a':1},{'id':1,'a':2}]}");

        assertThat(result.changes()).singleElement().extracting(c -> c.path().toString()).isEqualTo("/connections");
        assertThat(result.merged()).isEqualTo(json("{'connections':[{'id':1,'a':5},{'id':1,'a':2}]}"));
    }

    @Test
    void customPolicyMatchesByAnotherKeyAndKnowsOtherServerFields() {
        MergePolicy policy = new MergePolicy(Map.of("/disks", "name"), java.util.Set.of("revision"), false);
        MergeResult result = new ThreeWayMerge(policy).merge(
                json("{'revision':1,'disks':[{'name':'a','size':1},{'name':'b','size':1}]}"),
                json("{'revision':5,'disks':[{'name':'a','size':2},{'name':'b','size':1}]}"),
                json("{'revision':2,'disks':[{'name':'a','size':1},{'name':'b','size':3}]}"));

        assertThat(result.hasConflicts()).isFalse();
        assertThat(result.merged()).isEqualTo(json("{'revision':2,'disks':[{'name':'a','size':2},{'name':'b','size':3}]}"));
        assertThat(result.changes()).extracting(c -> c.path().toString()).contains("/disks[name=a]/size");
    }

    @Test
    void conflictsComeFirstInTheChangeList() {
        MergeResult result = merge("{'a':1,'b':1,'c':1}", "{'a':2,'b':1,'c':2}", "{'a':1,'b':3,'c':3}");

        assertThat(result.changes()).extracting(c -> c.path().toString(), FieldChange::kind).containsExactly(
                tuple("/c", ChangeKind.CONFLICT),
                tuple("/a", ChangeKind.MINE_ONLY),
                tuple("/b", ChangeKind.THEIRS_ONLY));
    }

    @Test
    void resolveAppliesEachChoiceAndLeavesTheRestMine() {
        MergeResult result = merge("{'a':1,'b':1}", "{'a':2,'b':2}", "{'a':3,'b':3}");

        JsonNode resolved = result.resolve(Map.of(path("b"), Choice.THEIRS));

        assertThat(resolved).isEqualTo(json("{'a':2,'b':3}"));
        assertThat(result.resolveAll(Choice.MINE)).isEqualTo(result.merged());
    }

    @Test
    void resolveRefusesAPathThatIsNotAConflict() {
        MergeResult result = merge("{'a':1,'b':1}", "{'a':2,'b':1}", "{'a':3,'b':2}");

        assertThatThrownBy(() -> result.resolve(Map.of(path("b"), Choice.MINE)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("/b");
    }

    @Test
    void fieldNamesWithSlashesAreEscapedLikeJsonPointer() {
        MergeResult result = merge("{'a/b~c':1}", "{'a/b~c':2}", "{'a/b~c':1}");

        assertThat(result.changes().get(0).path().toString()).isEqualTo("/a~1b~0c");
        assertThat(result.changes().get(0).path().label()).isEqualTo("a/b~c");
    }

    @Test
    void numbersCompareByValueWhateverTheirJavaType() {
        ObjectNode mine = (ObjectNode) json("{'connections':[{'id':1,'mbps':2500}],'bay':5}");
        mine.put("bay", 5L);
        ((ObjectNode) mine.at("/connections/0")).put("id", 1L).put("mbps", new java.math.BigDecimal("2500.0"));

        MergeResult result = merger.merge(json("{'connections':[{'id':1,'mbps':2500}],'bay':5}"), mine,
                json("{'connections':[{'id':1,'mbps':1000}],'bay':5}"));

        assertThat(result.hasConflicts()).isFalse();
        assertThat(result.changes()).extracting(c -> c.path().toString(), FieldChange::kind)
                .containsExactly(tuple("/connections[id=1]/mbps", ChangeKind.THEIRS_ONLY));
        assertThat(result.merged().at("/connections/0/mbps").asInt()).isEqualTo(1000);
    }

    @Test
    void neverChangesTheGivenTreesAndHandsOutIndependentResults() {
        JsonNode base = json("{'connections':[{'id':1,'n':'a'}],'x':{'y':1}}");
        JsonNode mine = json("{'connections':[{'id':1,'n':'b'}],'x':{'y':2}}");
        JsonNode theirs = json("{'connections':[{'id':1,'n':'c'}],'x':{'y':1},'z':[1]}");
        JsonNode baseCopy = base.deepCopy();
        JsonNode mineCopy = mine.deepCopy();
        JsonNode theirsCopy = theirs.deepCopy();

        MergeResult result = merger.merge(base, mine, theirs);
        ((ObjectNode) result.merged()).put("x", "scribbled");
        ((tools.jackson.databind.node.ArrayNode) result.merged().get("z")).add(2);
        ((ObjectNode) theirs).put("late", true);

        assertThat(base).isEqualTo(baseCopy);
        assertThat(mine).isEqualTo(mineCopy);
        assertThat(result.merged()).isEqualTo(json("{'connections':[{'id':1,'n':'b'}],'x':{'y':2},'z':[1]}"));
        // resolve works from the merge's own snapshots: later edits to the caller's trees do not leak in.
        assertThat(theirs).isNotEqualTo(theirsCopy);
        assertThat(result.resolveAll(Choice.THEIRS)).isEqualTo(json("{'connections':[{'id':1,'n':'c'}],'x':{'y':2},'z':[1]}"));
    }
}
