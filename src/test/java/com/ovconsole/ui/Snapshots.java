package com.ovconsole.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Saves a rendered node as PNG (no javafx.swing here, so the pixels are copied by hand). Call on the FX thread. */
public final class Snapshots {

    /** Where tests put their PNGs; .ci/screenshot copies the windowed ones to assets/screenshots. */
    public static final Path FOLDER = Path.of("target/screenshots");

    private Snapshots() {
    }

    public static Path save(Node node, String fileName) {
        WritableImage image = node.snapshot(null, null);
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] argb = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        BufferedImage buffered = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        buffered.setRGB(0, 0, width, height, argb, 0, width);
        try {
            Files.createDirectories(FOLDER);
            Path file = FOLDER.resolve(fileName);
            ImageIO.write(buffered, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
