package com.ovconsole.ui.connections;

import com.ovconsole.ui.Messages;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Above the selected appliance's views while its certificate changed: what happened, that nothing
 * is sent and open editors keep their changes, and "Review certificate…". The views stay below,
 * untouched; the banner takes no room otherwise.
 */
public final class CertificateChangedBanner {

    private final HBox banner = new HBox(10);
    private final VBox root = new VBox();

    public CertificateChangedBanner(ApplianceListViewModel appliances, Messages messages) {
        Objects.requireNonNull(appliances, "appliances");
        FontIcon icon = new FontIcon("fth-shield-off");
        icon.getStyleClass().add("certificate-changed-icon");
        Label title = new Label();
        title.getStyleClass().add("certificate-banner-title");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        title.textProperty().bind(Bindings.createStringBinding(() -> {
            ApplianceItem item = appliances.selectedProperty().get();
            return item == null ? "" : messages.format("connections.certificateChanged.title",
                    item.getEntry().displayName());
        }, appliances.selectedProperty()));
        Label text = new Label(messages.get("connections.certificateChanged.banner"));
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        VBox words = new VBox(2, title, text);
        HBox.setHgrow(words, Priority.ALWAYS);
        Button review = new Button(messages.get("connections.certificateChanged.review"));
        review.setId("reviewCertificate");
        review.setGraphic(new FontIcon("fth-shield"));
        review.setMinWidth(Region.USE_PREF_SIZE);
        review.setOnAction(event -> appliances.reviewSelectedCertificate());
        banner.getChildren().addAll(icon, words, review);
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.getStyleClass().add("certificate-banner");
        banner.setAccessibleText(messages.get("connections.certificateChanged.banner"));
        banner.visibleProperty().bind(appliances.selectedCertificateChangedProperty());
        banner.managedProperty().bind(banner.visibleProperty());
        root.getStyleClass().add("certificate-banner-frame");
    }

    /** {@code views} with the banner above them (the same frame each time: the caller swaps the views). */
    public Node above(Node views) {
        VBox.setVgrow(views, Priority.ALWAYS);
        root.getChildren().setAll(banner, views);
        return root;
    }
}
