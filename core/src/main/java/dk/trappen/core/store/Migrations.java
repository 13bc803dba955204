package dk.trappen.core.store;

import dk.trappen.core.TrappenVersion;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.FlywayException;

/** The workspace schema's versioned migrations (Flyway, SQL files in this package's migration folder). */
final class Migrations {

    static final String LOCATION = "classpath:dk/trappen/core/store/migration";

    private Migrations() {
    }

    /**
     * Brings the schema up to date (or up to {@code target} when given) and returns its version.
     * A workspace that already holds migrations this program does not know is refused untouched.
     */
    static int migrate(DataSource ds, String target, Path dir) {
        Flyway flyway = configure(ds, target);
        try {
            MigrationInfo[] applied = flyway.info().applied();
            for (MigrationInfo m : applied) {
                if (m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED) {
                    throw new WorkspaceException("workspace.newerSchema", dir, m.getVersion(), latestKnown(ds),
                            TrappenVersion.version());
                }
                if (m.getState() == MigrationState.FAILED) {
                    throw new WorkspaceException("workspace.failedMigration", dir, m.getVersion());
                }
            }
            flyway.migrate();
            MigrationInfo current = flyway.info().current();
            return current == null ? 0 : Integer.parseInt(current.getVersion().getVersion());
        } catch (FlywayException e) {
            throw new WorkspaceException(e, "workspace.migrationError", dir, e.getMessage());
        }
    }

    /** The newest schema version this program carries. */
    static String latestKnown(DataSource ds) {
        MigrationInfo[] all = configure(ds, null).info().all();
        MigrationVersion latest = MigrationVersion.EMPTY;
        for (MigrationInfo m : all) {
            if (m.getState() != MigrationState.FUTURE_SUCCESS && m.getVersion() != null
                    && m.getVersion().isNewerThan(latest.getVersion())) {
                latest = m.getVersion();
            }
        }
        return latest.getVersion();
    }

    private static Flyway configure(DataSource ds, String target) {
        var config = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(ds)
                .locations(LOCATION)
                .cleanDisabled(true);
        if (target != null) {
            config = config.target(MigrationVersion.fromVersion(target));
        }
        return config.load();
    }
}
