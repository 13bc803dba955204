package dk.trappen.core.store;

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
 * The saved comparison groups (schema 4) as plain rows: a group's id, name and member kommuner, and
 * each kommune's chosen group. The rules (unique names, known kommuner) are the caller's
 * ({@code figures.compare.ComparisonGroups}).
 */
public final class ComparisonGroupStore {

    private ComparisonGroupStore() {
    }

    /** Every saved group's members by group name, names and members in order. */
    public static Map<String, List<Integer>> groups(Session s) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        try (PreparedStatement ps = s.connection().prepareStatement("SELECT g.name, m.kommune FROM comparison_group g "
                + "JOIN comparison_group_member m ON m.group_id = g.id ORDER BY g.name, m.kommune");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                groups.computeIfAbsent(rs.getString(1), n -> new ArrayList<>()).add(rs.getInt(2));
            }
        } catch (SQLException e) {
            throw WorkspaceException.database(e);
        }
        return groups;
    }

    /** The id of the group with this name, if saved. */
    public static Optional<Integer> idOf(Session s, String name) {
        try (PreparedStatement ps = s.connection().prepareStatement("SELECT id FROM comparison_group WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getInt(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw WorkspaceException.database(e);
        }
    }

    /** Adds a group with no members; returns its id. */
    public static int insert(Session s, String name) {
        try (PreparedStatement ps = s.connection().prepareStatement("INSERT INTO comparison_group (name) VALUES (?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, name);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getInt(1);
            }
        } catch (SQLException e) {
            throw WorkspaceException.database(e);
        }
    }

    public static void rename(Session s, int id, String name) {
        update(s, "UPDATE comparison_group SET name = ? WHERE id = ?", name, id);
    }

    /** Makes {@code kommuner} the group's members. */
    public static void replaceMembers(Session s, int id, List<Integer> kommuner) {
        update(s, "DELETE FROM comparison_group_member WHERE group_id = ?", id);
        try (PreparedStatement ps = s.connection().prepareStatement(
                "INSERT INTO comparison_group_member (group_id, kommune) VALUES (?, ?)")) {
            for (int k : kommuner) {
                ps.setInt(1, id);
                ps.setInt(2, k);
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw WorkspaceException.database(e);
        }
    }

    /** Deletes a group with its members and the choices of it. */
    public static void delete(Session s, int id) {
        update(s, "DELETE FROM comparison_group WHERE id = ?", id);
    }

    /** Makes the group the kommune's choice; empty removes the choice. */
    public static void choose(Session s, int kommune, Optional<Integer> groupId) {
        update(s, "DELETE FROM comparison_choice WHERE kommune = ?", kommune);
        if (groupId.isPresent()) {
            update(s, "INSERT INTO comparison_choice (kommune, group_id) VALUES (?, ?)", kommune, groupId.get());
        }
    }

    /** The name of the group the kommune chose, if any. */
    public static Optional<String> chosenBy(Session s, int kommune) {
        try (PreparedStatement ps = s.connection().prepareStatement("SELECT g.name FROM comparison_choice ch "
                + "JOIN comparison_group g ON g.id = ch.group_id WHERE ch.kommune = ?")) {
            ps.setInt(1, kommune);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw WorkspaceException.database(e);
        }
    }

    private static void update(Session s, String sql, Object... args) {
        try (PreparedStatement ps = s.connection().prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            throw WorkspaceException.database(e);
        }
    }
}
