package dk.trappen.app.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * key-figures.md §1–§5 as DuckDB SQL over the raw CSV files: the target-group staircase spells,
 * each adult's highest trin and handlekommune at every cut date (§2, §3's ties: latest start, then
 * lowest kommunekode), the stocks NT1–NT6 and the movements NT7.1–NT10 from D⁻ to D with deaths
 * (doede.csv, death on or before D) left out. Ends the run with a table {@code figures(figure,
 * kom, d, n)} and the cut dates in {@code cut(idx, d)}.
 */
final class DuckDbSql {

    private DuckDbSql() {
    }

    static List<String> statements(Path ydelser, Path doede) {
        return List.of(
                // Rows the import refuses (end before start, start in the future) never count;
                // an end in year 9000 or later is the register's "no end".
                "CREATE TEMP TABLE sp AS SELECT * FROM (SELECT replace(PNR, '-', '') AS pnr, "
                        + "CAST(HANDLEKOMMUNE AS INTEGER) AS kom, MODT_YDELSE_KODE AS ydelse, MAALGRUPPE AS mg, "
                        + "CAST(STARTDATO AS DATE) AS s, CASE WHEN SLUTDATO IS NULL OR SLUTDATO = '' "
                        + "OR CAST(SLUTDATO AS DATE) >= DATE '9000-01-01' THEN NULL ELSE CAST(SLUTDATO AS DATE) END AS e "
                        + "FROM read_csv(" + literal(ydelser) + ", delim = ';', header = true, all_varchar = true)) "
                        + "WHERE (e IS NULL OR e >= s) AND s <= current_date",
                // §1: cut dates from 30-06-2017 (the base D⁻ of the first) to the last on or before
                // the latest start or end date in the services data.
                "CREATE TEMP TABLE cut AS SELECT row_number() OVER (ORDER BY d) AS idx, d FROM ("
                        + "SELECT CAST(last_day(m) AS DATE) AS d FROM generate_series(TIMESTAMP '2017-06-01', "
                        + "TIMESTAMP '2200-01-01', INTERVAL 6 MONTH) AS t(m)) "
                        + "WHERE d <= (SELECT max(greatest(s, coalesce(e, s))) FROM sp)",
                // §2: the staircase and the target group 1.2.2 / 1.2.2.x.
                "CREATE TEMP TABLE st AS SELECT sp.pnr, sp.kom, t.trin, sp.s, sp.e FROM sp JOIN (VALUES "
                        + "('1.8.1', 8), ('1.12.0.1', 7), ('1.8.2', 6), ('1.12.0.2', 5), ('1.4', 4), ('1.1', 3), "
                        + "('1.18.1', 2), ('1.18.2', 2)) AS t(code, trin) ON sp.ydelse = t.code "
                        + "WHERE sp.mg = '1.2.2' OR starts_with(sp.mg, '1.2.2.')",
                // §2–§3: per person and cut date the highest active trin (both ends inclusive),
                // its handlekommune by the latest start, then the lowest code.
                "CREATE TEMP TABLE place AS SELECT st.pnr, c.idx, c.d, st.trin, st.kom FROM st JOIN cut c "
                        + "ON st.s <= c.d AND (st.e IS NULL OR st.e >= c.d) "
                        + "QUALIFY row_number() OVER (PARTITION BY st.pnr, c.idx ORDER BY st.trin DESC, st.s DESC, st.kom) = 1",
                // §1 adult: 18 at D by the birth date in the CPR number (7th digit's century rule,
                // day + 60 for replacement numbers); unknown birth date = kept.
                "CREATE TEMP TABLE person AS SELECT pnr, CAST(birth + INTERVAL 18 YEAR AS DATE) AS adult_from FROM ("
                        + "SELECT pnr, CAST(try_strptime(printf('%04d-%02d-%02d', yy + CASE WHEN c7 <= 3 THEN 1900 "
                        + "WHEN c7 IN (4, 9) THEN CASE WHEN yy <= 36 THEN 2000 ELSE 1900 END "
                        + "ELSE CASE WHEN yy <= 57 THEN 2000 ELSE 1800 END END, mm, CASE WHEN dd > 60 THEN dd - 60 ELSE dd END), "
                        + "'%Y-%m-%d') AS DATE) AS birth FROM (SELECT pnr, CAST(substr(pnr, 1, 2) AS INTEGER) AS dd, "
                        + "CAST(substr(pnr, 3, 2) AS INTEGER) AS mm, CAST(substr(pnr, 5, 2) AS INTEGER) AS yy, "
                        + "CAST(substr(pnr, 7, 1) AS INTEGER) AS c7 FROM (SELECT DISTINCT pnr FROM place) "
                        + "WHERE regexp_full_match(pnr, '[0-9]{10}')))",
                "CREATE TEMP TABLE adultplace AS SELECT p.* FROM place p LEFT JOIN person USING (pnr) "
                        + "WHERE person.adult_from IS NULL OR p.d >= person.adult_from",
                // A person with two death dates died on the earlier.
                "CREATE TEMP TABLE death AS SELECT replace(PNR, '-', '') AS pnr, min(CAST(DOEDSDATO AS DATE)) AS dd "
                        + "FROM read_csv(" + literal(doede) + ", delim = ';', header = true, all_varchar = true) GROUP BY 1",
                // §4: NT1–NT6.
                "CREATE TEMP TABLE figures AS SELECT CASE trin WHEN 8 THEN 'NT1' WHEN 7 THEN 'NT2' WHEN 6 THEN 'NT3' "
                        + "WHEN 5 THEN 'NT4' WHEN 2 THEN 'NT6' ELSE 'NT5' END AS figure, kom, d, count(*) AS n "
                        + "FROM adultplace GROUP BY ALL",
                // §5: base = adults on trin 2–8 at D⁻ in K; trin at D over all kommuner (1 if none);
                // a death on or before D takes the person out of NT7–NT10.
                "INSERT INTO figures SELECT figure, kom, d, count(*) FROM (SELECT a.kom, c.d, CASE "
                        + "WHEN a.trin >= 7 AND coalesce(b.trin, 1) = 6 THEN 'NT7.1' "
                        + "WHEN a.trin >= 7 AND coalesce(b.trin, 1) <= 5 THEN 'NT7.2' "
                        + "WHEN a.trin = 6 AND coalesce(b.trin, 1) <= 5 THEN 'NT7.3' "
                        + "WHEN a.trin = 5 AND coalesce(b.trin, 1) <= 4 THEN 'NT8' "
                        + "WHEN a.trin = 2 AND coalesce(b.trin, 1) = 1 THEN 'NT9' "
                        + "WHEN a.trin = 2 AND coalesce(b.trin, 1) >= 3 THEN 'NT10' END AS figure "
                        + "FROM adultplace a JOIN cut c ON c.idx = a.idx + 1 "
                        + "LEFT JOIN place b ON b.pnr = a.pnr AND b.idx = c.idx "
                        + "LEFT JOIN death ON death.pnr = a.pnr "
                        + "WHERE death.dd IS NULL OR death.dd > c.d) WHERE figure IS NOT NULL GROUP BY ALL");
    }

    private static String literal(Path p) {
        return "'" + p.toAbsolutePath().toString().replace("'", "''") + "'";
    }
}
