package org.lpodesk.outsourcing.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.lpodesk.billing.Money;

/**
 * A vendor's quarterly scorecard as a printable PDF: the quarter's indicators per task kind, the
 * months of the quarter, hours against the package, for the firm the attorneys' review load, and
 * the definitions of every figure shown. It prints the same {@link Figures} the reports page and
 * CSV show, so the paper and the screen cannot disagree. A vendor's own scorecard is rendered from
 * the vendor view and leaves out what that view leaves out.
 */
public final class ScorecardPdf {

    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 11, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 8);
    private static final Font HEAD_CELL = new Font(Font.HELVETICA, 7, Font.BOLD, Color.WHITE);
    private static final Font CELL = new Font(Font.HELVETICA, 7);
    /** Okabe-Ito blue: legible in print and for readers with a colour-vision deficiency. */
    private static final Color HEAD_BACKGROUND = new Color(0x00, 0x72, 0xB2);
    private static final Color STRIPE = new Color(0xF2, 0xF2, 0xF2);

    private final ReportSettings settings;
    private final Locale locale;

    public ScorecardPdf(ReportSettings settings, Locale locale) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.locale = Objects.requireNonNull(locale, "locale");
    }

    /**
     * @param vendorName the vendor's display name
     * @param quarter    the quarter both reports cover
     * @param byKind     the quarter's report of the vendor with granularity quarter
     * @param byMonth    the same selection with granularity month
     * @param issued     the firm's date of printing
     */
    public byte[] render(String vendorName, Quarter quarter, Report byKind, Report byMonth, LocalDate issued) {
        Objects.requireNonNull(quarter, "quarter");
        boolean vendorView = byKind.vendorView();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(text("scorecard.title", vendorName, quarter));
            document.open();
            document.add(new Paragraph(text("scorecard.title", vendorName, quarter), TITLE));
            document.add(new Paragraph(text(vendorView ? "scorecard.subtitle.vendor" : "scorecard.subtitle.firm",
                    quarter.firstDay(), quarter.lastDay(), issued), TEXT));

            section(document, "scorecard.section.kinds");
            List<Report.Row> kindRows = byKind.rows().stream().filter(r -> r.period().equals(period(quarter))).toList();
            document.add(figuresTable(kindRows, vendorView, true));

            section(document, "scorecard.section.months");
            List<Report.Row> monthRows = byMonth.rows().stream().filter(r -> r.kind() == null).toList();
            document.add(figuresTable(monthRows, vendorView, false));

            if (!byMonth.packages().isEmpty()) {
                section(document, "scorecard.section.package");
                document.add(packageTable(byMonth.packages()));
            }
            if (!vendorView && !byKind.attorneys().isEmpty()) {
                section(document, "scorecard.section.attorneys");
                document.add(attorneyTable(byKind.attorneys()));
            }

            section(document, "scorecard.section.definitions");
            for (Indicator indicator : Indicator.values()) {
                if (!vendorView || indicator.shownToVendors()) {
                    Paragraph p = new Paragraph(indicator.definition(locale, settings), TEXT);
                    p.setSpacingAfter(3);
                    document.add(p);
                }
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("the scorecard PDF could not be laid out", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private String period(Quarter quarter) {
        return Granularity.QUARTER.period(quarter.firstDay());
    }

    private void section(Document document, String key) throws DocumentException {
        Paragraph heading = new Paragraph(text(key), HEADING);
        heading.setSpacingBefore(10);
        heading.setSpacingAfter(4);
        document.add(heading);
    }

    private PdfPTable figuresTable(List<Report.Row> rows, boolean vendorView, boolean byKind) {
        List<String> heads = new ArrayList<>(List.of(text(byKind ? "scorecard.col.kind" : "scorecard.col.month"),
                text("scorecard.col.requested"), text("scorecard.col.delivered"), text("scorecard.col.declined"),
                text("scorecard.col.cancelled"), text("scorecard.col.turnaroundMedian"),
                text("scorecard.col.turnaroundP90"), text("scorecard.col.sla")));
        if (!vendorView) {
            heads.add(text("scorecard.col.buffer"));
        }
        heads.addAll(List.of(text("scorecard.col.firstPass"), text("scorecard.col.rework"),
                text("scorecard.col.hours"), text("scorecard.col.cost")));
        PdfPTable table = table(heads);
        int line = 0;
        for (Report.Row row : rows) {
            Figures f = row.figures();
            List<String> cells = new ArrayList<>(List.of(
                    byKind ? (row.kind() == null ? text("scorecard.allKinds") : row.kind().name()) : row.period(),
                    Integer.toString(f.requested()), Integer.toString(f.delivered()), Integer.toString(f.declined()),
                    Integer.toString(f.cancelled()), hours(f.turnaroundMedianHours()), hours(f.turnaroundP90Hours()),
                    percent(f.slaCompliance()) + count(f.late(), "scorecard.late")));
            if (!vendorView) {
                cells.add(percent(f.bufferKeptRate()));
            }
            cells.addAll(List.of(percent(f.firstPassRate()),
                    percent(f.reworkRate()) + (f.meanReworkRounds() == null ? ""
                            : " (" + f.meanReworkRounds().setScale(2, RoundingMode.HALF_UP).toPlainString() + ")"),
                    f.hoursLogged().setScale(1, RoundingMode.HALF_UP).toPlainString(), money(f.cost())));
            add(table, cells, line++);
        }
        if (rows.isEmpty()) {
            PdfPCell none = new PdfPCell(new Phrase(text("scorecard.none"), CELL));
            none.setColspan(heads.size());
            table.addCell(none);
        }
        return table;
    }

    private PdfPTable packageTable(List<Report.PackageUse> packages) {
        PdfPTable table = table(List.of(text("scorecard.col.month"), text("scorecard.col.packageHours"),
                text("scorecard.col.hourlyHours"), text("scorecard.col.used"), text("scorecard.col.left"),
                text("scorecard.col.overage"), text("scorecard.col.overageAmount")));
        int line = 0;
        for (Report.PackageUse p : packages) {
            add(table, List.of(p.period(), plain(p.packageHours()), plain(p.hourlyHours()), plain(p.used()),
                    plain(p.left()), plain(p.overage()), p.overageAmount().toString()), line++);
        }
        return table;
    }

    private PdfPTable attorneyTable(List<AttorneyLoad> attorneys) {
        PdfPTable table = table(List.of(text("scorecard.col.attorney"), text("scorecard.col.decisions"),
                text("scorecard.col.approvals"), text("scorecard.col.changeRequests"),
                text("scorecard.col.decisionMedian")));
        int line = 0;
        for (AttorneyLoad a : attorneys) {
            add(table, List.of(a.attorney(), Integer.toString(a.decisions()), Integer.toString(a.approvals()),
                    Integer.toString(a.changeRequests()), hours(a.medianDecisionHours())), line++);
        }
        return table;
    }

    private static PdfPTable table(List<String> heads) {
        PdfPTable table = new PdfPTable(heads.size());
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String head : heads) {
            PdfPCell cell = new PdfPCell(new Phrase(head, HEAD_CELL));
            cell.setBackgroundColor(HEAD_BACKGROUND);
            cell.setPadding(3);
            table.addCell(cell);
        }
        return table;
    }

    private static void add(PdfPTable table, List<String> cells, int line) {
        for (int i = 0; i < cells.size(); i++) {
            PdfPCell cell = new PdfPCell(new Phrase(cells.get(i), CELL));
            cell.setPadding(3);
            cell.setHorizontalAlignment(i == 0 ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
            if (line % 2 == 1) {
                cell.setBackgroundColor(STRIPE);
            }
            table.addCell(cell);
        }
    }

    private String percent(BigDecimal rate) {
        return rate == null ? text("scorecard.nothing")
                : rate.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + " %";
    }

    private String count(int n, String key) {
        return n == 0 ? "" : " " + text(key, n);
    }

    private String hours(BigDecimal hours) {
        return hours == null ? text("scorecard.nothing") : hours.setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    /** One amount per currency, never added across currencies. */
    private String money(List<Money> amounts) {
        return amounts.isEmpty() ? text("scorecard.nothing")
                : amounts.stream().map(Money::toString).collect(Collectors.joining(", "));
    }

    private String text(String key, Object... args) {
        return Messages.format(locale, key, args);
    }
}
