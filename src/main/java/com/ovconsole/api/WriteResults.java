package com.ovconsole.api;

import com.ovconsole.api.model.TaskResource;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Reads a write's answer: 202 + task (Location, X-Task-URI or task body) or done with a body. */
final class WriteResults {

    private WriteResults() {
    }

    static WriteResult from(Transport.Answer answer, String what) {
        JsonNode body = answer.body().length == 0 ? null : Json.parse(answer.body(), what);
        ObjectNode object = body != null && body.isObject() ? (ObjectNode) body : null;
        if (answer.status() == 202) {
            boolean bodyIsTask = object != null && isTask(object);
            String uri = answer.headers().firstValue("Location")
                    .or(() -> answer.headers().firstValue("X-Task-URI"))
                    .orElse(bodyIsTask ? object.path("uri").asString("") : null);
            if (uri != null && !uri.isBlank()) {
                Optional<TaskResource> initial = bodyIsTask
                        ? Optional.of(Json.convert(object, TaskResource.class, what))
                        : Optional.empty();
                return new WriteResult.Accepted(new TaskRef(uri), initial);
            }
        }
        if (object == null) {
            return new WriteResult.Done(Optional.empty());
        }
        ETag eTag = answer.headers().firstValue("ETag").map(ETag::of).orElse(bodyEtag(object));
        return new WriteResult.Done(Optional.of(new Resource<>(object, object, eTag)));
    }

    static boolean isTask(ObjectNode object) {
        String type = object.path("type").asString("");
        String uri = object.path("uri").asString("");
        return type.startsWith("TaskResource") || uri.startsWith("/rest/tasks/");
    }

    static ETag bodyEtag(ObjectNode object) {
        JsonNode eTag = object.get("eTag");
        return eTag == null || eTag.isNull() ? null : ETag.of(eTag.asString());
    }
}
