package dk.trappen.core.figures;

import java.util.BitSet;

/**
 * Who is counted in NT1–NT6 at which date, and where: per person id and date index the trin (2–8,
 * 0 = not counted: not on the staircase or not adult) and the kommune index. Written by the
 * staircase sweep; read by NT11–NT12 and NT18, which are over these persons (key-figures.md §6, §8).
 * <p>
 * Apart from that, for NT13.1 (§7): which persons are in the services register at all, and the trin
 * of §2 at each date whatever the person's age (a minor on a §82a/b spell is at trin 2 there, though
 * not counted in NT1–NT6).
 */
final class Placement {

    private final int dates;
    private final byte[] trin;
    private final short[] kommune;
    private final byte[] registerTrin;
    private final BitSet inRegister;

    /** With nobody in the register (for callers that read only the counted persons). */
    Placement(int persons, int dates) {
        this(persons, dates, new BitSet());
    }

    /** @param inRegister the person ids with any spell in the store (see {@link RegisterData#inRegister()}) */
    Placement(int persons, int dates, BitSet inRegister) {
        this.dates = dates;
        this.trin = new byte[persons * dates];
        this.kommune = new short[persons * dates];
        this.registerTrin = new byte[persons * dates];
        this.inRegister = inRegister;
    }

    void put(int person, int d, int trinAtD, int kommuneIndex) {
        trin[person * dates + d] = (byte) trinAtD;
        kommune[person * dates + d] = (short) kommuneIndex;
    }

    /** Records §2's trin (2–8) of the person at date index d, whether or not the person is counted there. */
    void putRegisterTrin(int person, int d, int trinAtD) {
        registerTrin[person * dates + d] = (byte) trinAtD;
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

    /** Whether the person is counted at any date (linked to the staircase, for NT11, NT12 and NT18). */
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

    /** Whether the person has any spell in the store (any service, målgruppe and date): "in the services register" of §7. */
    boolean inRegister(int person) {
        return person >= 0 && inRegister.get(person);
    }

    /**
     * trin(p, D) of §2 at date index d whatever the person's age and whether or not the person is
     * counted there: the highest trin among the target-group staircase spells active at D, 1 if none.
     */
    int registerTrin(int person, int d) {
        if (person < 0 || person >= persons()) {
            return 1;
        }
        int t = registerTrin[person * dates + d];
        return t == 0 ? 1 : t;
    }
}
