package com.ovconsole.ui.profiles.conflict;

import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * Shows the merge dialog and waits for the user (called on the UI thread). The app opens
 * {@link MergeDialog}; tests answer as a user would, through the same {@link MergeViewModel}.
 */
@FunctionalInterface
public interface MergePrompt {

    /** @return the merged profile to save, or empty when the user cancelled (their edits stay in the editor) */
    Optional<ObjectNode> resolve(MergeViewModel merge);
}
