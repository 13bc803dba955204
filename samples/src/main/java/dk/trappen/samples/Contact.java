package dk.trappen.samples;

/** One row of lpr.csv; times are minutes since 1970-01-01 00:00 (local clock time, no zone). */
record Contact(long start, long end, String speciale, String diagnose, String type, String prioritet, int bopael)
        implements Comparable<Contact> {

    @Override
    public int compareTo(Contact o) {
        int c = Long.compare(start, o.start);
        return c != 0 ? c : Long.compare(end, o.end);
    }
}
