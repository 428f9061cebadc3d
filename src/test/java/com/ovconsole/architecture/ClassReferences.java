package com.ovconsole.architecture;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The types a compiled class refers to, read from its constant pool (plain JDK, no ASM): class
 * entries plus every type named in field/method descriptors and generic signatures. String
 * literals are left out, so a message mentioning "javafx/scene" is not a dependency.
 */
final class ClassReferences {

    private static final Pattern TYPE_IN_DESCRIPTOR = Pattern.compile("L([\\w/$]+)[;<]");

    private ClassReferences() {
    }

    /** Dotted names ({@code javafx.scene.Node}) of the types {@code classFile} uses. */
    static Set<String> of(byte[] classFile) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        Set<Integer> classNames = new HashSet<>();
        Set<Integer> literals = new HashSet<>();
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 7 -> classNames.add(in.readUnsignedShort());
                case 8 -> literals.add(in.readUnsignedShort());
                case 16, 19, 20 -> in.readUnsignedShort();
                case 15 -> in.skipBytes(3);
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                case 5, 6 -> {
                    in.skipBytes(8);
                    i++;
                }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        Set<String> types = new TreeSet<>();
        for (int i = 1; i < count; i++) {
            if (utf8[i] == null || literals.contains(i)) {
                continue;
            }
            if (classNames.contains(i) && !utf8[i].startsWith("[")) {
                types.add(utf8[i].replace('/', '.'));
            }
            Matcher matcher = TYPE_IN_DESCRIPTOR.matcher(utf8[i]);
            while (matcher.find()) {
                types.add(matcher.group(1).replace('/', '.'));
            }
        }
        return types;
    }
}
