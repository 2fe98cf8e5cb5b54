package dk.broer.reporting.control;

import static dk.broer.reporting.control.ReachPdf.*;

import dk.broer.platform.control.Copenhagen;
import dk.broer.platform.control.Messages;
import dk.broer.reporting.entity.ReachReport;
import dk.broer.reporting.entity.ReachReport.ActivityLine;
import dk.broer.reporting.entity.ReachReport.Row;
import dk.broer.reporting.entity.ReachReport.Table;
import dk.broer.reporting.entity.ReachReport.Target;
import dk.broer.reporting.entity.Share;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Every text of the report in its language: the report's own, and the sentences around them. */
final class PdfWording {

    private final ReachReport report;
    final String language;
    final Locale locale;

    PdfWording(ReachReport report) {
        this.report = report;
        this.language = report.language() == null || !Messages.LANGUAGES.contains(report.language())
                ? "da" : report.language();
        this.locale = Locale.forLanguageTag("da".equals(language) ? "da-DK" : "en-GB");
    }

    String title() {
        return Messages.text(language, "reach.pdf.title");
    }

    String month(String yearMonth) {
        try {
            String month = YearMonth.parse(yearMonth).format(DateTimeFormatter.ofPattern("LLLL yyyy", locale));
            return month.substring(0, 1).toUpperCase(locale) + month.substring(1);
        } catch (DateTimeParseException | NullPointerException e) {
            return String.valueOf(yearMonth);
        }
    }

    String periodKind() {
        return switch (String.valueOf(report.period())) {
            case "month" -> Messages.text(language, "reach.pdf.period.month");
            case "quarter" -> Messages.text(language, "reach.pdf.period.quarter");
            case "year" -> Messages.text(language, "reach.pdf.period.year");
            default -> String.valueOf(report.period());
        };
    }

    String period() {
        return Messages.text(language, "reach.pdf.period", month(report.from()), month(report.to()), periodKind());
    }

    String scope() {
        String scope = "all".equals(report.scope()) ? Messages.text(language, "reach.pdf.scope.all")
                : String.valueOf(report.scope());
        return Messages.text(language, "reach.pdf.scope", scope);
    }

    String dimension(String code) {
        return switch (String.valueOf(code)) {
            case "district" -> Messages.text(language, "reach.pdf.by.district");
            case "organisation" -> Messages.text(language, "reach.pdf.by.organisation");
            case "sector" -> Messages.text(language, "reach.pdf.by.sector");
            case "audience" -> Messages.text(language, "reach.pdf.by.audience");
            case "cohort" -> Messages.text(language, "reach.pdf.by.cohort");
            case "track" -> Messages.text(language, "reach.pdf.by.track");
            default -> String.valueOf(code);
        };
    }

    String rows() {
        return Messages.text(language, "reach.pdf.rows", dimension(report.dimension()));
    }

    String made() {
        if (report.made() == null) {
            return "";
        }
        LocalDateTime local = Copenhagen.local(report.made());
        return Messages.text(language, "reach.pdf.made",
                local.toLocalDate().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)),
                local.toLocalTime().format(DateTimeFormatter.ofPattern("da".equals(language) ? "HH.mm" : "HH:mm")));
    }

    String footer() {
        return title() + " · " + month(report.from()) + " – " + month(report.to());
    }

    String share(Share share) {
        if (share == null || share.isHidden()) {
            return Messages.text(language, "reach.pdf.share.hidden", Integer.toString(report.threshold()));
        }
        if (share.low() == null || share.high() == null) {
            return share.percent() + " %";
        }
        return Messages.text(language, "reach.pdf.share", share.percent(), share.low(), share.high());
    }

    String status(String status) {
        return switch (String.valueOf(status)) {
            case "met" -> Messages.text(language, "reach.pdf.status.met");
            case "not-met" -> Messages.text(language, "reach.pdf.status.notMet");
            case "too-few" -> Messages.text(language, "reach.pdf.status.tooFew");
            default -> String.valueOf(status);
        };
    }

    String kind(String kind) {
        return switch (String.valueOf(kind)) {
            case "event" -> Messages.text(language, "reach.pdf.kind.event");
            case "campaign" -> Messages.text(language, "reach.pdf.kind.campaign");
            default -> kind == null ? "" : kind;
        };
    }

    String dates(LocalDate startsOn, LocalDate endsOn) {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        if (startsOn == null) {
            return endsOn == null ? "" : endsOn.format(format);
        }
        return endsOn == null || endsOn.equals(startsOn) ? startsOn.format(format)
                : startsOn.format(format) + " – " + endsOn.format(format);
    }

    String total() {
        return Messages.text(language, "reach.pdf.table.total");
    }

    String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }

    /** The texts that come from the data: checked before anything is drawn. */
    List<String> texts() {
        List<String> texts = new ArrayList<>(List.of(scope(), period(), rows(), made()));
        for (Table table : nonNull(report.tables())) {
            texts.add(String.valueOf(table.title()));
            texts.add(dimension(table.dimension()));
            texts.addAll(nonNull(table.columns()));
            for (Row row : nonNull(table.rows())) {
                texts.add(String.valueOf(row.label()));
            }
        }
        for (Target target : nonNull(report.targets())) {
            texts.add(String.valueOf(target.title()));
            texts.add(String.valueOf(target.item()));
        }
        for (ActivityLine activity : nonNull(report.activities())) {
            texts.add(String.valueOf(activity.title()));
            texts.add(kind(activity.kind()));
            texts.add(activity.district() == null ? "" : activity.district());
        }
        return texts;
    }
}
