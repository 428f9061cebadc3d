package com.ovconsole.ui.profiles.conflict;

import static org.assertj.core.api.Assertions.assertThat;

import com.ovconsole.merge.ChangeKind;
import com.ovconsole.merge.Choice;
import com.ovconsole.merge.ThreeWayMerge;
import com.ovconsole.ui.Messages;
import com.ovconsole.ui.profiles.FieldLabels;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The merge dialog's state on its own: row order, labels people read, choices and the preview. */
class MergeViewModelTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final FieldLabels labels = new FieldLabels(Messages.load(Locale.ROOT));

    private static ObjectNode tree(String json) {
        return (ObjectNode) JSON.readTree(json.replace('\'', '"'));
    }

    private MergeViewModel merge() {
        ObjectNode base = tree("{'name':'web-1','description':'base','eTag':'1/1','bios':{'overriddenSettings':"
                + "[{'id':'Sriov','value':'Disabled'}]},'connectionSettings':{'connections':"
                + "[{'id':1,'requestedMbps':'2500'},{'id':2,'requestedMbps':'2500'}]}}");
        ObjectNode mine = tree("{'name':'web-1','description':'mine','eTag':'1/1','bios':{'overriddenSettings':"
                + "[{'id':'Sriov','value':'Enabled'}]},'connectionSettings':{'connections':"
                + "[{'id':1,'requestedMbps':'7500'},{'id':2,'requestedMbps':'2500'}]}}");
        ObjectNode theirs = tree("{'name':'web-1','description':'theirs','eTag':'2/9','bios':{'overriddenSettings':"
                + "[{'id':'Sriov','value':'Disabled'}]},'connectionSettings':{'connections':"
                + "[{'id':1,'requestedMbps':'2500'},{'id':2,'requestedMbps':'12500'}]}}");
        return new MergeViewModel(ThreeWayMerge.forServerProfiles().merge(base, mine, theirs), labels);
    }

    @Test
    void conflictsComeFirstThenAutomaticChangesThenTheAppliancesOwnFields() {
        MergeViewModel merge = merge();

        assertThat(merge.rows()).extracting(MergeRow::kind).containsExactly(ChangeKind.CONFLICT, ChangeKind.MINE_ONLY,
                ChangeKind.MINE_ONLY, ChangeKind.THEIRS_ONLY, ChangeKind.SERVER_MANAGED);
        assertThat(merge.conflictCount()).isEqualTo(1);
        assertThat(merge.automaticCount()).isEqualTo(3);
    }

    @Test
    void rowsAreLabelledForPeople() {
        assertThat(merge().rows()).extracting(MergeRow::label).containsExactly("Description",
                "BIOS setting Sriov › Value", "Connection 1 › Requested Mbps", "Connection 2 › Requested Mbps", "ETag");
    }

    @Test
    void choosingTheirsChangesTheResultAndThePreview() {
        MergeViewModel merge = merge();
        MergeRow description = merge.rows().get(0);
        assertThat(description.chosenValueProperty().get()).isEqualTo("mine");

        merge.choose(description, Choice.THEIRS);

        assertThat(description.chosenValueProperty().get()).isEqualTo("theirs");
        assertThat(merge.previewProperty().get()).contains("\"description\" : \"theirs\"");
        assertThat(merge.merged().get("description").asString()).isEqualTo("theirs");
    }

    @Test
    void mergedProfileKeepsBothSidesChangesAndTheNewETag() {
        MergeViewModel merge = merge();
        merge.chooseAll(Choice.MINE);

        ObjectNode merged = merge.merged();

        assertThat(merged.get("description").asString()).isEqualTo("mine");
        assertThat(merged.at("/connectionSettings/connections/0/requestedMbps").asString()).isEqualTo("7500");
        assertThat(merged.at("/connectionSettings/connections/1/requestedMbps").asString()).isEqualTo("12500");
        assertThat(merged.at("/bios/overriddenSettings/0/value").asString()).isEqualTo("Enabled");
        assertThat(merged.get("eTag").asString()).isEqualTo("2/9");
    }

    @Test
    void allTheirsAndChoosingANonConflictDoNothingSurprising() {
        MergeViewModel merge = merge();
        MergeRow mineOnly = merge.rows().get(1);

        merge.choose(mineOnly, Choice.THEIRS);
        merge.chooseAll(Choice.THEIRS);

        assertThat(mineOnly.chosenValueProperty().get()).isEqualTo("Enabled");
        assertThat(merge.merged().get("description").asString()).isEqualTo("theirs");
    }
}
