package dk.trappen.samples;

/**
 * One row of maalinger.xlsx. {@code items} is null when the row gives WHO5_SCORE directly;
 * {@code inspire} is -1 when not measured.
 */
record Measurement(String pnr, int kommune, int day, int[] items, int score, int inspire, String indsats)
        implements Comparable<Measurement> {

    @Override
    public int compareTo(Measurement o) {
        int c = Integer.compare(day, o.day);
        return c != 0 ? c : pnr.compareTo(o.pnr);
    }
}
