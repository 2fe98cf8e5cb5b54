package dk.broer.system;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reach report in the browser: the demo coordinator reads the targets at 1200 px and at 360 px,
 * has a reversed range refused next to its field, breaks the figures down by sector and year, and
 * downloads them as CSV and PDF through the signed-in session, and opens the evaluations' results from it;
 * a trainer sees only their own cohorts.
 */
interface ReachJourneys {

    Map<String, String> STATUS_WORDS = Map.of("met", "Mål nået", "not-met", "Mål ikke nået", "too-few", "For få svar");

    List<String> MEASURES = List.of("reached", "trained", "enrolments", "completions", "certificates");

    String base();

    Browser browser();

    Browser freshBrowser(String language);

    @Test
    default void aCoordinatorReadsTheTargetsBreaksTheFiguresDownBySectorAndYearAndDownloadsThem() {
        Browser coordinator = browser();
        coordinator.width(1200);
        coordinator.signIn(base(), "coordinator", Broer.DEMO_PASSWORD, "/reach.html");
        WebElement community = coordinator.find(By.cssSelector("[data-target=community]"));
        assertEquals("met", community.getAttribute("data-status"), community.getText());
        assertTrue(community.getText().contains(STATUS_WORDS.get("met")), community.getText());
        assertTargetShown(community);
        WebElement consultancy = coordinator.find(By.cssSelector("[data-target=consultancy]"));
        String consultancyStatus = consultancy.getAttribute("data-status");
        assertTrue(STATUS_WORDS.containsKey(consultancyStatus), consultancyStatus);
        assertTrue(consultancy.getText().contains(STATUS_WORDS.get(consultancyStatus)), consultancy.getText());
        String scope = coordinator.find(By.cssSelector("[data-scope]")).getText();
        assertTrue(scope.contains("Hele programmet"), scope);
        assertFalse(coordinator.driver().findElements(By.cssSelector("[data-consultants]")).isEmpty(), "the consultants now");
        assertTrue(coordinator.find(By.cssSelector("[data-suppression]")).getText().contains("vises som <5"));
        assertChartsMatchTheirTables(coordinator);
        coordinator.assertGoodPage("the reach report at 1200 px");

        coordinator.width(Browser.PHONE_WIDTH);
        coordinator.open(base() + "reach.html");
        coordinator.find(By.cssSelector("[data-target=community]"));
        assertChartsMatchTheirTables(coordinator);
        coordinator.assertGoodPage("the reach report at 360 px");

        String from = coordinator.find(By.cssSelector("input[name=from]")).getAttribute("value");
        String to = coordinator.find(By.cssSelector("input[name=to]")).getAttribute("value");
        assertTrue(from.matches("\\d{4}-01"), "from January by default: " + from);
        String year = from.substring(0, 4);
        coordinator.setValue("input[name=from]", year + "-06");
        coordinator.setValue("input[name=to]", year + "-03");
        coordinator.find(By.cssSelector("[data-reach-form] button[type=submit]")).click();
        WebElement refused = coordinator.find(By.cssSelector("input[name=to][aria-invalid=true]"));
        String errorId = Arrays.stream(refused.getAttribute("aria-describedby").split(" ")).filter(id -> id.endsWith("-error"))
                .findFirst().orElseThrow();
        assertFalse(coordinator.find(By.id(errorId)).getText().isBlank(), "the reversed range is refused next to 'to'");
        assertEquals("quarter", coordinator.find(By.cssSelector("[data-reach-results]")).getAttribute("data-period"),
                "the figures asked for before stay while the form says what is wrong");
        coordinator.assertAccessible("a reversed range refused");

        coordinator.setValue("input[name=from]", from);
        coordinator.setValue("input[name=to]", to);
        coordinator.select("select[name=period]", "year");
        coordinator.select("select[name=by]", "sector");
        coordinator.find(By.cssSelector("[data-reach-form] button[type=submit]")).click();
        coordinator.announced("efter branche, pr. år");
        coordinator.until(d -> "sector".equals(d.findElement(By.cssSelector("[data-reach-results]")).getAttribute("data-by"))
                && "year".equals(d.findElement(By.cssSelector("[data-reach-results]")).getAttribute("data-period")));
        assertTrue(coordinator.driver().findElements(By.cssSelector("input[aria-invalid=true]")).isEmpty(), "the error is gone");
        assertEquals(MEASURES.size(), coordinator.driver().findElements(By.cssSelector("table.reach-table[data-dimension=sector]")).size());
        @SuppressWarnings("unchecked")
        List<String> columns = (List<String>) coordinator.script(
                "return [...document.querySelectorAll('table.reach-table thead th[data-column]')].map(th => th.textContent)");
        assertFalse(columns.isEmpty());
        assertTrue(columns.stream().allMatch(year::equals), "one column per year: " + columns);
        @SuppressWarnings("unchecked")
        List<String> rows = (List<String>) coordinator.script(
                "return [...document.querySelectorAll('table.reach-table[data-measure=enrolments] tbody th')].map(th => th.textContent)");
        assertTrue(rows.contains("Transport"), "rows are sectors: " + rows);
        @SuppressWarnings("unchecked")
        List<String> cells = (List<String>) coordinator.script(
                "return [...document.querySelectorAll('table.reach-table[data-measure] td')].map(td => td.textContent)");
        assertTrue(cells.contains("<5"), "a small count is shown as <5: " + cells);
        assertTrue(cells.stream().allMatch(c -> c.matches("\\d+|<5|–")), "cells print exactly what the report says: " + cells);
        assertChartsMatchTheirTables(coordinator);
        assertEquals("sector", query(coordinator.driver().getCurrentUrl()).get("by"), "the choice is in the address");
        coordinator.assertGoodPage("the reach report by sector and year at 360 px");

        String csv = coordinator.find(By.cssSelector("a[data-download=csv]")).getAttribute("href");
        String pdf = coordinator.find(By.cssSelector("a[data-download=pdf]")).getAttribute("href");
        assertTrue(URI.create(csv).getPath().endsWith("/api/reach/csv"), csv);
        assertTrue(URI.create(pdf).getPath().endsWith("/api/reach/pdf"), pdf);
        Map<String, String> expected = Map.of("from", from, "to", to, "period", "year", "by", "sector");
        assertEquals(expected, without(query(csv), "lang"), csv);
        assertEquals(expected, without(query(pdf), "lang"), pdf);
        assertEquals("da", query(pdf).get("lang"), pdf);
        assertEquals(expected, without(query(coordinator.driver().getCurrentUrl()), "lang"), "the page and its links ask the same");

        Map<String, Object> file = fetched(coordinator, csv);
        assertEquals(200L, file.get("status"), file.toString());
        assertTrue(String.valueOf(file.get("type")).startsWith("text/csv"), file.toString());
        assertEquals(List.of(0xEFL, 0xBBL, 0xBFL), ((List<?>) file.get("head")).subList(0, 3), "the CSV starts with a BOM");
        assertTrue(String.valueOf(file.get("text")).contains("Transport"), "the CSV has the page's rows: " + file.get("text"));
        Map<String, Object> report = fetched(coordinator, pdf);
        assertEquals(200L, report.get("status"), report.toString());
        assertEquals("application/pdf", report.get("type"));
        assertTrue(String.valueOf(report.get("text")).startsWith("%PDF-"), "a PDF");

        coordinator.find(By.cssSelector("[data-lang=en]")).click();
        coordinator.until(d -> "Reach and targets".equals(d.findElement(By.cssSelector("main h1")).getText()));
        WebElement inEnglish = coordinator.find(By.cssSelector("[data-target=community]"));
        assertTrue(inEnglish.getText().contains("Target met"), inEnglish.getText());
        assertEquals("sector", coordinator.find(By.cssSelector("[data-reach-results]")).getAttribute("data-by"), "the choice is kept");
        assertEquals("en", query(coordinator.find(By.cssSelector("a[data-download=pdf]")).getAttribute("href")).get("lang"));
        assertEquals("Download CSV", coordinator.find(By.cssSelector("a[data-download=csv]")).getText());
        coordinator.assertAccessible("the reach report in English");
        coordinator.find(By.cssSelector("[data-lang=da]")).click();
        coordinator.until(d -> "Rækkevidde og mål".equals(d.findElement(By.cssSelector("main h1")).getText()));

        String menu = coordinator.find(By.cssSelector(".site-nav")).getText();
        assertTrue(menu.contains("Rækkevidde og mål"), menu);
        assertFalse(menu.contains("Resultater af evalueringer"), "the dashboard takes the results' place in the menu: " + menu);
        coordinator.find(By.cssSelector("a[data-evaluation-results]")).click();
        coordinator.until(d -> "Resultater af evalueringer".equals(d.findElement(By.cssSelector("main h1")).getText()));
        coordinator.assertGoodPage("the evaluations' results, opened from the dashboard");
    }

    @Test
    default void aTrainerSeesOnlyTheirOwnCohortsAndNoConsultants() {
        try (Browser trainer = freshBrowser("da")) {
            int own = Broer.demo("trainer").get("api/cohorts").array().size();
            trainer.signIn(base(), "trainer", Broer.DEMO_PASSWORD, "/reach.html?by=cohort");
            String scope = trainer.find(By.cssSelector("[data-scope]")).getText();
            assertTrue(scope.endsWith("Dine hold (" + own + ")"), "the scope line names the trainer's own cohorts: " + scope);
            trainer.find(By.cssSelector("[data-target=community]"));
            assertEquals("cohort", trainer.find(By.cssSelector("[data-reach-results]")).getAttribute("data-by"), "by cohort, from the address");
            @SuppressWarnings("unchecked")
            List<String> cohorts = (List<String>) trainer.script(
                    "return [...document.querySelectorAll('table.reach-table[data-measure=enrolments] tbody th')].map(th => th.textContent)");
            assertTrue(cohorts.contains("Fjordlinjen Valby – morgenholdet"), "the trainer's own cohort: " + cohorts);
            assertFalse(cohorts.contains("Hotel Havnelys – receptionen"), "another trainer's cohort is not counted: " + cohorts);
            assertTrue(trainer.driver().findElements(By.cssSelector("[data-consultants]")).isEmpty(), "no consultants section");
            assertTrue(trainer.driver().findElements(By.cssSelector("[data-target=consultancy]")).isEmpty(), "no consultancy target");
            assertTrue(trainer.driver().findElements(By.cssSelector("[data-activities]")).isEmpty(), "no programme activities");
            assertTrue(trainer.driver().findElements(By.cssSelector("[data-evaluation-results]")).isEmpty(),
                    "no link to the evaluations' results, which a trainer may not open");
            assertTrue(trainer.find(By.cssSelector(".site-nav")).getText().contains("Rækkevidde og mål"), "in the trainer's menu");
            assertChartsMatchTheirTables(trainer);
            trainer.assertGoodPage("a trainer's reach report");
        }
    }

    /** A target shows its share in large type with its interval, n and the status in words. */
    private static void assertTargetShown(WebElement target) {
        String text = target.getText().replace('\u00a0', ' ');
        assertTrue(text.matches("(?s).*\\d+ %.*"), "the share: " + text);
        assertTrue(text.matches("(?s).*95 %-interval: \\d+,\\d–\\d+,\\d %.*"), "the interval: " + text);
        assertTrue(target.findElement(By.cssSelector("[data-n]")).getText().matches("n = (\\d+|<5)"), text);
        assertEquals("true", target.findElement(By.cssSelector("[data-status-words] svg")).getAttribute("aria-hidden"),
                "an icon beside the words, which say it");
    }

    /**
     * Every measure has its table (caption, column headers, row headers, the totals row) and, when
     * it has rows, a chart named for screen readers with one bar per row labelled with the row's total.
     */
    private static void assertChartsMatchTheirTables(Browser browser) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> sections = (List<Map<String, Object>>) browser.script("""
                return [...document.querySelectorAll('[data-table]')].map(section => {
                  const chart = section.querySelector('svg[role=img]');
                  return {
                    measure: section.dataset.table,
                    named: !!chart && !!chart.getAttribute('aria-label') && !!chart.querySelector(':scope > title')
                      && !!chart.querySelector(':scope > desc'),
                    bars: [...section.querySelectorAll('svg[role=img] .bar-chart__value')].map(t => t.textContent),
                    totals: [...section.querySelectorAll('table tbody tr')].map(tr => tr.lastElementChild.textContent),
                    rowHeaders: section.querySelectorAll('table tbody th[scope=row]').length,
                    caption: section.querySelector('table caption')?.textContent ?? '',
                    columnHeaders: section.querySelectorAll('table thead th[scope=col]').length,
                    footer: section.querySelectorAll('table tfoot th[scope=row]').length,
                  };
                });""");
        assertEquals(MEASURES, sections.stream().map(s -> s.get("measure")).toList());
        for (Map<String, Object> s : sections) {
            List<?> totals = (List<?>) s.get("totals");
            assertFalse(String.valueOf(s.get("caption")).isBlank(), s.toString());
            assertTrue(((Number) s.get("columnHeaders")).intValue() >= 3, "row name, at least one period, total: " + s);
            assertEquals(1L, s.get("footer"), "the column totals: " + s);
            assertEquals((long) totals.size(), s.get("rowHeaders"), s.toString());
            if (!totals.isEmpty()) {
                assertEquals(Boolean.TRUE, s.get("named"), "the chart has a name and a description: " + s);
                assertEquals(totals, s.get("bars"), "each bar is labelled with its row's total: " + s);
            }
        }
    }

    /** What a URL asks for, decoded. */
    private static Map<String, String> query(String url) {
        String raw = URI.create(url).getRawQuery();
        Map<String, String> params = new LinkedHashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                params.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                        eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return params;
    }

    private static Map<String, String> without(Map<String, String> params, String name) {
        return params.entrySet().stream().filter(e -> !e.getKey().equals(name))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** A download fetched by the page itself, so with the reader's own session: status, type, first bytes and text. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> fetched(Browser browser, String url) {
        return (Map<String, Object>) ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], { credentials: 'same-origin' })
                  .then(async (r) => {
                    const bytes = new Uint8Array(await r.arrayBuffer());
                    done({ status: r.status, type: r.headers.get('content-type') ?? '', head: Array.from(bytes.slice(0, 8)),
                      text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.slice(0, 4000)) });
                  })
                  .catch((e) => done({ status: -1, error: String(e) }));""", url);
    }
}
