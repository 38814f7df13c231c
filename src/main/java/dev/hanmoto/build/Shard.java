package dev.hanmoto.build;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Optional;

/**
 * One of {@code count} disjoint parts of a batch ({@code --shard index/count}, index from 0, as
 * Kubernetes' {@code JOB_COMPLETION_INDEX}), so that machines that share nothing build a catalogue
 * between them, each its own part. An input belongs to the shard
 * {@code u64(SHA-256(path)[0..8]) mod count}: the first eight bytes of the SHA-256 of its path relative
 * to the project folder (UTF-8, {@code /} between folders, no leading {@code ./}), read as an
 * unsigned big-endian number. The path alone decides, so every machine, whatever its file system,
 * order of listing or number of cores, puts a document in the same shard, and adding documents
 * never moves the others. Output names and clashes are worked out over the whole batch before it is
 * split, so each document's files are those a single build would write.
 */
public record Shard(int index, int count) {
    public Shard {
        if (count < 1 || index < 0 || index >= count) {
            throw new IllegalArgumentException("shard " + index + "/" + count + ": want I/N with 0 <= I < N");
        }
    }

    /** Every document: one shard of one. */
    public static final Shard ALL = new Shard(0, 1);

    /** {@code I/N}; empty when it is not two numbers with 0 ≤ I &lt; N. */
    public static Optional<Shard> parse(String text) {
        var m = java.util.regex.Pattern.compile("(\\d{1,9})/(\\d{1,9})").matcher(text.strip());
        if (!m.matches()) return Optional.empty();
        int i = Integer.parseInt(m.group(1));
        int n = Integer.parseInt(m.group(2));
        return n >= 1 && i < n ? Optional.of(new Shard(i, n)) : Optional.empty();
    }

    /** The shard (0 to count − 1) of the input at {@code relativePath} ({@code /}-separated). */
    public static int of(String relativePath, int count) {
        byte[] h;
        try {
            h = MessageDigest.getInstance("SHA-256").digest(relativePath.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
        long v = 0;
        for (int i = 0; i < 8; i++) v = (v << 8) | (h[i] & 0xff);
        return (int) Long.remainderUnsigned(v, count);
    }

    /** The inputs of {@code inputs} in this shard, in their order. */
    public List<Path> select(Project project, List<Path> inputs) {
        if (count == 1) return List.copyOf(inputs);
        return inputs.stream().filter(in -> of(relative(project, in), count) == index).toList();
    }

    /** {@code in} relative to the project, {@code /}-separated (absolute if outside it). */
    public static String relative(Project project, Path in) {
        Path abs = in.toAbsolutePath().normalize();
        Path rel = abs.startsWith(project.dir()) ? project.dir().relativize(abs) : abs;
        return rel.toString().replace('\\', '/');
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
