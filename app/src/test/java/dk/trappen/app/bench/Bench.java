package dk.trappen.app.bench;

import dk.trappen.core.reference.ReferenceData;
import dk.trappen.core.reference.ReferenceLoader;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * What the benchmark steps share: timing with warm-up and repeated runs, the heap's peak, and the
 * one line format {@link BenchmarkSuite} reads from each child JVM ({@code BENCH|key|value|...}).
 */
final class Bench {

    private Bench() {
    }

    static ReferenceData reference() {
        return ReferenceLoader.fromDirectory(Path.of(System.getProperty("trappen.reference.dir", "resources")));
    }

    /** Median, fastest and slowest of repeated runs, in milliseconds. */
    record Spread(double median, double min, double max, int runs) {
        static Spread of(double[] ms) {
            double[] s = ms.clone();
            Arrays.sort(s);
            return new Spread(s[s.length / 2], s[0], s[s.length - 1], s.length);
        }

        String text() {
            return String.format(Locale.ROOT, "%.0f|%.0f|%.0f|%d", median, min, max, runs);
        }
    }

    /** Runs {@code task} {@code warmups} times untimed, then {@code runs} times timed. */
    static Spread time(int warmups, int runs, Callable<?> task) throws Exception {
        for (int i = 0; i < warmups; i++) {
            task.call();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            task.call();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        return Spread.of(ms);
    }

    static double millisSince(long nanoStart) {
        return (System.nanoTime() - nanoStart) / 1e6;
    }

    /** The most heap in use at once since the last reset, in bytes; kept up by {@link #SAMPLER}. */
    private static final java.util.concurrent.atomic.AtomicLong PEAK = new java.util.concurrent.atomic.AtomicLong();
    private static final Thread SAMPLER = startSampler();

    /**
     * Samples the heap in use every 2 ms. The sum of each pool's own peak (what the pools report)
     * adds peaks of different moments, and read more than -Xmx at times; this is the peak of the sum.
     */
    private static Thread startSampler() {
        Thread t = new Thread(() -> {
            java.lang.management.MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            while (true) {
                PEAK.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-heap-sampler");
        t.setDaemon(true);
        t.start();
        return t;
    }

    static void resetPeaks() {
        PEAK.set(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }

    /** The most heap in use at one moment since the last reset (garbage not yet collected included), in MB. */
    static long peakHeapMb() {
        return PEAK.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max) >> 20;
    }

    /** One result line for the suite; the values never hold person data. */
    static void emit(String key, Object... values) {
        StringBuilder b = new StringBuilder("BENCH|").append(key);
        for (Object v : values) {
            b.append('|').append(v);
        }
        System.out.println(b);
        System.out.flush();
    }
}
