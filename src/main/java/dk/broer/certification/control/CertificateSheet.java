package dk.broer.certification.control;

import dk.broer.certification.control.DocumentFonts.Style;
import dk.broer.certification.control.Typesetter.Block;
import dk.broer.certification.control.Typesetter.Fit;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.io.IOException;

/** Lays out one certificate on an A4 landscape page (842 × 595 pt). */
final class CertificateSheet {

    static final PDRectangle A4_LANDSCAPE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());

    /** Text stays between these x coordinates, well inside the frame. */
    static final float LEFT = 72;
    static final float RIGHT = A4_LANDSCAPE.getWidth() - 72;

    private static final float CENTRE = A4_LANDSCAPE.getWidth() / 2;
    private static final float WIDTH = RIGHT - LEFT;

    private static final float[] ACCENT = {0.05f, 0.36f, 0.38f};
    private static final float[] INK = {0.10f, 0.10f, 0.11f};
    private static final float[] GREY = {0.33f, 0.34f, 0.36f};

    private static final Fit TITLE = new Fit(Style.BOLD, 30, 24, 18, 2);
    private static final Fit INTRO = new Fit(Style.REGULAR, 14, 12, 10, 2);
    private static final float NAME_LEADING = 1.18f;
    /** The name's band runs from y 350 to 448; a long name wraps and shrinks to fit in it. */
    private static final Fit NAME = new Fit(Style.BOLD, 34, 24, 16, 4, NAME_LEADING, 90);
    private static final Fit LEAD = new Fit(Style.REGULAR, 13, 11, 10, 2);
    private static final Fit ACHIEVEMENT = new Fit(Style.BOLD, 20, 16, 12, 3);
    private static final Fit DETAIL = new Fit(Style.REGULAR, 10.5f, 9, 8, 2);
    private static final Fit ISSUER = new Fit(Style.BOLD, 12, 10, 9, 2);
    private static final Fit SMALL = new Fit(Style.REGULAR, 9.5f, 8, 7, 1);
    private static final Fit CODE = new Fit(Style.MONO, 22, 14, 12, 1);

    /** QR code with its quiet zone: 96 pt is 34 mm, leaving the code itself about 27 mm wide. */
    private static final float QR_SIDE = 96;
    private static final float QR_X = 50;
    private static final float QR_Y = 44;

    private final Typesetter type;

    CertificateSheet(Typesetter type) {
        this.type = type;
    }

    void draw(PDDocument document, CertificatePage certificate) throws IOException {
        PDPage page = new PDPage(A4_LANDSCAPE);
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            frame(content);

            colour(content, ACCENT);
            Block title = type.fit(certificate.title(), TITLE, WIDTH);
            type.centred(content, title, CENTRE, 512, 1.15f);

            colour(content, GREY);
            Block intro = type.fit(certificate.intro(), INTRO, WIDTH);
            type.centred(content, intro, CENTRE, title.lines().size() > 1 ? 462 : 470, 1.25f);

            // The name is centred in its band whatever its size and line count.
            colour(content, INK);
            Block name = type.fit(certificate.holderName(), NAME, WIDTH);
            float nameHeight = name.height(NAME_LEADING);
            type.centred(content, name, CENTRE, 399 + nameHeight / 2 - name.size() * 0.72f, NAME_LEADING);

            colour(content, ACCENT);
            content.setStrokingColor(ACCENT[0], ACCENT[1], ACCENT[2]);
            content.setLineWidth(0.8f);
            content.moveTo(CENTRE - 70, 340);
            content.lineTo(CENTRE + 70, 340);
            content.stroke();

            colour(content, GREY);
            type.centred(content, type.fit(certificate.achievementLead(), LEAD, WIDTH), CENTRE, 318, 1.25f);

            colour(content, INK);
            Block achievement = type.fit(certificate.achievement(), ACHIEVEMENT, WIDTH);
            float achievementBaseline = 292;
            type.centred(content, achievement, CENTRE, achievementBaseline, 1.2f);
            float below = achievementBaseline - (achievement.lines().size() - 1) * 1.2f * achievement.size() - 26;

            colour(content, GREY);
            for (String detail : certificate.details()) {
                Block block = type.fit(detail, DETAIL, WIDTH);
                type.centred(content, block, CENTRE, below, 1.3f);
                below -= block.lines().size() * 1.3f * block.size();
            }

            colour(content, INK);
            type.centred(content, type.fit(certificate.issuer(), ISSUER, WIDTH), CENTRE, Math.min(below - 18, 190),
                    1.25f);

            verification(content, certificate);
        }
    }

    private void verification(PDPageContentStream content, CertificatePage certificate) throws IOException {
        VectorQr.draw(content, certificate.verifyUrl(), QR_X, QR_Y, QR_SIDE);
        float textX = QR_X + QR_SIDE + 6;
        float width = RIGHT - textX;
        colour(content, GREY);
        type.left(content, type.fit(certificate.verifyLabel(), SMALL, width), textX, 122, 1.2f);
        colour(content, INK);
        type.left(content, type.fit(certificate.verifyUrl(), new Fit(Style.REGULAR, 11, 8, 7, 1), width), textX,
                107, 1.2f);
        colour(content, GREY);
        type.left(content, type.fit(certificate.codeLabel(), SMALL, width), textX, 84, 1.2f);
        colour(content, INK);
        content.setCharacterSpacing(1.5f);
        type.left(content, type.fit(certificate.code(), CODE, width), textX, 60, 1.2f);
        content.setCharacterSpacing(0);
    }

    private static void frame(PDPageContentStream content) throws IOException {
        float width = A4_LANDSCAPE.getWidth();
        float height = A4_LANDSCAPE.getHeight();
        content.setStrokingColor(ACCENT[0], ACCENT[1], ACCENT[2]);
        content.setLineWidth(2.2f);
        content.addRect(24, 24, width - 48, height - 48);
        content.stroke();
        content.setLineWidth(0.6f);
        content.addRect(31, 31, width - 62, height - 62);
        content.stroke();
    }

    private static void colour(PDPageContentStream content, float[] rgb) throws IOException {
        content.setNonStrokingColor(rgb[0], rgb[1], rgb[2]);
    }
}
