package com.ovconsole.ui.profiles.editor;

import com.ovconsole.ui.Messages;
import com.ovconsole.ui.profiles.Timestamps;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.binding.StringExpression;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The editor of one profile: General, Connections, Boot, Boot mode, BIOS, Firmware, and the facts. */
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

        sections.getChildren().addAll(
                title("profiles.section.general"), general(),
                title("profiles.section.connections"), ConnectionsSection.build(editor, messages),
                title("profiles.section.boot"), boot(),
                title("profiles.section.bootMode"), bootMode(),
                title("profiles.section.bios"), bios(),
                title("profiles.section.firmware"), firmware());
        markSection(1, ProfileField.CONNECTIONS);
        markSection(2, ProfileField.BOOT_ORDER);
        markSection(4, ProfileField.BIOS_SETTINGS);
        facts();
    }

    private static Label warningLine(String text) {
        Label line = new Label(text);
        line.setWrapText(true);
        line.setMinHeight(Region.USE_PREF_SIZE);
        return line;
    }

    private Node general() {
        FormRows rows = new FormRows();
        rows.add(messages.get("profiles.field.name"), text(ProfileField.NAME), dirty(ProfileField.NAME));
        Label nameError = new Label();
        nameError.textProperty().bind(editor.nameErrorProperty());
        rows.addMessage(nameError);
        rows.add(messages.get("profiles.field.description"), text(ProfileField.DESCRIPTION), dirty(ProfileField.DESCRIPTION));
        picker(rows, "profiles.field.serverHardwareType", ProfileField.SERVER_HARDWARE_TYPE, null);
        picker(rows, "profiles.field.enclosureGroup", ProfileField.ENCLOSURE_GROUP, null);
        picker(rows, "profiles.field.serverHardware", ProfileField.SERVER_HARDWARE,
                new PickerChoice("", messages.get("profiles.editor.unassigned")));
        rows.add(messages.get("profiles.field.affinity"),
                choice(ProfileField.AFFINITY),
                dirty(ProfileField.AFFINITY));
        return rows.grid();
    }

    /** A row with a drop-down of appliance resources; when the list is missing, a note under it says so. */
    private void picker(FormRows rows, String label, ProfileField field, PickerChoice none) {
        ComboBox<PickerChoice> combo = FormRows.picker(editor.text(field), editor.pickList(field), none,
                editor.lookupNote(field));
        rows.add(messages.get(label), combo, dirty(field));
        Label note = new Label();
        note.textProperty().bind(editor.lookupNote(field));
        rows.addNote(note);
    }

    private Node boot() {
        CheckBox manage = check(ProfileField.MANAGE_BOOT, "profiles.editor.manageBoot");
        ListView<String> order = new ListView<>(editor.bootOrder());
        order.setPrefHeight(110);
        order.setMaxWidth(320);
        order.disableProperty().bind(manage.selectedProperty().not());
        Button up = ConnectionsSection.button(messages.get("profiles.editor.moveUp"), "fth-arrow-up",
                () -> moveBoot(order, -1));
        Button down = ConnectionsSection.button(messages.get("profiles.editor.moveDown"), "fth-arrow-down",
                () -> moveBoot(order, 1));
        up.disableProperty().bind(order.getSelectionModel().selectedItemProperty().isNull().or(order.disabledProperty()));
        down.disableProperty().bind(up.disableProperty());
        VBox buttons = new VBox(6, up, down);
        return new VBox(6, manage, new HBox(10, order, buttons));
    }

    private void moveBoot(ListView<String> order, int delta) {
        int index = order.getSelectionModel().getSelectedIndex();
        editor.moveBootOrder(index, delta);
        order.getSelectionModel().clearAndSelect(Math.max(0, Math.min(order.getItems().size() - 1, index + delta)));
    }

    private Node bootMode() {
        FormRows rows = new FormRows();
        rows.add(messages.get("profiles.field.manage"), check(ProfileField.MANAGE_BOOT_MODE, "profiles.editor.manageBootMode"),
                dirty(ProfileField.MANAGE_BOOT_MODE));
        rows.add(messages.get("profiles.field.mode"), choice(ProfileField.BOOT_MODE), dirty(ProfileField.BOOT_MODE));
        rows.add(messages.get("profiles.field.pxeBootPolicy"), choice(ProfileField.PXE_BOOT_POLICY), dirty(ProfileField.PXE_BOOT_POLICY));
        rows.add(messages.get("profiles.field.secureBoot"), choice(ProfileField.SECURE_BOOT), dirty(ProfileField.SECURE_BOOT));
        return rows.grid();
    }

    private Node bios() {
        CheckBox manage = check(ProfileField.MANAGE_BIOS, "profiles.editor.manageBios");
        TableView<BiosSettingEdit> table = new TableView<>(editor.biosSettings());
        table.getStyleClass().add("editor-table");
        table.setEditable(true);
        table.setMaxWidth(620);
        table.setPrefHeight(150);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<BiosSettingEdit, String> id = ConnectionsSection.textColumn(messages.get("profiles.editor.settingId"),
                260, BiosSettingEdit::idProperty);
        TableColumn<BiosSettingEdit, String> value = ConnectionsSection.textColumn(messages.get("profiles.field.value"),
                260, BiosSettingEdit::valueProperty);
        table.getColumns().add(id);
        table.getColumns().add(value);
        table.disableProperty().bind(manage.selectedProperty().not());
        Button add = ConnectionsSection.button(messages.get("profiles.editor.add"), "fth-plus", editor::addBiosSetting);
        Button remove = ConnectionsSection.button(messages.get("profiles.editor.remove"), "fth-minus",
                () -> editor.removeBiosSetting(table.getSelectionModel().getSelectedItem()));
        add.disableProperty().bind(table.disabledProperty());
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull().or(table.disabledProperty()));
        HBox buttons = new HBox(add, remove);
        buttons.getStyleClass().add("section-buttons");
        return new VBox(6, manage, table, buttons);
    }

    private Node firmware() {
        FormRows rows = new FormRows();
        rows.add(messages.get("profiles.field.manage"), check(ProfileField.MANAGE_FIRMWARE, "profiles.editor.manageFirmware"),
                dirty(ProfileField.MANAGE_FIRMWARE));
        rows.add(messages.get("profiles.field.firmwareBaseline"), text(ProfileField.FIRMWARE_BASELINE),
                dirty(ProfileField.FIRMWARE_BASELINE));
        rows.add(messages.get("profiles.field.firmwareInstallType"), choice(ProfileField.FIRMWARE_INSTALL_TYPE),
                dirty(ProfileField.FIRMWARE_INSTALL_TYPE));
        CheckBox force = new CheckBox(messages.get("profiles.field.forceInstall"));
        force.selectedProperty().bindBidirectional(editor.flag(ProfileField.FORCE_INSTALL_FIRMWARE));
        rows.add("", force, dirty(ProfileField.FORCE_INSTALL_FIRMWARE));
        return rows.grid();
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

    private void markSection(int index, ProfileField field) {
        Label section = (Label) sections.getChildren().get(index * 2);
        FormRows.markDirty(section, dirty(field));
    }

    private Label title(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().addAll("editor-section-title", "field-label");
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    private TextField text(ProfileField field) {
        TextField text = new TextField();
        text.textProperty().bindBidirectional(editor.text(field));
        return text;
    }

    private ComboBox<String> choice(ProfileField field) {
        return FormRows.choices(editor.text(field), editor.choices(field));
    }

    private CheckBox check(ProfileField field, String key) {
        CheckBox box = new CheckBox(messages.get(key));
        box.selectedProperty().bindBidirectional(editor.flag(field));
        return box;
    }

    private ObservableBooleanValue dirty(ProfileField field) {
        return editor.dirtyProperty(field);
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
