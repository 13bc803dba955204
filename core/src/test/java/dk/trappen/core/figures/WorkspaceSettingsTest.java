package dk.trappen.core.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.trappen.core.store.WorkspaceException;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkspaceSettingsTest {

    @Test
    void defaultTargetGroupIsSindslidelseWithSubCodes() {
        WorkspaceSettings s = WorkspaceSettings.defaults();
        assertTrue(s.inTargetGroup("1.2.2"));
        assertTrue(s.inTargetGroup("1.2.2.3"));
        assertFalse(s.inTargetGroup("1.2.20"), "a code that merely starts with the same digits is another group");
        assertFalse(s.inTargetGroup("1.2.1"));
        assertFalse(s.inTargetGroup("2"));
    }

    @Test
    void allTargetGroups() {
        WorkspaceSettings s = new WorkspaceSettings(List.of("*"), 5, WorkspaceSettings.Nt121Variant.SEL82);
        assertTrue(s.inTargetGroup("2"));
    }

    @Test
    void emptyTargetGroupAndNegativeThresholdAreRefused() {
        assertThrows(WorkspaceException.class,
                () -> new WorkspaceSettings(List.of(), 5, WorkspaceSettings.Nt121Variant.SEL82));
        assertThrows(WorkspaceException.class,
                () -> new WorkspaceSettings(List.of("1.2.2"), -1, WorkspaceSettings.Nt121Variant.SEL82));
    }

    @Test
    void wellbeingMeasurementDefaultsToPerInstrument() {
        assertEquals(WorkspaceSettings.WellbeingMeasurement.PER_INSTRUMENT, WorkspaceSettings.defaults().wellbeingMeasurement());
        WorkspaceSettings s = new WorkspaceSettings(List.of("1.2.2"), 5, WorkspaceSettings.Nt121Variant.SEL82,
                StaircaseRules.defaults(), null);
        assertEquals(WorkspaceSettings.WellbeingMeasurement.PER_INSTRUMENT, s.wellbeingMeasurement());
        WorkspaceSettings latest = s.withWellbeingMeasurement(WorkspaceSettings.WellbeingMeasurement.LATEST_ROW);
        assertEquals(WorkspaceSettings.WellbeingMeasurement.LATEST_ROW, latest.wellbeingMeasurement());
        assertEquals(latest, latest.withStaircaseRules(StaircaseRules.defaults()), "the other settings keep it");
    }
}
