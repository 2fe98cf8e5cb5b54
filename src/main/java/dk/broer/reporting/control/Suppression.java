package dk.broer.reporting.control;

import dk.broer.reporting.entity.Cell;

/**
 * Which cells of one table, with its margins, are hidden. The table is the counts with a row total at
 * the end of each row and a row of column totals at the bottom (its last cell the grand total); every
 * row and every column is an equation: its cells add up to its total.
 * <ol>
 *   <li>Primary: every count under the threshold (including 0 and including totals) is hidden, shown as "&lt;5".</li>
 *   <li>Complementary: while some equation has exactly one hidden member (which subtraction would
 *       give away), the smallest visible count of that equation is hidden too, shown as "–"; a
 *       total only when the row has no visible count left.</li>
 * </ol>
 * Afterwards no row or column has exactly one hidden member. Not optimal cell suppression (it may
 * hide more than needed), but simple enough to state in the report itself.
 */
public final class Suppression {

    private Suppression() {
    }

    /** @param counts the table with margins: {@code counts[r][c]}, last column row totals, last row column totals */
    public static Cell[][] apply(long[][] counts, int threshold) {
        int rows = counts.length;
        int columns = counts[0].length;
        boolean[][] primary = new boolean[rows][columns];
        boolean[][] hidden = new boolean[rows][columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                primary[r][c] = counts[r][c] < threshold;
                hidden[r][c] = primary[r][c];
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int r = 0; r < rows; r++) {
                changed |= complete(counts, hidden, r, -1);
            }
            for (int c = 0; c < columns; c++) {
                changed |= complete(counts, hidden, -1, c);
            }
        }
        Cell[][] cells = new Cell[rows][columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                cells[r][c] = primary[r][c] ? Cell.small(threshold) : hidden[r][c] ? Cell.complementary() : Cell.of((int) counts[r][c]);
            }
        }
        return cells;
    }

    /** One equation (a row when {@code column} is -1, else a column): hides one more member if exactly one is hidden. */
    private static boolean complete(long[][] counts, boolean[][] hidden, int row, int column) {
        int length = row >= 0 ? counts[0].length : counts.length;
        int hiddenMembers = 0;
        int smallest = -1;
        for (int i = 0; i < length; i++) {
            boolean isHidden = row >= 0 ? hidden[row][i] : hidden[i][column];
            if (isHidden) {
                hiddenMembers++;
            } else if (i < length - 1 && (smallest < 0 || value(counts, row, column, i) < value(counts, row, column, smallest))) {
                smallest = i;
            }
        }
        int hide = smallest >= 0 ? smallest : length - 1;
        boolean hideable = row >= 0 ? !hidden[row][hide] : !hidden[hide][column];
        // A table with no rows has a total and nothing to add up: that equation gives nothing away.
        if (hiddenMembers != 1 || !hideable) {
            return false;
        }
        if (row >= 0) {
            hidden[row][hide] = true;
        } else {
            hidden[hide][column] = true;
        }
        return true;
    }

    private static long value(long[][] counts, int row, int column, int i) {
        return row >= 0 ? counts[row][i] : counts[i][column];
    }
}
