package com.ovconsole.ui.hardware;

import java.util.function.Consumer;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TableCell;

/** The profile applied to a server, as a link that opens it; "No profile" in muted text otherwise. */
final class ProfileLinkCell extends TableCell<HardwareRow, HardwareRow> {

    private final Hyperlink link = new Hyperlink();
    private final String noProfile;
    private HardwareRow shown;

    ProfileLinkCell(String noProfile, Consumer<HardwareRow> open) {
        this.noProfile = noProfile;
        link.getStyleClass().add("profile-link");
        link.setOnAction(event -> {
            link.setVisited(false);
            open.accept(shown);
        });
    }

    @Override
    protected void updateItem(HardwareRow row, boolean empty) {
        super.updateItem(row, empty);
        shown = empty ? null : row;
        getStyleClass().remove("muted");
        if (empty || row == null) {
            setText(null);
            setGraphic(null);
        } else if (row.hasProfile()) {
            link.setText(row.profileName() != null ? row.profileName() : "…");
            link.setAccessibleText(link.getText());
            setText(null);
            setGraphic(link);
        } else {
            getStyleClass().add("muted");
            setText(noProfile);
            setGraphic(null);
        }
    }
}
