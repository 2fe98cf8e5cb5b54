package dk.broer.reporting.control;

import dk.broer.reporting.entity.Cell;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SuppressionTest {

    /** A table with its margins: the last column row totals, the last row column totals. */
    static long[][] withMargins(long[][] inner) {
        int rows = inner.length;
        int columns = inner[0].length;
        long[][] t = new long[rows + 1][columns + 1];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                t[r][c] = inner[r][c];
                t[r][columns] += inner[r][c];
                t[rows][c] += inner[r][c];
                t[rows][columns] += inner[r][c];
            }
        }
        return t;
    }

    private static String shown(Cell[][] cells) {
        return String.join(" / ", Arrays.stream(cells).map(row -> String.join(" ", Arrays.stream(row).map(Cell::shown).toList())).toList());
    }

    @Test
    void aSmallCountShowsAsUnderTheThresholdAndTheNextSmallestOfItsRowAndColumnIsHiddenToo() {
        Cell[][] cells = Suppression.apply(withMargins(new long[][]{{3, 10, 20}, {8, 12, 30}, {9, 40, 7}}), 5);
        assertEquals("<5 – 20 33 / – – 30 50 / 9 40 7 56 / 20 62 57 139", shown(cells));
    }

    @Test
    void nothingIsHiddenWhenEveryCountIsLargeEnough() {
        Cell[][] cells = Suppression.apply(withMargins(new long[][]{{5, 10}, {8, 12}}), 5);
        assertEquals("5 10 15 / 8 12 20 / 13 22 35", shown(cells));
    }

    @Test
    void aOneColumnTableHidesTheRowTotalWithItsOnlyCell() {
        Cell[][] cells = Suppression.apply(withMargins(new long[][]{{3}, {40}, {12}}), 5);
        assertTrue(cells[0][0].isHidden() && cells[0][1].isHidden(), shown(cells));
        assertTrue(Arrays.stream(cells).filter(r -> r[0].isHidden()).count() >= 2, "and another row, or the column gives it away: " + shown(cells));
    }

    @Test
    void aTableWithNoRowsIsItsHiddenTotalAlone() {
        Cell[][] cells = Suppression.apply(new long[][]{{0, 0, 0}}, 5);
        assertEquals("<5 <5 <5", shown(cells));
    }

    @Test
    void theThresholdComesFromTheCaller() {
        Cell[][] cells = Suppression.apply(withMargins(new long[][]{{3, 10}, {8, 12}}), 3);
        assertEquals("3 10 13 / 8 12 20 / 11 22 33", shown(cells));
    }

    /**
     * The attacker: knows every shown cell and that each row and column adds up to its total, and
     * solves any equation with one unknown, again and again. Over many random tables, including
     * sparse ones full of small counts, they never recover a hidden cell.
     */
    @Test
    void anAttackerSubtractingShownCellsFromTotalsRecoversNothing() {
        Random random = new Random(14);
        for (int run = 0; run < 2_000; run++) {
            int rows = 1 + random.nextInt(8);
            int columns = 1 + random.nextInt(6);
            long[][] inner = new long[rows][columns];
            for (long[] row : inner) {
                for (int c = 0; c < columns; c++) {
                    row[c] = random.nextInt(4) == 0 ? random.nextInt(5) : random.nextInt(60);
                }
            }
            long[][] table = withMargins(inner);
            Cell[][] cells = Suppression.apply(table, 5);
            assertEquals(0, Attacker.recover(cells).size(), () -> "recovered from " + shown(cells));
            for (int r = 0; r < table.length; r++) {
                for (int c = 0; c < table[0].length; c++) {
                    assertFalse(table[r][c] < 5 && !cells[r][c].isHidden(), "every small count is hidden");
                }
            }
        }
    }
}
