package dk.broer.reporting.control;

import dk.broer.reporting.entity.Cell;

import java.util.ArrayList;
import java.util.List;

/**
 * Plays the attacker on a published table with its margins: every row and column adds up to its
 * total, so any equation with one unknown gives that unknown away; solve, repeat. Returns the
 * hidden cells it could work out, as {row, column}.
 */
final class Attacker {

    private Attacker() {
    }

    static List<int[]> recover(Cell[][] cells) {
        int rows = cells.length;
        int columns = cells[0].length;
        Long[][] known = new Long[rows][columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                known[r][c] = cells[r][c].isHidden() ? null : (long) cells[r][c].value();
            }
        }
        List<int[]> recovered = new ArrayList<>();
        boolean progress = true;
        while (progress) {
            progress = false;
            for (int r = 0; r < rows; r++) {
                progress |= solve(known, r, -1, recovered);
            }
            for (int c = 0; c < columns; c++) {
                progress |= solve(known, -1, c, recovered);
            }
        }
        return recovered;
    }

    private static boolean solve(Long[][] known, int row, int column, List<int[]> recovered) {
        int length = row >= 0 ? known[0].length : known.length;
        int unknown = -1;
        long sum = 0;
        for (int i = 0; i < length; i++) {
            Long value = row >= 0 ? known[row][i] : known[i][column];
            if (value == null) {
                if (unknown >= 0) {
                    return false;
                }
                unknown = i;
            } else if (i < length - 1) {
                sum += value;
            }
        }
        if (unknown < 0) {
            return false;
        }
        Long total = row >= 0 ? known[row][length - 1] : known[length - 1][column];
        long value = unknown == length - 1 ? sum : total - sum;
        if (row >= 0) {
            known[row][unknown] = value;
            recovered.add(new int[]{row, unknown});
        } else {
            known[unknown][column] = value;
            recovered.add(new int[]{unknown, column});
        }
        return true;
    }
}
