package dk.trappen.samples;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The per-person files, written while persons are generated so that nothing national has to
 * be held in memory: ydelser.csv, doede.csv, lpr.csv and dream.csv.
 */
final class RecordWriters implements Closeable {

    static final String[] YDELSER_HEADER = {"PNR", "HANDLEKOMMUNE", "BETALINGSKOMMUNE", "BOPAELSKOMMUNE",
        "MODT_YDELSE_KODE", "MODT_TILB_KODE", "MAALGRUPPE", "STARTDATO", "SLUTDATO"};
    static final String[] DOEDE_HEADER = {"PNR", "DOEDSDATO"};
    static final String[] LPR_HEADER = {"PNR", "KONTAKT_START", "KONTAKT_SLUT", "HOVEDSPECIALE", "AKTIONSDIAGNOSE",
        "KONTAKTTYPE", "PRIORITET", "BOPAELSKOMMUNE"};

    private static final String[] KOMMUNE_TEXT = new String[1000];

    static {
        for (int i = 0; i < KOMMUNE_TEXT.length; i++) {
            KOMMUNE_TEXT[i] = String.format(java.util.Locale.ROOT, "%03d", i);
        }
    }

    final CsvFile ydelser;
    final CsvFile doede;
    final CsvFile lpr;
    final CsvFile dream;
    private final DreamWeeks weeks;
    private final String[] weekCodes;
    private final StringBuilder line = new StringBuilder(4096);

    RecordWriters(Path dir, SampleVariant variant, DreamWeeks weeks) throws IOException {
        this.weeks = weeks;
        this.weekCodes = new String[weeks.size()];
        this.ydelser = new CsvFile(dir.resolve(SampleGenerator.YDELSER), variant);
        this.doede = new CsvFile(dir.resolve(SampleGenerator.DOEDE), variant);
        this.lpr = new CsvFile(dir.resolve(SampleGenerator.LPR), variant);
        this.dream = new CsvFile(dir.resolve(SampleGenerator.DREAM), variant);
        ydelser.row(YDELSER_HEADER);
        doede.row(DOEDE_HEADER);
        lpr.row(LPR_HEADER);
        String[] header = new String[weeks.size() + 1];
        header[0] = "PNR";
        System.arraycopy(weeks.labels, 0, header, 1, weeks.size());
        dream.row(header);
    }

    static String kommune(int code) {
        return KOMMUNE_TEXT[code];
    }

    void spells(Person p) throws IOException {
        for (Spell s : p.spells) {
            String end = s.ongoing() ? (s.sentinel() ? ydelser.sentinel() : "") : ydelser.date(s.end());
            ydelser.row(p.pnr, kommune(s.handle()), kommune(s.betaling()), kommune(s.bopael()), s.code(), s.tilbud(),
                    s.maalgruppe(), ydelser.date(s.start()), end);
        }
    }

    void death(Person p, int until) throws IOException {
        if (p.death != Person.NO_DEATH && p.death <= until) {
            doede.row(p.pnr, doede.date(p.death));
        }
    }

    void contacts(Person p, List<Contact> contacts) throws IOException {
        for (Contact c : contacts) {
            lpr.row(p.pnr, lpr.timestamp(c.start()), lpr.timestamp(c.end()), c.speciale(), c.diagnose(), c.type(),
                    c.prioritet(), kommune(c.bopael()));
        }
    }

    void dream(Person p, DreamSimulator simulator) throws IOException {
        simulator.codes(p, weekCodes);
        line.setLength(0);
        line.append(p.pnr);
        char d = dream.delimiter();
        for (int w = 0; w < weeks.size(); w++) {
            line.append(d).append(weekCodes[w]);
        }
        dream.line(line);
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (CsvFile f : new CsvFile[] {ydelser, doede, lpr, dream}) {
            try {
                f.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
