package com.ovconsole.security;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The parts of a compiled class the TLS checks read, straight from the class-file bytes (JVMS
 * chapter 4, plain JDK): its name, superclass and interfaces, the string literals and the names of
 * the methods it calls, and each method's bytecode.
 */
record ClassFile(String name, String superName, List<String> interfaces, Set<String> strings,
        Set<String> calledMethods, List<Method> methods) {

    /** One method: name, descriptor and its code (empty when abstract or native). */
    record Method(String name, String descriptor, byte[] code) {
        /** The body is a single {@code return}: it checks nothing and throws nothing. */
        boolean doesNothing() {
            return code.length == 1 && (code[0] & 0xFF) == 0xB1;
        }
    }

    static ClassFile parse(byte[] bytes) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        int[] classIndex = new int[count];
        int[] stringIndex = new int[count];
        int[] nameAndTypeName = new int[count];
        List<Integer> methodRefs = new ArrayList<>();
        int[] refNameAndType = new int[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 7 -> classIndex[i] = in.readUnsignedShort();
                case 8 -> stringIndex[i] = in.readUnsignedShort();
                case 16, 19, 20 -> in.readUnsignedShort();
                case 15 -> in.skipBytes(3);
                case 10, 11 -> {
                    in.readUnsignedShort();
                    refNameAndType[i] = in.readUnsignedShort();
                    methodRefs.add(i);
                }
                case 12 -> {
                    nameAndTypeName[i] = in.readUnsignedShort();
                    in.readUnsignedShort();
                }
                case 3, 4, 9, 17, 18 -> in.skipBytes(4);
                case 5, 6 -> {
                    in.skipBytes(8);
                    i++;
                }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        Set<String> strings = new HashSet<>();
        for (int i = 1; i < count; i++) {
            if (stringIndex[i] != 0) {
                strings.add(utf8[stringIndex[i]]);
            }
        }
        Set<String> called = new HashSet<>();
        methodRefs.forEach(ref -> called.add(utf8[nameAndTypeName[refNameAndType[ref]]]));
        in.readUnsignedShort();
        String name = utf8[classIndex[in.readUnsignedShort()]];
        int superIndex = in.readUnsignedShort();
        String superName = superIndex == 0 ? null : utf8[classIndex[superIndex]];
        List<String> interfaces = new ArrayList<>();
        for (int n = in.readUnsignedShort(); n > 0; n--) {
            interfaces.add(utf8[classIndex[in.readUnsignedShort()]]);
        }
        for (int n = in.readUnsignedShort(); n > 0; n--) {
            in.skipBytes(6);
            skipAttributes(in);
        }
        List<Method> methods = new ArrayList<>();
        for (int n = in.readUnsignedShort(); n > 0; n--) {
            in.readUnsignedShort();
            String methodName = utf8[in.readUnsignedShort()];
            String descriptor = utf8[in.readUnsignedShort()];
            byte[] code = new byte[0];
            for (int a = in.readUnsignedShort(); a > 0; a--) {
                String attribute = utf8[in.readUnsignedShort()];
                int length = in.readInt();
                if (attribute.equals("Code")) {
                    in.skipBytes(4);
                    code = new byte[in.readInt()];
                    in.readFully(code);
                    in.skipBytes(length - 8 - code.length);
                } else {
                    in.skipBytes(length);
                }
            }
            methods.add(new Method(methodName, descriptor, code));
        }
        return new ClassFile(name, superName, List.copyOf(interfaces), strings, called, List.copyOf(methods));
    }

    private static void skipAttributes(DataInputStream in) throws IOException {
        for (int a = in.readUnsignedShort(); a > 0; a--) {
            in.readUnsignedShort();
            in.skipBytes(in.readInt());
        }
    }
}
