package dk.trappen.core.store;

import dk.trappen.core.TrappenVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.stream.Stream;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A workspace: a folder with one embedded H2 database (file mode, never a network port). Its
 * schema is brought up to date by versioned migrations when it is opened; one written by a
 * newer Trappen is refused.
 */
public final class Workspace implements AutoCloseable {

    static {
        // H2's value cache is one table shared by every thread: with the figure readers on two
        // threads it cost about a seventh of a cold computation (docs/performance.md). Read by H2
        // once, when its engine first loads, so it is set before any connection is made.
        if (System.getProperty("h2.objectCache") == null) {
            System.setProperty("h2.objectCache", "false");
        }
    }

    static final String DB_NAME = "trappen";
    static final String DB_FILE = DB_NAME + ".mv.db";

    private final Path directory;
    private final JdbcDataSource dataSource;
    /** Held open for the workspace's lifetime so H2 keeps the database (and its file lock) open. */
    private final Connection keeper;
    private final int schemaVersion;

    private Workspace(Path directory, JdbcDataSource dataSource, Connection keeper, int schemaVersion) {
        this.directory = directory;
        this.dataSource = dataSource;
        this.keeper = keeper;
        this.schemaVersion = schemaVersion;
    }

    /** The default workspace, {@code ~/.trappen/default}. */
    public static Path defaultDirectory() {
        return Path.of(System.getProperty("user.home"), ".trappen", "default");
    }

    /** Whether the folder holds a Trappen workspace. */
    public static boolean exists(Path dir) {
        return Files.isRegularFile(dir.resolve(DB_FILE));
    }

    /** A new workspace in a new or empty folder. */
    public static Workspace create(Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        if (exists(abs)) {
            throw new WorkspaceException("workspace.alreadyExists", abs);
        }
        if (Files.isDirectory(abs) && !isEmpty(abs)) {
            throw new WorkspaceException("workspace.notEmpty", abs);
        }
        if (Files.exists(abs) && !Files.isDirectory(abs)) {
            throw new WorkspaceException("workspace.notAFolder", abs);
        }
        try {
            Files.createDirectories(abs);
        } catch (IOException e) {
            throw new WorkspaceException(e, "workspace.cannotCreate", abs, e.getMessage());
        }
        return connect(abs, null);
    }

    /** An existing workspace, upgraded to this version's schema if it is older. */
    public static Workspace open(Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        if (!exists(abs)) {
            throw new WorkspaceException("workspace.notFound", abs);
        }
        return connect(abs, null);
    }

    public static Workspace openOrCreate(Path dir) {
        return exists(dir) ? open(dir) : create(dir);
    }

    /** Opens (or creates) with the schema migrated only up to {@code targetVersion}: for upgrade tests. */
    static Workspace openAtVersion(Path dir, String targetVersion) {
        Path abs = dir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(abs);
        } catch (IOException e) {
            throw new WorkspaceException(e, "workspace.cannotCreate", abs, e.getMessage());
        }
        return connect(abs, targetVersion);
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            throw new WorkspaceException(e, "workspace.cannotCreate", dir, e.getMessage());
        }
    }

    private static Workspace connect(Path abs, String targetVersion) {
        JdbcDataSource ds = new JdbcDataSource();
        // File mode only; IFEXISTS is not used because create() checked the folder itself.
        ds.setURL("jdbc:h2:file:" + abs.resolve(DB_NAME) + ";DB_CLOSE_ON_EXIT=FALSE");
        ds.setUser("trappen");
        ds.setPassword("");
        Connection keeper;
        try {
            keeper = ds.getConnection();
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                throw new WorkspaceException(e, "workspace.inUse", abs);
            }
            throw new WorkspaceException(e, "workspace.cannotOpen", abs, e.getMessage());
        }
        try {
            int version = Migrations.migrate(ds, targetVersion, abs);
            ensureMeta(keeper);
            return new Workspace(abs, ds, keeper, version);
        } catch (RuntimeException e) {
            closeQuietlyAfterFailure(keeper, e);
            throw e;
        }
    }

    private static void closeQuietlyAfterFailure(Connection c, RuntimeException failure) {
        try {
            c.close();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    /** Writes the workspace's own facts on first open: when made, by which version, its key. */
    private static void ensureMeta(Connection c) {
        try {
            if (meta(c, "pseudonym_key").isEmpty()) {
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                putMeta(c, "pseudonym_key", Base64.getEncoder().encodeToString(key));
                putMeta(c, "created_at", Instant.now().toString());
                putMeta(c, "created_by_version", TrappenVersion.version());
            }
            putMeta(c, "last_opened_by_version", TrappenVersion.version());
        } catch (SQLException e) {
            throw new WorkspaceException(e, "workspace.dbError", e.getMessage());
        }
    }

    static Optional<String> meta(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT meta_value FROM workspace_meta WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    private static void putMeta(Connection c, String name, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "MERGE INTO workspace_meta (name, meta_value) KEY (name) VALUES (?, ?)")) {
            ps.setString(1, name);
            ps.setString(2, value);
            ps.executeUpdate();
        }
    }

    public Path directory() {
        return directory;
    }

    /** The schema version this workspace is at (the newest migration applied). */
    public int schemaVersion() {
        return schemaVersion;
    }

    /**
     * A new connection to the workspace database; the caller closes it. Being retired (issue 14):
     * code outside {@code store} uses {@link #read()} or {@link #transaction()} and the typed stores.
     */
    public Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    /** A session for reading; the caller closes it. */
    public Session read() {
        try {
            return Session.read(dataSource.getConnection(), directory);
        } catch (SQLException e) {
            throw WorkspaceException.database(e);
        }
    }

    /** A transaction: its writes land together on {@link Session#commit()}, or not at all. */
    public Session transaction() {
        Connection c = null;
        try {
            c = dataSource.getConnection();
            return Session.transaction(c, directory);
        } catch (SQLException e) {
            if (c != null) {
                try {
                    c.close();
                } catch (SQLException closing) {
                    e.addSuppressed(closing);
                }
            }
            throw WorkspaceException.database(e);
        }
    }

    private static final java.util.concurrent.ConcurrentMap<Path, Object> WRITER_LOCKS =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Held by whoever adds register data: imports run one at a time per workspace folder, since
     * the importer gives new person ids and keeps pseudonyms unique (PersonStore).
     */
    public Object writerLock() {
        return WRITER_LOCKS.computeIfAbsent(directory.toAbsolutePath().normalize(), d -> new Object());
    }

    public Optional<String> meta(String name) {
        try {
            return meta(keeper, name);
        } catch (SQLException e) {
            throw new WorkspaceException(e, "workspace.dbError", e.getMessage());
        }
    }

    /**
     * A number that changes whenever imported data changes; cached results computed at another
     * version are stale.
     */
    public long dataVersion() {
        return meta("data_version").map(Long::parseLong).orElse(0L);
    }

    /** Bumps the data version inside the caller's transaction (an import). */
    public static void bumpDataVersion(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE workspace_meta SET meta_value = CAST(CAST(meta_value AS BIGINT) + 1 AS VARCHAR) "
                        + "WHERE name = 'data_version'")) {
            ps.executeUpdate();
        }
    }

    /** The keyed hash that turns CPR numbers into pseudonyms; a new instance per caller thread. */
    public Pseudonymiser pseudonymiser() {
        String key = meta("pseudonym_key").orElseThrow(() -> new WorkspaceException("workspace.noKey", directory));
        return new Pseudonymiser(Base64.getDecoder().decode(key));
    }

    public SettingsStore settings() {
        return new SettingsStore(this);
    }

    public ImportLog importLog() {
        return new ImportLog(this);
    }

    @Override
    public void close() {
        try {
            keeper.close();
        } catch (SQLException e) {
            throw new WorkspaceException(e, "workspace.dbError", e.getMessage());
        }
    }

    @Override
    public String toString() {
        return directory.toString();
    }

    /** {@link #bumpDataVersion(Connection)} in a session: the caller's transaction (an import). */
    public static void bumpDataVersion(Session s) {
        try {
            bumpDataVersion(s.connection());
        } catch (SQLException e) {
            throw WorkspaceException.database(e);
        }
    }
}
