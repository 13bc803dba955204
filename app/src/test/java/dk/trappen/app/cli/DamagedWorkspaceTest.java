package dk.trappen.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.trappen.core.store.Workspace;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * A workspace whose spell block was damaged (its row count read as two billion, the reported
 * OutOfMemoryError of issue 15): every command that reads it ends with one Danish line naming the
 * workspace and the register, exit 1, and no stack trace.
 */
class DamagedWorkspaceTest extends WorkspaceCommandTest {

    private void damageSpellBlock() throws SQLException {
        try (Workspace w = Workspace.open(ws); Connection c = w.connection()) {
            byte[] data;
            try (PreparedStatement ps = c.prepareStatement("SELECT data FROM spell_block ORDER BY block_no LIMIT 1");
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                data = rs.getBytes(1);
            }
            ByteBuffer.wrap(data).putInt(4, Integer.MAX_VALUE);
            try (PreparedStatement ps = c.prepareStatement("UPDATE spell_block SET data = ? WHERE block_no = 0")) {
                ps.setBytes(1, data);
                ps.executeUpdate();
            }
        }
    }

    @Test
    void figuresExportAndFactSheetsSayTheWorkspaceIsDamaged() throws SQLException {
        damageSpellBlock();
        String[][] commands = {{"figures", "--kommune", "101"}, {"export", "--kommune", "101", "--out",
            tmp.resolve("a.xlsx").toString()}, {"factsheet", "--kommune", "101", "--out", tmp.resolve("a.pdf").toString()}};
        for (String[] command : commands) {
            err.getBuffer().setLength(0);
            String[] args = new String[command.length + 2];
            args[0] = command[0];
            args[1] = "--workspace";
            args[2] = ws.toString();
            System.arraycopy(command, 1, args, 3, command.length - 1);
            assertEquals(1, run(args), command[0] + ": " + err);
            String[] lines = err.toString().split("\\R");
            assertEquals(1, lines.length, err.toString());
            assertTrue(lines[0].startsWith("Fejl: Arbejdsmappen " + ws + " er beskadiget: en blok med ydelser"), lines[0]);
            assertTrue(!err.toString().contains("Exception") && !err.toString().contains("\tat "), err.toString());
        }
    }
}
