package dk.broer.cohorts.control;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImportCheckTest {

    private static final ImportCheck.InCohort NOBODY = new ImportCheck.InCohort(Set.of(), Set.of());

    private static List<ImportCheck.Checked> check(String csv, ImportCheck.InCohort in, Set<String> known, int places) {
        return ImportCheck.check(EmployerList.read(csv.getBytes(StandardCharsets.UTF_8)).rows(), in, known, places);
    }

    private static List<ImportCheck.Outcome> outcomes(List<ImportCheck.Checked> checked) {
        return checked.stream().map(ImportCheck.Checked::outcome).toList();
    }

    private static String firstProblem(ImportCheck.Checked checked) {
        return checked.problems().isEmpty() ? "none" : checked.problems().get(0).key();
    }

    @Test
    void newKnownAndAlreadyInTheCohort() {
        ImportCheck.InCohort in = new ImportCheck.InCohort(Set.of("FJ-3"), Set.of(ImportCheck.identity(
                new dk.broer.people.control.LearnerDetails("Mai  Nguyen", null, null))));
        List<ImportCheck.Checked> checked = check("Navn;Medarbejdernummer\nAyşe;FJ-1\nOle;FJ-2\nKim;FJ-3\nmai nguyen;\n",
                in, Set.of("FJ-2"), 10);
        assertEquals(List.of(ImportCheck.Outcome.NEW, ImportCheck.Outcome.KNOWN, ImportCheck.Outcome.ALREADY,
                ImportCheck.Outcome.ALREADY), outcomes(checked));
        assertFalse(ImportCheck.refusesAny(checked), "rows already in the cohort are skipped, not refused");
    }

    @Test
    void theSameFileTwiceAddsNobodyTwice() {
        String csv = "Navn;Medarbejdernummer\nAyşe;FJ-1\nOle;\n";
        ImportCheck.InCohort afterFirst = ImportCheck.InCohort.of(List.of(
                new dk.broer.people.control.LearnerDetails("Ayşe", null, "FJ-1"),
                new dk.broer.people.control.LearnerDetails("Ole", null, null)));
        assertEquals(List.of(ImportCheck.Outcome.ALREADY, ImportCheck.Outcome.ALREADY), outcomes(check(csv, afterFirst, Set.of("FJ-1"), 10)));
    }

    @Test
    void badRowsAreRefusedWithWhy() {
        List<ImportCheck.Checked> checked = check("Navn;Telefon;Medarbejdernummer;CPR\n;;;\n" + "x".repeat(151) + ";;;\n"
                + "Ole;call me;;\nKim;;;010203-1234\nAyşe;;FJ-1;\nAyse Y;;fj-1;\nBo;;;\nbo;;;\n", NOBODY, Set.of(), 100);
        assertEquals("learner.name.missing", firstProblem(checked.get(0)));
        assertEquals("learner.name.tooLong", firstProblem(checked.get(1)));
        assertEquals("learner.phone.invalid", firstProblem(checked.get(2)));
        assertEquals("import.row.cpr", firstProblem(checked.get(3)), "a CPR number in any column, even one Broer ignores");
        assertEquals("none", firstProblem(checked.get(4)));
        assertEquals("import.row.duplicate", firstProblem(checked.get(5)), "the same employee number twice");
        assertEquals(List.of(6), checked.get(5).problems().get(0).args(), "names the first row");
        assertEquals("import.row.duplicate", firstProblem(checked.get(7)), "the same name twice, without numbers");
        assertTrue(ImportCheck.refusesAny(checked));
    }

    @Test
    void rowsBeyondThePlacesLeftAreRefused() {
        List<ImportCheck.Checked> checked = check("Navn\nA1\nA2\nA3\n", NOBODY, Set.of(), 2);
        assertEquals(List.of(ImportCheck.Outcome.NEW, ImportCheck.Outcome.NEW, ImportCheck.Outcome.REFUSED), outcomes(checked));
        assertEquals("import.row.noPlace", firstProblem(checked.get(2)));
    }

    @Test
    void formulaLookingNamesAreFineToImport() {
        assertEquals(List.of(ImportCheck.Outcome.NEW, ImportCheck.Outcome.NEW),
                outcomes(check("Navn\n=HYPERLINK(\"x\")\n@SUM(A1)\n", NOBODY, Set.of(), 5)));
    }
}
