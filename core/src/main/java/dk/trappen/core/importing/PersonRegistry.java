package dk.trappen.core.importing;

import dk.trappen.core.store.PersonStore;
import dk.trappen.core.store.Pseudonymiser;
import dk.trappen.core.store.Session;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns a PNR into the workspace's integer person id: the value is hashed with the workspace
 * key first, so neither the CPR number nor anything derived without the key is stored. New
 * persons and newly learnt birth dates are written at the end, in the import's own transaction.
 */
final class PersonRegistry {

    private final Session session;
    private final Pseudonymiser pseudonymiser;
    private final Map<String, Integer> ids = new HashMap<>();
    /**
     * The ids of the PNR values met in this import (CPR numbers by their digits), so a person's
     * many rows are hashed once. They live in memory for the import only, are never written or
     * logged, and are cleared when the import ends ({@link #forget()}).
     */
    private final Map<String, Integer> seenValues = new HashMap<>();
    private final LongIntMap seenCpr = new LongIntMap();
    private final BitSet knownBirth = new BitSet();
    private final int firstNewId;
    private final List<PersonStore.NewPerson> added = new ArrayList<>();
    private final Map<Integer, LocalDate> learnt = new TreeMap<>();
    private int written;

    PersonRegistry(Session s, Pseudonymiser pseudonymiser) {
        this.session = s;
        this.pseudonymiser = pseudonymiser;
        PersonStore.Persons stored = PersonStore.read(s);
        for (int id = 1; id <= stored.maxId(); id++) {
            String p = stored.pseudonyms()[id];
            if (p != null) {
                ids.put(p, id);
                if (stored.births()[id] != PersonStore.NO_BIRTH) {
                    knownBirth.set(id);
                }
            }
        }
        firstNewId = stored.maxId() + 1;
    }

    /**
     * The id of a person (created if new); a CPR-looking value is normalised before hashing. The
     * birth date is the one given, else read from a CPR number; it is stored when the person has
     * none yet.
     */
    int idOf(String pnr, LocalDate givenBirth) {
        long cpr = Cpr.key(pnr);
        int id = cpr >= 0 ? seenCpr.get(cpr) : seenValues.getOrDefault(pnr, LongIntMap.MISSING);
        if (id == LongIntMap.MISSING) {
            String pseudonym = pseudonymiser.pseudonym(cpr >= 0 ? Cpr.normalise(pnr) : pnr);
            Integer known = ids.get(pseudonym);
            if (known == null) {
                id = firstNewId + added.size();
                ids.put(pseudonym, id);
                added.add(new PersonStore.NewPerson(id, pseudonym, PersonStore.NO_BIRTH));
            } else {
                id = known;
            }
            if (cpr >= 0) {
                seenCpr.put(cpr, id);
            } else {
                seenValues.put(pnr, id);
            }
        }
        if (!knownBirth.get(id)) {
            LocalDate birth = givenBirth != null ? givenBirth : cpr >= 0 ? Cpr.birthDate(Cpr.normalise(pnr)) : null;
            if (birth != null) {
                knownBirth.set(id);
                if (id >= firstNewId + written) {
                    added.set(id - firstNewId, new PersonStore.NewPerson(id, added.get(id - firstNewId).pseudonym(),
                            (int) birth.toEpochDay()));
                } else {
                    learnt.put(id, birth);
                }
            }
        }
        return id;
    }

    /** A local id (not a CPR number) made unreadable the same way, kept apart from person ids. */
    String localPseudonym(String localId) {
        return pseudonymiser.pseudonym("lokal:" + localId);
    }

    /** Clears the PNR values met, so no CPR number stays in memory after the import. */
    void forget() {
        seenCpr.clear();
        seenValues.clear();
    }

    /** Writes the new persons and learnt birth dates. */
    void flush() {
        PersonStore.append(session, added.subList(written, added.size()));
        written = added.size();
        PersonStore.learnBirths(session, learnt);
        learnt.clear();
    }
}
