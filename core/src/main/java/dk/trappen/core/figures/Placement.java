package dk.trappen.core.figures;

/**
 * Who is counted in NT1–NT6 at which date, and where: per person id and date index the trin (2–8,
 * 0 = not counted: not on the staircase or not adult) and the kommune index. Written by the
 * staircase sweep; read by NT11–NT13.1 and NT18, which are over these persons (key-figures.md §6, §8).
 */
final class Placement {

    private final int dates;
    private final byte[] trin;
    private final short[] kommune;

    Placement(int persons, int dates) {
        this.dates = dates;
        this.trin = new byte[persons * dates];
        this.kommune = new short[persons * dates];
    }

    void put(int person, int d, int trinAtD, int kommuneIndex) {
        trin[person * dates + d] = (byte) trinAtD;
        kommune[person * dates + d] = (short) kommuneIndex;
    }

    int persons() {
        return dates == 0 ? 0 : trin.length / dates;
    }

    /** The trin the person is counted at on date index d, or 0. */
    int trin(int person, int d) {
        return person < 0 || person >= persons() ? 0 : trin[person * dates + d];
    }

    /** The kommune index the person is counted in at date index d (only when {@link #trin} is not 0). */
    int kommune(int person, int d) {
        return kommune[person * dates + d];
    }

    /** Whether the person is counted at any date (linked to the staircase, for NT13.1). */
    boolean onStaircase(int person) {
        if (person < 0 || person >= persons()) {
            return false;
        }
        for (int d = 0; d < dates; d++) {
            if (trin[person * dates + d] != 0) {
                return true;
            }
        }
        return false;
    }
}
