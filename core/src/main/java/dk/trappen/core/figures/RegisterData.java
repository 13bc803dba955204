package dk.trappen.core.figures;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.Map;
import java.util.NavigableMap;

/**
 * What the engine reads from a workspace, as primitive arrays: the staircase spells (target group,
 * trin 2–8 only), each person's first adult day and death day, and the adult population. Days are
 * epoch days. Arrays are indexed by spell (first five) or by person id (the two per-person ones).
 *
 * @param spells          number of staircase spells
 * @param person          person id per spell
 * @param kommune         handlekommune code per spell
 * @param trin            trin (2–8) per spell
 * @param start           first day per spell
 * @param end             last day per spell; {@link Integer#MAX_VALUE} for an ongoing spell
 * @param adultFrom       per person id: the first day the person is 18; {@link Integer#MIN_VALUE} if unknown
 * @param death           per person id: the death day; {@link Integer#MAX_VALUE} if none is known
 * @param latestDate      the latest start or end date of any spell (all målgrupper and services), or null
 * @param adults          per kommune code: adults by population reference day
 * @param inRegister      the person ids with at least one spell in the store, of any service,
 *                        målgruppe and date: "in the services register" of §7 (NT13.1)
 */
record RegisterData(int spells, int[] person, int[] kommune, int[] trin, int[] start, int[] end,
        int[] adultFrom, int[] death, LocalDate latestDate, Map<Integer, NavigableMap<Integer, Long>> adults,
        BitSet inRegister) {

    static final int NO_END = Integer.MAX_VALUE;
    static final int ALWAYS_ADULT = Integer.MIN_VALUE;
    static final int NO_DEATH = Integer.MAX_VALUE;

    int personSlots() {
        return adultFrom.length;
    }
}
