package com.ovconsole.ui;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ViewLoaderTest {

    /** A view class with no FXML next to it. */
    static final class OrphanView {
    }

    @Test
    void missingFxmlFailsFastNamingTheExpectedPath() {
        ViewLoader loader = new ViewLoader(Messages.load(Locale.ROOT), type -> {
            throw new AssertionError("no controller should be built");
        });

        assertThatThrownBy(() -> loader.load(OrphanView.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No FXML for view com.ovconsole.ui.ViewLoaderTest$OrphanView")
                .hasMessageContaining("/com/ovconsole/ui/ViewLoaderTest$OrphanView.fxml");
    }
}
