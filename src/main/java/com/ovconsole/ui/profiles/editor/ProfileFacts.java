package com.ovconsole.ui.profiles.editor;

import com.ovconsole.ui.Messages;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** The read-only facts of a profile as label/value pairs, in the order the editor shows them. */
final class ProfileFacts {

    private ProfileFacts() {
    }

    static List<Fact> of(JsonNode profile, Messages messages) {
        return List.of(
                new Fact(messages.get("profiles.fact.uri"), JsonTrees.text(profile, "/uri")),
                new Fact(messages.get("profiles.fact.type"), JsonTrees.text(profile, "/type")),
                new Fact(messages.get("profiles.fact.status"), JsonTrees.text(profile, "/status")),
                new Fact(messages.get("profiles.fact.state"), JsonTrees.text(profile, "/state")),
                new Fact(messages.get("profiles.fact.serialNumber"), JsonTrees.text(profile, "/serialNumber")),
                new Fact(messages.get("profiles.fact.uuid"), JsonTrees.text(profile, "/uuid")),
                new Fact(messages.get("profiles.fact.created"), JsonTrees.text(profile, "/created")),
                new Fact(messages.get("profiles.fact.modified"), JsonTrees.text(profile, "/modified")),
                new Fact(messages.get("profiles.fact.eTag"), JsonTrees.text(profile, "/eTag")));
    }
}
