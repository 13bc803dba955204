package dk.trappen.samples;

/**
 * One row of ydelser.csv. Kommuner are codes; dates are epoch days; {@code end} is
 * {@link #OPEN} for an ongoing spell, written as an empty cell or, when {@code sentinel}, as
 * 31-12-9999 (the register's "no end").
 */
record Spell(int handle, int betaling, int bopael, String code, String tilbud, String maalgruppe, int start, int end,
        boolean sentinel) {

    static final int OPEN = Integer.MAX_VALUE;

    boolean ongoing() {
        return end == OPEN;
    }

}
