package dk.broer.reporting.control;

/** A table column: numbers are right-aligned and never wrapped; names wrap onto more lines. */
record PdfColumn(String header, boolean numeric, boolean wraps) {

    static PdfColumn name(String header) {
        return new PdfColumn(header, false, true);
    }

    static PdfColumn number(String header) {
        return new PdfColumn(header, true, false);
    }

    static PdfColumn fixed(String header) {
        return new PdfColumn(header, false, false);
    }
}
