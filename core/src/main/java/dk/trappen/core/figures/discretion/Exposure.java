package dk.trappen.core.figures.discretion;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Which hidden cells a reader can still work out from the published ones: every relation
 * {total, part, part, …} is a linear equation total − Σ parts = 0, and with the shown cells put in,
 * a system over the hidden ones. A hidden cell is exposed when the system determines it: when every
 * solution of the homogeneous system gives it 0.
 * <p>
 * Found with one sparse elimination modulo the prime 2³¹ − 1 (exact for these 0/±1 equations bar a
 * negligible chance) and two null-space vectors with random free values: a determined cell is 0 in
 * both, an undetermined one is 0 in a random null vector with probability 2⁻³¹. The random values
 * come from a fixed seed, so the same cells always give the same answer.
 */
final class Exposure {

    private static final long P = 2_147_483_647L;
    private static final long SEED = 20_261_206L;

    private Exposure() {
    }

    /**
     * The hidden cells that the relations near {@code changed} determine on their own: those within
     * {@code hops} steps from a changed cell, a step being a relation to the hidden cells in it. What a
     * part of the system determines, the whole does too, so every cell found is exposed; a cell the
     * part misses may still be, which the caller settles with {@link #determined(List, CellStatus[],
     * CellStatus...)} over the whole system at the end.
     */
    static int[] determinedNear(List<int[]> relations, int[][] byCell, CellStatus[] status, java.util.BitSet changed,
            int hops, CellStatus... targets) {
        java.util.BitSet picked = new java.util.BitSet(relations.size());
        java.util.BitSet seen = new java.util.BitSet(status.length);
        List<Integer> ring = new ArrayList<>();
        changed.stream().forEach(c -> {
            ring.add(c);
            seen.set(c);
        });
        List<int[]> near = new ArrayList<>();
        for (int hop = 0; hop < hops && !ring.isEmpty(); hop++) {
            List<Integer> next = new ArrayList<>();
            for (int c : ring) {
                for (int r : byCell[c]) {
                    if (picked.get(r)) {
                        continue;
                    }
                    picked.set(r);
                    near.add(relations.get(r));
                    for (int other : relations.get(r)) {
                        if (status[other] != CellStatus.SHOWN && !seen.get(other)) {
                            seen.set(other);
                            next.add(other);
                        }
                    }
                }
            }
            ring.clear();
            ring.addAll(next);
        }
        return determined(near, status, targets);
    }

    /**
     * The cells hidden from the reader ({@code status != SHOWN}) that the relations determine,
     * limited to {@code targets} (cells that are published as hidden; cells that are simply not
     * available are unknowns too, but nothing is protected there).
     */
    static int[] determined(List<int[]> relations, CellStatus[] status, CellStatus... targets) {
        int[] var = new int[status.length];
        Arrays.fill(var, -1);
        List<Integer> cellOf = new ArrayList<>();
        List<int[]> vars = new ArrayList<>();
        List<long[]> coefs = new ArrayList<>();
        for (int[] rel : relations) {
            int hidden = 0;
            for (int c : rel) {
                if (status[c] != CellStatus.SHOWN) {
                    hidden++;
                }
            }
            if (hidden == 0) {
                continue;
            }
            int[] v = new int[hidden];
            long[] k = new long[hidden];
            int n = 0;
            for (int i = 0; i < rel.length; i++) {
                int c = rel[i];
                if (status[c] == CellStatus.SHOWN) {
                    continue;
                }
                if (var[c] < 0) {
                    var[c] = cellOf.size();
                    cellOf.add(c);
                }
                v[n] = var[c];
                k[n] = i == 0 ? 1 : P - 1;
                n++;
            }
            Row row = Row.of(v, k);
            if (row.size() > 0) {
                vars.add(row.vars);
                coefs.add(row.coefs);
            }
        }
        int nv = cellOf.size();
        if (nv == 0) {
            return new int[0];
        }
        long[][] nulls = nullVectors(nv, vars, coefs, 2);
        boolean[] target = new boolean[CellStatus.values().length];
        for (CellStatus t : targets) {
            target[t.ordinal()] = true;
        }
        int[] out = new int[nv];
        int n = 0;
        for (int x = 0; x < nv; x++) {
            int c = cellOf.get(x);
            if (target[status[c].ordinal()] && nulls[0][x] == 0 && nulls[1][x] == 0) {
                out[n++] = c;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** {@code count} vectors x with A·x = 0 (mod P), free variables random, by sparse elimination. */
    private static long[][] nullVectors(int nv, List<int[]> vars, List<long[]> coefs, int count) {
        int[] degree = new int[nv];
        Integer[] order = new Integer[vars.size()];
        for (int e = 0; e < order.length; e++) {
            order[e] = e;
            for (int x : vars.get(e)) {
                degree[x]++;
            }
        }
        // Short equations first and pivots of low degree keep the rows sparse.
        Arrays.sort(order, (a, b) -> Integer.compare(vars.get(a).length, vars.get(b).length));
        int[] pivotRow = new int[nv];
        Arrays.fill(pivotRow, -1);
        List<Row> rows = new ArrayList<>();
        List<Integer> pivots = new ArrayList<>();
        long[] acc = new long[nv];
        boolean[] touched = new boolean[nv];
        int[] list = new int[nv];
        java.util.PriorityQueue<Integer> queue = new java.util.PriorityQueue<>();
        for (int e : order) {
            int n = 0;
            int[] v = vars.get(e);
            long[] k = coefs.get(e);
            for (int i = 0; i < v.length; i++) {
                acc[v[i]] = k[i];
                touched[v[i]] = true;
                list[n++] = v[i];
                if (pivotRow[v[i]] >= 0) {
                    queue.add(pivotRow[v[i]]);
                }
            }
            // Substitute pivots in the order they were made: a pivot row holds only free variables
            // and later pivots, so no pivot comes back once substituted.
            while (!queue.isEmpty()) {
                int ri = queue.poll();
                int x = pivots.get(ri);
                if (acc[x] == 0) {
                    continue;
                }
                long f = acc[x];
                Row r = rows.get(ri);
                acc[x] = 0;
                for (int i = 0; i < r.vars.length; i++) {
                    int y = r.vars[i];
                    if (!touched[y]) {
                        touched[y] = true;
                        list[n++] = y;
                        if (pivotRow[y] >= 0) {
                            queue.add(pivotRow[y]);
                        }
                    }
                    acc[y] = Math.floorMod(acc[y] - f * r.coefs[i] % P, P);
                }
            }
            int pivot = -1;
            int size = 0;
            for (int i = 0; i < n; i++) {
                int x = list[i];
                if (acc[x] != 0) {
                    size++;
                    if (pivot < 0 || degree[x] < degree[pivot]) {
                        pivot = x;
                    }
                }
            }
            if (pivot >= 0) {
                long inv = inverse(acc[pivot]);
                int[] rv = new int[size - 1];
                long[] rk = new long[size - 1];
                int m = 0;
                for (int i = 0; i < n; i++) {
                    int x = list[i];
                    if (acc[x] != 0 && x != pivot) {
                        rv[m] = x;
                        rk[m] = acc[x] * inv % P;
                        m++;
                    }
                }
                pivotRow[pivot] = rows.size();
                rows.add(new Row(rv, rk));
                pivots.add(pivot);
            }
            for (int i = 0; i < n; i++) {
                acc[list[i]] = 0;
                touched[list[i]] = false;
            }
        }
        SplittableRandom random = new SplittableRandom(SEED);
        long[][] out = new long[count][nv];
        for (long[] x : out) {
            for (int i = 0; i < nv; i++) {
                x[i] = pivotRow[i] < 0 ? 1 + random.nextLong(P - 1) : 0;
            }
            // Later pivots first: each row's other variables are free or solved already.
            for (int r = rows.size() - 1; r >= 0; r--) {
                Row row = rows.get(r);
                long sum = 0;
                for (int i = 0; i < row.vars.length; i++) {
                    sum = (sum + row.coefs[i] * x[row.vars[i]]) % P;
                }
                x[pivots.get(r)] = (P - sum) % P;
            }
        }
        return out;
    }

    private static long inverse(long a) {
        long result = 1;
        long base = a % P;
        for (long e = P - 2; e > 0; e >>= 1) {
            if ((e & 1) == 1) {
                result = result * base % P;
            }
            base = base * base % P;
        }
        return result;
    }

    /** A sparse equation: variables (distinct) and their coefficients mod P. */
    private static final class Row {
        final int[] vars;
        final long[] coefs;

        Row(int[] vars, long[] coefs) {
            this.vars = vars;
            this.coefs = coefs;
        }

        /** Merges repeated variables (a cell listed twice) and drops zero coefficients. */
        static Row of(int[] v, long[] k) {
            // Few cells per relation: an insertion sort by variable, merging repeats as they meet.
            int[] rv = new int[v.length];
            long[] rk = new long[v.length];
            int m = 0;
            for (int i = 0; i < v.length; i++) {
                int at = m;
                while (at > 0 && rv[at - 1] > v[i]) {
                    at--;
                }
                if (at > 0 && rv[at - 1] == v[i]) {
                    rk[at - 1] = (rk[at - 1] + k[i]) % P;
                    continue;
                }
                System.arraycopy(rv, at, rv, at + 1, m - at);
                System.arraycopy(rk, at, rk, at + 1, m - at);
                rv[at] = v[i];
                rk[at] = k[i];
                m++;
            }
            int n = 0;
            for (int i = 0; i < m; i++) {
                if (rk[i] != 0) {
                    rv[n] = rv[i];
                    rk[n] = rk[i];
                    n++;
                }
            }
            return new Row(Arrays.copyOf(rv, n), Arrays.copyOf(rk, n));
        }

        int size() {
            return vars.length;
        }
    }
}
