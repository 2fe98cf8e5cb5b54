package dk.broer.reporting.control;

import java.util.List;

/** A table laid out: its columns' widths at one font size. */
record PdfGrid(List<PdfColumn> columns, float[] widths, float size) {
}
