package dk.trappen.core.figures.compare;

import dk.trappen.core.figures.FigureException;
import dk.trappen.core.reference.ReferenceData;
import dk.trappen.core.store.ComparisonGroupStore;
import dk.trappen.core.store.Session;
import dk.trappen.core.store.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The workspace's saved comparison groups and each kommune's chosen group, with their rules: a
 * name is unique, members are known kommuner. A kommune with no choice is compared with its own
 * region ({@link ComparisonUnits#defaultGroup}). The rows are {@link ComparisonGroupStore}'s.
 */
public final class ComparisonGroups {

    private final Workspace workspace;
    private final ReferenceData reference;

    public ComparisonGroups(Workspace workspace, ReferenceData reference) {
        this.workspace = workspace;
        this.reference = reference;
    }

    /** Every saved group, by name. */
    public List<ComparisonGroup> list() {
        List<ComparisonGroup> out = new ArrayList<>();
        try (Session s = workspace.read()) {
            ComparisonGroupStore.groups(s).forEach((name, members) -> out.add(new ComparisonGroup(name, members)));
        }
        return out;
    }

    public Optional<ComparisonGroup> find(String name) {
        return list().stream().filter(g -> g.name().equals(name.strip())).findFirst();
    }

    /** Saves a new group; its name must be new. */
    public void create(ComparisonGroup group) {
        check(group);
        try (Session s = workspace.transaction()) {
            if (ComparisonGroupStore.idOf(s, group.name()).isPresent()) {
                throw new FigureException("figures.group.exists", group.name());
            }
            int id = ComparisonGroupStore.insert(s, group.name());
            ComparisonGroupStore.replaceMembers(s, id, group.kommuner());
            s.commit();
        }
    }

    /** Replaces the group called {@code name} (which may be renamed) with {@code group}; choices of it are kept. */
    public void update(String name, ComparisonGroup group) {
        check(group);
        try (Session s = workspace.transaction()) {
            int id = existing(s, name);
            Optional<Integer> clash = ComparisonGroupStore.idOf(s, group.name());
            if (clash.isPresent() && clash.get() != id) {
                throw new FigureException("figures.group.exists", group.name());
            }
            ComparisonGroupStore.rename(s, id, group.name());
            ComparisonGroupStore.replaceMembers(s, id, group.kommuner());
            s.commit();
        }
    }

    /** Deletes a group; kommuner that had chosen it go back to their region. */
    public void delete(String name) {
        try (Session s = workspace.transaction()) {
            ComparisonGroupStore.delete(s, existing(s, name));
            s.commit();
        }
    }

    /** Makes {@code groupName} the comparison group of a kommune; empty goes back to the default (its region). */
    public void choose(int kommune, Optional<String> groupName) {
        try (Session s = workspace.transaction()) {
            Optional<Integer> id = groupName.isPresent() ? Optional.of(existing(s, groupName.get())) : Optional.empty();
            ComparisonGroupStore.choose(s, kommune, id);
            s.commit();
        }
    }

    /** The group a kommune chose, if any (else it is compared with its region). */
    public Optional<ComparisonGroup> chosenFor(int kommune) {
        Optional<String> name;
        try (Session s = workspace.read()) {
            name = ComparisonGroupStore.chosenBy(s, kommune);
        }
        return name.flatMap(this::find);
    }

    private void check(ComparisonGroup group) {
        for (int k : group.kommuner()) {
            if (reference.kommune(k).isEmpty()) {
                throw new FigureException("figures.group.unknownKommune", group.name(), k);
            }
        }
    }

    /** The id of the saved group of that name, else a Danish "not found". */
    private static int existing(Session s, String name) {
        return ComparisonGroupStore.idOf(s, name.strip())
                .orElseThrow(() -> new FigureException("figures.group.notFound", name));
    }
}
