package dev.hanmoto;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one compiled class refers to, read from its constant pool (JVMS §4.4): every class it names —
 * in {@code CONSTANT_Class} entries and inside field, method and generic signatures (so a type used
 * only in a signature, an annotation or a fully qualified name counts as much as an import does) —
 * and the fields and methods it uses, as {@code owner#name}. String literals are not references.
 */
record ClassReferences(String name, Set<String> classes, Set<String> members) {
    /** A class name inside a descriptor or signature: {@code Lpkg/Name;} or {@code Lpkg/Name<…>;}. */
    private static final Pattern IN_DESCRIPTOR = Pattern.compile("L([A-Za-z_$][\\w$]*(?:/[A-Za-z_$][\\w$]*)+)[;<]");

    /** Binary class names with dots: {@code java/lang/String} → {@code java.lang.String}; arrays by their element type. */
    private static String dotted(String internal) {
        if (internal.startsWith("[")) {
            Matcher m = IN_DESCRIPTOR.matcher(internal);
            return m.find() ? m.group(1).replace('/', '.') : null; // an array of a primitive type names no class
        }
        return internal.replace('/', '.');
    }

    /** Reads a class file's bytes. */
    static ClassReferences read(byte[] classFile) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
        if (in.readInt() != 0xCAFEBABE) throw new IOException("not a class file");
        in.readUnsignedShort(); // minor version
        in.readUnsignedShort(); // major version
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        int[] classIndex = new int[count];
        int[][] memberRef = new int[count][];
        int[] nameAndTypeName = new int[count];
        Set<Integer> literals = new HashSet<>();
        List<Integer> classes = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 3, 4 -> in.readInt();
                case 5, 6 -> {
                    in.readLong();
                    i++; // takes two entries (JVMS §4.4.5)
                }
                case 7 -> {
                    classIndex[i] = in.readUnsignedShort();
                    classes.add(i);
                }
                case 8 -> literals.add(in.readUnsignedShort());
                case 9, 10, 11 -> memberRef[i] = new int[] {in.readUnsignedShort(), in.readUnsignedShort()};
                case 12 -> {
                    nameAndTypeName[i] = in.readUnsignedShort();
                    in.readUnsignedShort();
                }
                case 15 -> {
                    in.readUnsignedByte();
                    in.readUnsignedShort();
                }
                case 16, 19, 20 -> in.readUnsignedShort();
                case 17, 18 -> in.readInt();
                default -> throw new IOException("unknown constant pool tag " + tag + " at entry " + i);
            }
        }
        in.readUnsignedShort(); // access flags
        String self = utf8[classIndex[in.readUnsignedShort()]].replace('/', '.');

        Set<String> named = new TreeSet<>();
        for (int c : classes) {
            String n = dotted(utf8[classIndex[c]]);
            if (n != null) named.add(n);
        }
        for (int i = 1; i < count; i++) {
            if (utf8[i] == null || literals.contains(i)) continue;
            Matcher m = IN_DESCRIPTOR.matcher(utf8[i]);
            while (m.find()) named.add(m.group(1).replace('/', '.'));
        }
        named.remove(self);
        Set<String> members = new TreeSet<>();
        for (int i = 1; i < count; i++) {
            if (memberRef[i] == null) continue;
            String owner = dotted(utf8[classIndex[memberRef[i][0]]]);
            members.add(owner + "#" + utf8[nameAndTypeName[memberRef[i][1]]]);
        }
        return new ClassReferences(self, named, members);
    }
}
