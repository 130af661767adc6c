package id.suara.recess;

import id.suara.documents.Documents;
import id.suara.institution.Institution;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.dhatim.fastexcel.Workbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pokir list as a planner enters it into the regional planning system (GOVDOCS §3; ADR 0034): XLSX and CSV with the
 * same columns in the same order and Indonesian headers, one row per accepted item (or every item, with its review and
 * reason in two more columns), and the PDF for the plenary meeting.
 *
 * <p>The CSV is UTF-8 with a byte order mark, fields separated by semicolons, lines ended by CRLF and quoted as RFC 4180
 * says: Excel set to Indonesian (whose list separator is the semicolon and decimal separator the comma) opens it into
 * columns with every letter right; a volume's decimals are written with a comma for the same reason.
 */
@Service
public class PokirExports {

    /** The planner's columns, in order. */
    public static final List<String> COLUMNS = List.of(
            "Usulan",
            "Permasalahan",
            "Desa/Kelurahan",
            "Kecamatan",
            "OPD Tujuan",
            "Volume",
            "Satuan",
            "Perkiraan Biaya (Rp)",
            "Tahun",
            "Pengusul (Anggota DPRD)",
            "Fraksi",
            "Dapil",
            "Reses",
            "Kunjungan");

    /** Added after the planner's columns when every item is exported. */
    public static final List<String> REVIEW_COLUMNS = List.of("Status Verifikasi", "Alasan");

    private static final String[] MONTHS = {
        "Januari",
        "Februari",
        "Maret",
        "April",
        "Mei",
        "Juni",
        "Juli",
        "Agustus",
        "September",
        "Oktober",
        "November",
        "Desember"
    };

    private static final String[] ROMAN = {"I", "II", "III"};

    private final PokirCompilations compilations;
    private final Documents documents;

    PokirExports(PokirCompilations compilations, Documents documents) {
        this.compilations = compilations;
        this.documents = documents;
    }

    /** One exported row: the planner's values, text or number, in column order. */
    record Row(List<Object> values) {}

    /** The rows of the export: the accepted items, or every item with its review. */
    @Transactional(readOnly = true)
    public List<List<Object>> rows(Institution institution, UUID compilationId, boolean everyItem) {
        var zone = institution.zone();
        var rows = new ArrayList<List<Object>>();
        for (var item : compilations.items(institution.id(), compilationId, PokirCompilations.Filter.ALL)) {
            if (!everyItem && item.review() != PokirReview.ACCEPTED) {
                continue;
            }
            var row = new ArrayList<Object>();
            row.add(item.proposal());
            row.add(item.problem());
            row.add(item.village());
            row.add(item.district());
            row.add(item.targetUnitName());
            row.add(item.volume());
            row.add(item.volumeUnit());
            row.add(item.estimatedCost());
            row.add(item.year());
            row.add(joined(item, PokirItem.Source::memberName));
            row.add(joined(item, PokirItem.Source::factionName));
            row.add(joined(item, PokirItem.Source::dapilName));
            row.add(joined(item, s -> s.recessYear() == null ? null : recess(s.recessSitting(), s.recessYear())));
            row.add(joined(
                    item, s -> s.visitStartsAt() == null ? null : visit(s.visitStartsAt(), s.visitPlace(), zone)));
            if (everyItem) {
                row.add(reviewLabel(item.review()));
                row.add(item.reviewReason());
            }
            rows.add(row);
        }
        return rows;
    }

    /** The header row. */
    public static List<String> headers(boolean everyItem) {
        var headers = new ArrayList<>(COLUMNS);
        if (everyItem) {
            headers.addAll(REVIEW_COLUMNS);
        }
        return headers;
    }

    @Transactional(readOnly = true)
    public byte[] xlsx(Institution institution, UUID compilationId, boolean everyItem) {
        var compilation = compilations.compilation(institution.id(), compilationId);
        var rows = rows(institution, compilationId, everyItem);
        var out = new ByteArrayOutputStream();
        try {
            var workbook = new Workbook(out, "Suara", "1.0");
            var sheet = workbook.newWorksheet("Pokir " + compilation.planningYear());
            var headers = headers(everyItem);
            for (int c = 0; c < headers.size(); c++) {
                sheet.value(0, c, headers.get(c));
                sheet.style(0, c).bold().set();
            }
            for (int r = 0; r < rows.size(); r++) {
                var row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    var value = row.get(c);
                    if (value instanceof Number number) {
                        sheet.value(r + 1, c, number);
                    } else if (value != null) {
                        sheet.value(r + 1, c, value.toString());
                    }
                }
                sheet.style(r + 1, 7).format("#,##0").set();
            }
            sheet.freezePane(0, 1);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Transactional(readOnly = true)
    public byte[] csv(Institution institution, UUID compilationId, boolean everyItem) {
        var text = new StringBuilder("\uFEFF");
        line(text, new ArrayList<>(headers(everyItem)));
        for (var row : rows(institution, compilationId, everyItem)) {
            line(text, row);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder text, List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                text.append(';');
            }
            text.append(csvField(values.get(i)));
        }
        text.append("\r\n");
    }

    static String csvField(Object value) {
        if (value == null) {
            return "";
        }
        var s = value instanceof BigDecimal number
                ? number.stripTrailingZeros().toPlainString().replace('.', ',')
                : value.toString();
        if (s.indexOf(';') >= 0
                || s.indexOf('"') >= 0
                || s.indexOf('\n') >= 0
                || s.indexOf('\r') >= 0
                || s.indexOf(',') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    /** The list for the plenary meeting (rapat paripurna), landscape, accepted items or every item with its review. */
    @Transactional(readOnly = true)
    public byte[] pdf(Institution institution, UUID compilationId, boolean everyItem) {
        var compilation = compilations.compilation(institution.id(), compilationId);
        var content = new LinkedHashMap<String, Object>();
        content.put("compilation", compilation);
        content.put("headers", headers(everyItem));
        content.put(
                "rows",
                rows(institution, compilationId, everyItem).stream()
                        .map(row -> row.stream().map(PokirExports::printed).toList())
                        .toList());
        content.put("everyItem", everyItem);
        return documents.renderWorking(institution, "pokir-compilation", content);
    }

    private static String printed(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal number) {
            return rupiahStyle(number);
        }
        return value.toString();
    }

    /** 1250000 as "1.250.000", 12.5 as "12,5": numbers as Indonesians write them. */
    static String rupiahStyle(BigDecimal number) {
        var plain = number.stripTrailingZeros().toPlainString();
        var dot = plain.indexOf('.');
        var whole = dot < 0 ? plain : plain.substring(0, dot);
        var grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0 && whole.charAt(i - 1) != '-') {
                grouped.append('.');
            }
            grouped.append(whole.charAt(i));
        }
        return dot < 0 ? grouped.toString() : grouped + "," + plain.substring(dot + 1);
    }

    private static String joined(PokirItem item, Function<PokirItem.Source, String> part) {
        var values = new LinkedHashSet<String>();
        for (var source : item.sources()) {
            var value = part.apply(source);
            if (value != null && !value.isBlank()) {
                values.add(value);
            }
        }
        return values.isEmpty() ? null : String.join("; ", values);
    }

    /** "Reses Masa Persidangan II Tahun 2026". */
    public static String recess(int sitting, int year) {
        return "Reses Masa Persidangan " + ROMAN[Math.max(0, Math.min(2, sitting - 1))] + " Tahun " + year;
    }

    /** "8 April 2026, Balai Desa Sidomulyo". */
    static String visit(Instant startsAt, String place, ZoneId zone) {
        return date(startsAt.atZone(zone).toLocalDate()) + ", " + place;
    }

    /** "8 April 2026" (GOVDOCS §1.10). */
    public static String date(LocalDate date) {
        return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
    }

    static String reviewLabel(PokirReview review) {
        return switch (review) {
            case PENDING -> "Belum diverifikasi";
            case ACCEPTED -> "Diterima";
            case RETURNED -> "Dikembalikan";
            case REJECTED -> "Ditolak";
        };
    }

    /** The review labels for templates. */
    public static Map<String, String> reviewLabels() {
        var labels = new LinkedHashMap<String, String>();
        for (var review : PokirReview.values()) {
            labels.put(review.name(), reviewLabel(review));
        }
        return labels;
    }
}
