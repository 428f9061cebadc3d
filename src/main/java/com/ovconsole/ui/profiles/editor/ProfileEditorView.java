package com.ovconsole.ui.profiles.editor;

import com.ovconsole.ui.Controllers;
import com.ovconsole.ui.Messages;
import com.ovconsole.ui.profiles.Timestamps;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.binding.StringExpression;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The editor of one profile: header and banners, the form (General, Connections, Boot order, Boot
 * mode, BIOS, Firmware: one {@code fx:include} each, see {@link EditorSection}), the facts, Save.
 */
public final class ProfileEditorView {

    private final ProfileEditorViewModel editor;
    private final Messages messages;
    /** Kept in a field: a binding only the label holds could be collected. */
    private StringBinding draftMessage;

    @FXML private Label titleLabel;
    @FXML private Label dirtyBadge;
    @FXML private HBox draftBanner;
    @FXML private Label draftText;
    @FXML private HBox remoteBanner;
    @FXML private Label remoteText;
    @FXML private VBox warningsBanner;
    @FXML private VBox warningLines;
    @FXML private HBox powerBanner;
    @FXML private Label powerText;
    @FXML private VBox sections;
    @FXML private Label connectionsTitle;
    @FXML private Label bootOrderTitle;
    @FXML private Label biosTitle;
    @FXML private GeneralSectionView generalController;
    @FXML private ConnectionsSectionView connectionsController;
    @FXML private BootOrderSectionView bootOrderController;
    @FXML private BootModeSectionView bootModeController;
    @FXML private BiosSectionView biosController;
    @FXML private FirmwareSectionView firmwareController;
    @FXML private GridPane factsGrid;
    @FXML private javafx.scene.control.ScrollPane factsScroll;
    @FXML private ProgressBar taskProgress;
    @FXML private Label statusLabel;
    @FXML private Button revertButton;
    @FXML private Button saveButton;

    public ProfileEditorView(ProfileEditorViewModel editor, Messages messages) {
        this.editor = editor;
        this.messages = messages;
    }

    /**
     * Registers the controllers of the form's sections ({@code fx:include}s of this view) with the
     * one controller factory; each is bound to its editor's ViewModel once the editor is loaded.
     */
    public static void registerControllers(Controllers controllers, Messages messages) {
        controllers.register(GeneralSectionView.class, () -> new GeneralSectionView(messages));
        controllers.register(ConnectionsSectionView.class, () -> new ConnectionsSectionView(messages));
        controllers.register(BootOrderSectionView.class, BootOrderSectionView::new);
        controllers.register(BootModeSectionView.class, BootModeSectionView::new);
        controllers.register(BiosSectionView.class, BiosSectionView::new);
        controllers.register(FirmwareSectionView.class, FirmwareSectionView::new);
    }

    /** The editor tab's title: the profile's name, after a dot while there are unsaved edits. */
    public StringExpression tabTitle() {
        return Bindings.when(editor.anyDirtyProperty())
                .then(Bindings.concat("• ", editor.titleProperty())).otherwise(editor.titleProperty());
    }

    @FXML
    void initialize() {
        titleLabel.textProperty().bind(editor.titleProperty());
        showWhen(dirtyBadge, editor.anyDirtyProperty());
        draftMessage = Bindings.createStringBinding(() -> editor.offeredDraftProperty().get() == null ? ""
                : messages.format("profiles.editor.draftOffered",
                        Timestamps.shortForm(editor.offeredDraftProperty().get().savedAt().toString())),
                editor.offeredDraftProperty());
        draftText.textProperty().bind(draftMessage);
        showWhen(draftBanner, editor.offeredDraftProperty().isNotNull());
        remoteText.textProperty().bind(editor.remoteChangeTextProperty());
        remoteText.setTooltip(new javafx.scene.control.Tooltip());
        remoteText.getTooltip().textProperty().bind(editor.remoteChangeTextProperty());
        // Only shown or hidden, never (un)managed: the header keeps its height and the form stays put.
        remoteBanner.visibleProperty().bind(editor.remoteChangedProperty());
        showWhen(warningsBanner, Bindings.isNotEmpty(editor.saveWarnings()));
        editor.saveWarnings().addListener((ListChangeListener<String>) change -> warningLines.getChildren()
                .setAll(editor.saveWarnings().stream().map(ProfileEditorView::warningLine).toList()));
        showWhen(powerBanner, editor.powerOffNeededProperty());
        powerText.textProperty().bind(editor.powerTextProperty());
        ShownWatch.follow(sections, editor::setShown);
        statusLabel.textProperty().bind(editor.statusProperty());
        taskProgress.progressProperty().bind(editor.taskProgressProperty());
        showWhen(taskProgress, editor.busyProperty());
        saveButton.disableProperty().bind(editor.busyProperty().or(editor.anyDirtyProperty().not()));
        revertButton.disableProperty().bind(editor.busyProperty().or(editor.anyDirtyProperty().not()));
        // A narrow window gives the form the room: the facts take 30 % of the editor, 200 to 300 px.
        if (factsScroll.getParent() instanceof javafx.scene.layout.Region editorRoot) {
            factsScroll.prefWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                    () -> Math.max(200, Math.min(300, editorRoot.getWidth() * 0.3)), editorRoot.widthProperty()));
        }
        sections.disableProperty().bind(editor.busyProperty());

        for (EditorSection section : List.of(generalController, connectionsController, bootOrderController,
                bootModeController, biosController, firmwareController)) {
            section.bind(editor);
        }
        FormBindings.markDirty(connectionsTitle, editor.dirtyProperty(ProfileField.CONNECTIONS));
        FormBindings.markDirty(bootOrderTitle, editor.dirtyProperty(ProfileField.BOOT_ORDER));
        FormBindings.markDirty(biosTitle, editor.dirtyProperty(ProfileField.BIOS_SETTINGS));
        facts();
    }

    private static Label warningLine(String text) {
        Label line = new Label(text);
        line.setWrapText(true);
        line.setMinHeight(Region.USE_PREF_SIZE);
        return line;
    }

    private void facts() {
        javafx.scene.layout.ColumnConstraints stretch = new javafx.scene.layout.ColumnConstraints();
        stretch.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        stretch.setFillWidth(true);
        factsGrid.getColumnConstraints().setAll(stretch);
        Label header = new Label(messages.get("profiles.editor.details"));
        header.getStyleClass().add("section-header");
        Runnable fill = () -> {
            factsGrid.getChildren().clear();
            factsGrid.add(header, 0, 0);
            for (Fact fact : editor.facts()) {
                Label label = new Label(fact.label());
                label.getStyleClass().add("field-label");
                // Whole values, wrapped: an id or URI has no spaces, so it may break after / and -.
                Label value = new Label(fact.value() == null ? "" : fact.value().replaceAll("([/-])", "$1\u200B"));
                value.setWrapText(true);
                value.setMinHeight(Region.USE_PREF_SIZE);
                value.setMaxWidth(Double.MAX_VALUE);
                value.getStyleClass().add("fact-value");
                value.setAccessibleText(fact.label());
                factsGrid.addColumn(0, label, value);
            }
        };
        editor.facts().addListener((ListChangeListener<Fact>) change -> fill.run());
        fill.run();
    }

    private static void showWhen(Node node, ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }

    @FXML
    void save() {
        editor.save();
    }

    @FXML
    void dismissWarnings() {
        editor.dismissWarnings();
    }

    @FXML
    void powerOffSavePowerOn() {
        editor.powerOffSavePowerOn();
    }

    @FXML
    void revert() {
        editor.revert();
    }

    @FXML
    void restoreDraft() {
        editor.restoreDraft();
    }

    @FXML
    void discardDraft() {
        editor.discardDraft();
    }
}
