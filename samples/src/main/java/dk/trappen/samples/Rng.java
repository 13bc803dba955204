package dk.trappen.samples;

/**
 * A small SplitMix64 generator of our own. java.util's generators are deterministic too, but
 * their derived methods (bounded ints, Gaussians) have changed between JDK releases; with our
 * own arithmetic the committed sample reproduces byte for byte on any JDK. StrictMath, not
 * Math: Math's log/exp/cos may differ in the last bit between platforms and JIT intrinsics.
 */
final class Rng {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private long state;

    Rng(long seed) {
        this.state = seed;
    }

    /** A generator for one independent stream, keyed by the run's seed and any labels. */
    static Rng of(long... keys) {
        long h = GOLDEN;
        for (long k : keys) {
            h = mix(h ^ mix(k + GOLDEN));
        }
        return new Rng(h);
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    long nextLong() {
        state += GOLDEN;
        return mix(state);
    }

    /** Uniform in [0, 1). */
    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [0, bound). */
    int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound " + bound);
        }
        return (int) (((nextLong() >>> 33) * bound) >>> 31);
    }

    /** Uniform in [from, to], both ends included. */
    int between(int from, int to) {
        return from + nextInt(to - from + 1);
    }

    boolean chance(double p) {
        return nextDouble() < p;
    }

    /** Standard normal by Box–Muller (one value per call, for simplicity). */
    double gaussian() {
        double u1 = 1.0 - nextDouble();
        double u2 = nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * Math.PI * u2);
    }

    double lognormal(double median, double sigma) {
        return median * StrictMath.exp(sigma * gaussian());
    }

    double exponential(double mean) {
        return -mean * StrictMath.log(1.0 - nextDouble());
    }

    /** Number of failures before the first success, with the given mean. */
    int geometric(double mean) {
        if (mean <= 0) {
            return 0;
        }
        double p = 1.0 / (1.0 + mean);
        return (int) Math.floor(StrictMath.log(1.0 - nextDouble()) / StrictMath.log(1.0 - p));
    }

    /** An index drawn with probability proportional to its weight. */
    int pick(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        for (int i = weights.length - 1; i >= 0; i--) {
            if (weights[i] > 0) {
                return i;
            }
        }
        return 0;
    }

    <T> T pick(T[] values) {
        return values[nextInt(values.length)];
    }
}
