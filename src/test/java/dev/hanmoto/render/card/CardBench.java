package dev.hanmoto.render.card;

import dev.hanmoto.ast.Document;
import dev.hanmoto.diag.Diagnostics;
import dev.hanmoto.testkit.TestThemes;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Card throughput benchmark (a program, not a test): renders 200 generated titles of 3–120 characters
 * (Japanese, English, mixed, emoji) with the default theme on all cores, once cold (fonts, emoji and
 * classes loaded on the way) and once warm, and prints cards/s (wall clock, and from the CPU time the
 * rendering threads used) and peak heap. Target: ≥ 30 cards/s on 2 cores.
 *
 * <pre>
 * ./mvnw -o -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) dev.hanmoto.render.card.CardBench [cards] [threads]
 * </pre>
 */
public final class CardBench {
    private CardBench() {}

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        List<Document> docs = documents(n);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long t0 = System.nanoTime();
            CardRenderer cards = new CardRenderer(TestThemes.defaultTheme());
            long[] result = run(cards, docs, pool);
            report("cold", n, threads, System.nanoTime() - t0, result);
            long t1 = System.nanoTime();
            result = run(cards, docs, pool);
            report("warm", n, threads, System.nanoTime() - t1, result);
        } finally {
            pool.shutdown();
        }
        long peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) peak += p.getPeakUsage().getUsed();
        }
        System.out.printf("peak heap %.0f MB (sum of pool peaks), max heap %.0f MB%n",
                peak / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0);
    }

    /** Renders all cards; returns {total PNG bytes, total CPU nanoseconds of the rendering threads}. */
    private static long[] run(CardRenderer cards, List<Document> docs, ExecutorService pool) throws Exception {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        List<Future<long[]>> out = new ArrayList<>();
        for (Document d : docs) {
            out.add(pool.submit(() -> {
                long cpu = mx.getCurrentThreadCpuTime();
                int len = cards.renderPng(d, new Diagnostics()).length;
                return new long[] {len, mx.getCurrentThreadCpuTime() - cpu};
            }));
        }
        long[] total = new long[2];
        for (Future<long[]> f : out) {
            total[0] += f.get()[0];
            total[1] += f.get()[1];
        }
        return total;
    }

    /**
     * Wall-clock cards/s, and CPU time per card: on a machine shared with other work the wall clock
     * measures the neighbours, while {@code cores × 1000 / cpu-ms} is what these cores would do alone.
     */
    private static void report(String phase, int n, int threads, long nanos, long[] bytesAndCpu) {
        double s = nanos / 1e9;
        double cpuMs = bytesAndCpu[1] / 1e6 / n;
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf("%s: %d cards in %.2f s on %d threads = %.1f cards/s wall; %.1f CPU ms/card = %.1f cards/s on %d idle cores (%.0f KB/card)%n",
                phase, n, s, threads, n / s, cpuMs, cores * 1000 / cpuMs, cores, bytesAndCpu[0] / 1024.0 / n);
    }

    /** Deterministic titles: lengths cycle through 3..120, scripts through ja / en / mixed / emoji. */
    static List<Document> documents(int n) {
        String ja = "未経験から始めるテクニカルオペレーションマネージャーのキャリア設計と年収アップのための完全ガイド現場で役立つノウハウとロードマップ面接対策資格取得転職成功事例まで徹底解説";
        String en = "Typesetting Japanese handbooks for print and the web with one Markdown source and a theme for every output format";
        String[] emoji = {"🚀", "1️⃣", "👨‍👩‍👧‍👦", "🇯🇵", "🔟", "✨"};
        List<String> tags = List.of("SRE", "DevOps", "キャリア", "Kubernetes", "自動化");
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int len = 3 + (i * 37) % 118;
            String title = switch (i % 4) {
                case 0 -> ja.substring(i % 20, Math.min(ja.length(), i % 20 + len));
                case 1 -> en.substring(0, Math.min(en.length(), len)).strip();
                case 2 -> (ja.substring(0, Math.min(ja.length(), len / 2)) + " " + en.substring(0, Math.min(en.length(), len / 2))).strip();
                default -> emoji[i % emoji.length] + ja.substring(0, Math.min(ja.length(), len)) + emoji[(i + 1) % emoji.length];
            };
            docs.add(CardFixtures.doc("bench-" + i, title, tags.subList(0, i % tags.size()),
                    Map.of("author", "山田 太郎", "date", "2026-03-01")));
        }
        return docs;
    }
}
