package dk.trappen.core.figures;

import dk.trappen.core.reference.Kommune;
import dk.trappen.core.reference.ReferenceData;
import dk.trappen.core.reference.Ydelse;
import dk.trappen.core.store.FigureCacheStore;
import dk.trappen.core.store.Session;
import dk.trappen.core.store.Workspace;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * Computed figures kept in the workspace (table {@code figure_cache}), so a new session shows them
 * without reading the register again. A row is valid only at the data version it was written at;
 * its key holds the engine version ({@link FigureService#ENGINE_VERSION}), the target groups, the §3/§5 rules, the NT12.1 variant, the NT13–NT17 measurement rule and a
 * fingerprint of the reference inputs (ydelse → trin, the kommuner), so editing those tables makes it unused.
 */
final class FigureCache {

    private static final Logger LOG = Logger.getLogger(FigureCache.class.getName());
    /** 3: NT13.1 by the services register for minors too and INDSATS read strictly (issue 20). */
    private static final int FORMAT = 3;
    /** The layout of a kept pattern: a format number, the cell count, a status byte per cell. */
    static final int PATTERN_FORMAT = 1;

    private final String referenceFingerprint;

    FigureCache(ReferenceData reference) {
        TreeMap<String, Integer> trin = new TreeMap<>();
        for (Ydelse y : reference.ydelser()) {
            trin.put(y.code(), y.trin());
        }
        List<Integer> kommuner = new ArrayList<>();
        for (Kommune k : reference.kommuner()) {
            kommuner.add(k.code());
        }
        // NT11 and NT19–NT20 depend on the DREAM code categories and the kontoplan mapping too.
        TreeMap<String, String> dream = new TreeMap<>();
        reference.dreamKoder().forEach(k -> dream.put(k.code(), k.category().name()));
        referenceFingerprint = sha256(trin.toString() + kommuner + dream + reference.kontoplan()).substring(0, 16);
    }

    private static String sha256(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (byte b : d) {
                hex.append(String.format("%02x", b));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            // Every Java runtime ships SHA-256; reaching this is a broken JVM.
            throw new IllegalStateException(e);
        }
    }

    String key(WorkspaceSettings settings) {
        StaircaseRules rules = settings.staircaseRules();
        String prefix = "v" + FORMAT + "|e" + FigureService.ENGINE_VERSION + "|";
        String key = prefix + referenceFingerprint + "|" + rules.tie() + "," + rules.nt8() + "," + rules.deaths()
                + "," + rules.kommuneChange() + "|" + settings.nt121Variant() + "|" + settings.wellbeingMeasurement()
                + "|" + String.join(",", settings.targetGroups());
        // The key column holds 200 characters; many target groups ticked one by one make a longer
        // key, which is kept as its digest (shorter keys stay readable, as they always were).
        return key.length() <= MAX_KEY ? key : prefix + "sha256:" + sha256(key);
    }

    /** The width of {@code figure_cache.cache_key} (migration V4). */
    static final int MAX_KEY = 200;

    /** The kept figures for these settings at this data version, if any. */
    Optional<FigureResult> load(Workspace ws, WorkspaceSettings settings, long dataVersion) {
        Optional<byte[]> row = row(ws, key(settings), dataVersion);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        byte[] payload = row.get();
        try {
            return Optional.of(decode(payload));
        } catch (IOException | RuntimeException e) {
            // A damaged copy must not stop the figures: they are computed again and the copy replaced.
            LOG.log(Level.WARNING, "Unreadable figure cache in " + ws.directory() + "; recomputing", e);
            return Optional.empty();
        }
    }

    /** Keeps the figures, replacing this key's copy and any copy of an older data version. */
    void save(Workspace ws, WorkspaceSettings settings, FigureResult result) {
        keep(ws, key(settings), result.dataVersion(), encode(result), true);
    }

    /** A row's payload at the data version, if kept. */
    private static Optional<byte[]> row(Workspace ws, String key, long dataVersion) {
        try (Session s = ws.read()) {
            return FigureCacheStore.get(s, key, dataVersion);
        }
    }

    /** Replaces a key's row; with {@code newest}, rows of any other data version go too (in one transaction). */
    private static void keep(Workspace ws, String key, long dataVersion, byte[] payload, boolean newest) {
        try (Session s = ws.transaction()) {
            if (newest) {
                FigureCacheStore.deleteOtherVersions(s, dataVersion);
            }
            FigureCacheStore.keep(s, key, dataVersion, payload);
            s.commit();
        }
    }

    /**
     * A suppression pattern kept beside the figures it was decided for (same table, its own key, the
     * same data version, so new data remove it with the figures): the cells' statuses, deflated.
     * {@code patternKey} names the threshold, the saved groups and the suppression's version.
     */
    Optional<byte[]> loadPattern(Workspace ws, WorkspaceSettings settings, String patternKey, long dataVersion) {
        Optional<byte[]> payload = row(ws, patternKey(settings, patternKey), dataVersion);
        if (payload.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(decodePattern(payload.get()));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Unreadable suppression pattern in " + ws.directory() + "; deciding it again", e);
            return Optional.empty();
        }
    }

    void savePattern(Workspace ws, WorkspaceSettings settings, String patternKey, long dataVersion, byte[] statuses) {
        keep(ws, patternKey(settings, patternKey), dataVersion, encodePattern(statuses), false);
    }

    /** The row key of a pattern: "pattern|" and a digest of the figures' key and the pattern's (fits the column). */
    private String patternKey(WorkspaceSettings settings, String patternKey) {
        return "pattern|" + sha256(key(settings) + "|" + patternKey).substring(0, 40);
    }

    static byte[] encodePattern(byte[] statuses) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(bytes))) {
            out.writeInt(PATTERN_FORMAT);
            out.writeInt(statuses.length);
            out.write(statuses);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] decodePattern(byte[] payload) throws IOException {
        try (DataInputStream in = new DataInputStream(new InflaterInputStream(new ByteArrayInputStream(payload)))) {
            int format = in.readInt();
            if (format != PATTERN_FORMAT) {
                throw new IOException("pattern format " + format);
            }
            int n = in.readInt();
            if (n < 0 || n > 50_000_000) {
                throw new IOException("pattern of " + n + " cells");
            }
            byte[] statuses = new byte[n];
            in.readFully(statuses);
            return statuses;
        }
    }

    /** Removes every kept copy in the workspace. */
    void clear(Workspace ws) {
        try (Session s = ws.transaction()) {
            FigureCacheStore.clear(s);
            s.commit();
        }
    }

    static byte[] encode(FigureResult r) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(bytes))) {
            out.writeInt(FORMAT);
            out.writeLong(r.dataVersion());
            out.writeInt(r.targetGroups().size());
            for (String g : r.targetGroups()) {
                out.writeUTF(g);
            }
            out.writeUTF(r.rules().tie().name());
            out.writeUTF(r.rules().nt8().name());
            out.writeUTF(r.rules().deaths().name());
            out.writeUTF(r.rules().kommuneChange().name());
            out.writeLong(r.latestDataDate().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE));
            List<LocalDate> dates = r.dates();
            out.writeInt(dates.size());
            for (LocalDate d : dates) {
                out.writeLong(d.toEpochDay());
            }
            writeInts(out, r.codes());
            writeInts(out, r.counts());
            long[] adults = r.adultsArray();
            out.writeInt(adults.length);
            for (long a : adults) {
                out.writeLong(a);
            }
            ExtraSums extra = r.extra();
            double[] sums = extra.sums();
            out.writeInt(sums.length);
            for (double v : sums) {
                out.writeDouble(v);
            }
            for (Source s : Source.values()) {
                for (int d = 0; d < extra.dates(); d++) {
                    String reason = extra.absent(s, d);
                    out.writeByte(extra.defined(s, d) ? 1 : reason == null ? 0 : 2);
                    if (reason != null) {
                        out.writeUTF(reason);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: cannot happen
        }
        return bytes.toByteArray();
    }

    static FigureResult decode(byte[] payload) throws IOException {
        try (DataInputStream in = new DataInputStream(new InflaterInputStream(new ByteArrayInputStream(payload)))) {
            int format = in.readInt();
            if (format != FORMAT) {
                throw new IOException("figure cache format " + format + ", expected " + FORMAT);
            }
            long dataVersion = in.readLong();
            List<String> groups = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                groups.add(in.readUTF());
            }
            StaircaseRules rules = new StaircaseRules(StaircaseRules.HandlekommuneTie.valueOf(in.readUTF()),
                    StaircaseRules.Nt8Scope.valueOf(in.readUTF()), StaircaseRules.DeathRule.valueOf(in.readUTF()),
                    StaircaseRules.KommuneChangeRule.valueOf(in.readUTF()));
            long latest = in.readLong();
            List<LocalDate> dates = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                dates.add(LocalDate.ofEpochDay(in.readLong()));
            }
            int[] codes = readInts(in);
            int[] counts = readInts(in);
            long[] adults = new long[in.readInt()];
            for (int i = 0; i < adults.length; i++) {
                adults[i] = in.readLong();
            }
            ExtraSums extra = new ExtraSums(codes.length, dates.size());
            double[] sums = extra.sums();
            if (in.readInt() != sums.length) {
                throw new IOException("figure cache holds another set of NT11–NT20");
            }
            for (int i = 0; i < sums.length; i++) {
                sums[i] = in.readDouble();
            }
            for (Source s : Source.values()) {
                for (int d = 0; d < dates.size(); d++) {
                    int state = in.readByte();
                    if (state == 1) {
                        extra.define(s, d);
                    } else if (state == 2) {
                        extra.absent(s, d, in.readUTF());
                    }
                }
            }
            return new FigureResult(dataVersion, groups, rules, latest == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(latest),
                    dates, codes, counts, adults, extra);
        }
    }

    private static void writeInts(DataOutputStream out, int[] values) throws IOException {
        out.writeInt(values.length);
        for (int v : values) {
            out.writeInt(v);
        }
    }

    private static int[] readInts(DataInputStream in) throws IOException {
        int[] values = new int[in.readInt()];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.readInt();
        }
        return values;
    }
}
