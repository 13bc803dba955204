package dk.trappen.core.figures.compare;

import dk.trappen.core.figures.FigureException;
import dk.trappen.core.reference.ReferenceData;
import dk.trappen.core.store.Workspace;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The workspace's saved comparison groups (schema 4) and each kommune's chosen group. A kommune
 * with no choice is compared with its own region ({@link ComparisonUnits#defaultGroup}).
 */
public final class ComparisonGroupStore {

    private final Workspace workspace;
    private final ReferenceData reference;

    public ComparisonGroupStore(Workspace workspace, ReferenceData reference) {
        this.workspace = workspace;
        this.reference = reference;
    }

    /** Every saved group, by name. */
    public List<ComparisonGroup> list() {
        try (Connection c = workspace.connection();
                PreparedStatement ps = c.prepareStatement("SELECT g.name, m.kommune FROM comparison_group g "
                        + "JOIN comparison_group_member m ON m.group_id = g.id ORDER BY g.name, m.kommune");
                ResultSet rs = ps.executeQuery()) {
            Map<String, List<Integer>> groups = new LinkedHashMap<>();
            while (rs.next()) {
                groups.computeIfAbsent(rs.getString(1), n -> new ArrayList<>()).add(rs.getInt(2));
            }
            List<ComparisonGroup> out = new ArrayList<>();
            groups.forEach((name, members) -> out.add(new ComparisonGroup(name, members)));
            return out;
        } catch (SQLException e) {
            throw dbError(e);
        }
    }

    public Optional<ComparisonGroup> find(String name) {
        return list().stream().filter(g -> g.name().equals(name.strip())).findFirst();
    }

    /** Saves a new group; its name must be new. */
    public void create(ComparisonGroup group) {
        check(group);
        inTransaction(c -> {
            if (idOf(c, group.name()).isPresent()) {
                throw new FigureException("figures.group.exists", group.name());
            }
            int id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO comparison_group (name) VALUES (?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, group.name());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getInt(1);
                }
            }
            insertMembers(c, id, group.kommuner());
        });
    }

    /** Replaces the group called {@code name} (which may be renamed) with {@code group}; choices of it are kept. */
    public void update(String name, ComparisonGroup group) {
        check(group);
        inTransaction(c -> {
            int id = idOf(c, name).orElseThrow(() -> new FigureException("figures.group.notFound", name));
            Optional<Integer> clash = idOf(c, group.name());
            if (clash.isPresent() && clash.get() != id) {
                throw new FigureException("figures.group.exists", group.name());
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE comparison_group SET name = ? WHERE id = ?")) {
                ps.setString(1, group.name());
                ps.setInt(2, id);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM comparison_group_member WHERE group_id = ?")) {
                ps.setInt(1, id);
                ps.executeUpdate();
            }
            insertMembers(c, id, group.kommuner());
        });
    }

    /** Deletes a group; kommuner that had chosen it go back to their region. */
    public void delete(String name) {
        inTransaction(c -> {
            int id = idOf(c, name).orElseThrow(() -> new FigureException("figures.group.notFound", name));
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM comparison_group WHERE id = ?")) {
                ps.setInt(1, id);
                ps.executeUpdate();
            }
        });
    }

    /** Makes {@code groupName} the comparison group of a kommune; empty goes back to the default (its region). */
    public void choose(int kommune, Optional<String> groupName) {
        inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM comparison_choice WHERE kommune = ?")) {
                ps.setInt(1, kommune);
                ps.executeUpdate();
            }
            if (groupName.isPresent()) {
                int id = idOf(c, groupName.get())
                        .orElseThrow(() -> new FigureException("figures.group.notFound", groupName.get()));
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO comparison_choice (kommune, group_id) VALUES (?, ?)")) {
                    ps.setInt(1, kommune);
                    ps.setInt(2, id);
                    ps.executeUpdate();
                }
            }
        });
    }

    /** The group a kommune chose, if any (else it is compared with its region). */
    public Optional<ComparisonGroup> chosenFor(int kommune) {
        String name;
        try (Connection c = workspace.connection();
                PreparedStatement ps = c.prepareStatement("SELECT g.name FROM comparison_choice ch "
                        + "JOIN comparison_group g ON g.id = ch.group_id WHERE ch.kommune = ?")) {
            ps.setInt(1, kommune);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                name = rs.getString(1);
            }
        } catch (SQLException e) {
            throw dbError(e);
        }
        return find(name);
    }

    private void check(ComparisonGroup group) {
        for (int k : group.kommuner()) {
            if (reference.kommune(k).isEmpty()) {
                throw new FigureException("figures.group.unknownKommune", group.name(), k);
            }
        }
    }

    private static Optional<Integer> idOf(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM comparison_group WHERE name = ?")) {
            ps.setString(1, name.strip());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getInt(1)) : Optional.empty();
            }
        }
    }

    private static void insertMembers(Connection c, int id, List<Integer> kommuner) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO comparison_group_member (group_id, kommune) VALUES (?, ?)")) {
            for (int k : kommuner) {
                ps.setInt(1, id);
                ps.setInt(2, k);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void inTransaction(SqlWork work) {
        try (Connection c = workspace.connection()) {
            c.setAutoCommit(false);
            try {
                work.run(c);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw dbError(e);
        }
    }

    private static FigureException dbError(SQLException e) {
        return new FigureException(e, "figures.dbError", e.getMessage());
    }

    @FunctionalInterface
    private interface SqlWork {
        void run(Connection c) throws SQLException;
    }
}
