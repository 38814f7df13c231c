package dev.hanmoto.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanmoto.testkit.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --shard I/N} on real processes, as N machines would run it: four shards, each its own JVM
 * and output folder, together write exactly the files of one build of everything, byte for byte,
 * each document in one shard only, and their manifests list every document once.
 */
class ShardedBuildTest {
    private static final int N = 4;
    private static final Pattern SOURCE = Pattern.compile("\\{\"source\":\"([^\"]+)\",\"shard\":\"(\\d+)/4\",\"status\":\"built\"");

    @TempDir
    Path project;

    @Test
    void theUnionOfFourShardsIsOneBuildFileForFile() throws Exception {
        List<String> docs = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            String rel = (i % 3 == 0 ? "content/notes/n" : "content/a") + i + ".md";
            Path p = project.resolve(rel);
            Files.createDirectories(p.getParent());
            Files.writeString(p, "---\ntitle: 記事その" + i + "\n---\n\n# 見出し\n\n本文" + i + "。\n");
            docs.add(rel);
        }
        finish("single", start("single"));
        Map<String, Process> shards = new TreeMap<>();
        for (int i = 0; i < N; i++) shards.put("shard" + i, start("shard" + i, "--shard", i + "/" + N, "--manifest", "m" + i + ".jsonl"));
        for (var e : shards.entrySet()) finish(e.getKey(), e.getValue());
        Map<String, byte[]> single = TestFiles.outputs(project.resolve("single"));
        Map<String, byte[]> union = new TreeMap<>();
        Map<String, String> shardOf = new TreeMap<>();
        for (int i = 0; i < N; i++) {
            Map<String, byte[]> part = TestFiles.outputs(project.resolve("shard" + i));
            for (var e : part.entrySet()) assertEquals(null, union.put(e.getKey(), e.getValue()), e.getKey() + " written by two shards");
            for (String line : Files.readAllLines(project.resolve("m" + i + ".jsonl"))) {
                Matcher m = SOURCE.matcher(line);
                assertTrue(m.lookingAt(), line);
                assertEquals(Integer.toString(i), m.group(2));
                assertEquals(null, shardOf.put(m.group(1), m.group(2)), m.group(1) + " in two manifests");
                assertEquals(i, dev.hanmoto.build.Shard.of(m.group(1), N), "the documented hash puts " + m.group(1) + " here");
            }
        }
        assertEquals(new java.util.TreeSet<>(docs), shardOf.keySet(), "every document in one manifest");
        assertTrue(new java.util.HashSet<>(shardOf.values()).size() >= 2, "the documents spread over shards: " + shardOf);
        assertEquals(single.keySet(), union.keySet());
        for (String f : single.keySet()) assertArrayEquals(single.get(f), union.get(f), f);
        assertEquals(docs.size() * 3, single.size(), single.keySet().toString());
    }

    private Process start(String out, String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of("build", "--out", out, "-j", "1", "--debug"));
        args.addAll(List.of(more));
        return FaultsProcessTest.cli(project, err(out), args.toArray(String[]::new)).start();
    }

    private void finish(String out, Process p) throws Exception {
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), out + " finished");
        assertEquals(0, p.exitValue(), Files.readString(err(out)));
    }

    private Path err(String out) {
        return project.resolve("err-" + out + ".txt");
    }
}
