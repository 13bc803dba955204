package dk.trappen.samples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The approximate population table {@code folketal.csv} shipped with the generator (see its README). */
final class PopulationTable {

    record Row(int kommune, String name, int total, int adults) {
    }

    private final Map<Integer, Row> rows;

    private PopulationTable(Map<Integer, Row> rows) {
        this.rows = Collections.unmodifiableMap(rows);
    }

    static PopulationTable load() {
        try (InputStream in = PopulationTable.class.getResourceAsStream("folketal.csv")) {
            if (in == null) {
                throw new IllegalStateException("folketal.csv is missing from the samples jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<Integer, Row> rows = new LinkedHashMap<>();
            String line = reader.readLine(); // header
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(";");
                int code = Integer.parseInt(f[0]);
                rows.put(code, new Row(code, f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3])));
            }
            return new PopulationTable(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Row row(int kommune) {
        Row r = rows.get(kommune);
        if (r == null) {
            throw new IllegalArgumentException("no population for kommune " + kommune);
        }
        return r;
    }

    Map<Integer, Row> rows() {
        return rows;
    }
}
