package com.ovconsole.ui.profiles.editor;

import tools.jackson.databind.node.ObjectNode;

/**
 * One save: the profile's URI (null for a new profile, which is POSTed), the tree the edits were
 * made on (base), the edited tree (mine) and the ETag of base, sent as If-Match.
 */
record SaveAttempt(String uri, ObjectNode base, ObjectNode mine, String eTag) {

    boolean isCreate() {
        return uri == null;
    }
}
