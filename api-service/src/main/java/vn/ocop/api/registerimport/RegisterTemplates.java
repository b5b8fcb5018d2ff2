package vn.ocop.api.registerimport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The register template (mẫu sổ theo dõi): the header and one example row (a Ninh Bình product certified in 2021
 * under 1048, recorded with its pre-2025 commune), as CSV (UTF-8 with a byte-order mark, so Excel reads the
 * diacritics) or XLSX (every cell text, so codes keep their leading zeros; a second sheet explains the columns).
 */
final class RegisterTemplates {

    static final Map<String, String> EXAMPLE = Map.ofEntries(
            Map.entry(RegisterColumns.PRODUCER_CODE, "2700812345"),
            Map.entry(RegisterColumns.PRODUCER_NAME, "Hợp tác xã Cơm cháy Hoa Lư"),
            Map.entry(RegisterColumns.PRODUCER_TYPE, "COOPERATIVE"),
            Map.entry(RegisterColumns.REPRESENTATIVE, "Đinh Thị Hoa"),
            Map.entry(RegisterColumns.REPRESENTATIVE_WOMAN, "true"),
            Map.entry(RegisterColumns.AREA_CODE, "374-14329"),
            Map.entry(RegisterColumns.PRODUCT_NAME, "Cơm cháy Hoa Lư"),
            Map.entry(RegisterColumns.PRODUCT_SET, "FOOD_PROC_GRAIN"),
            Map.entry(RegisterColumns.CERTIFICATE_NUMBER, "NB-2021-001"),
            Map.entry(RegisterColumns.STARS, "3"),
            Map.entry(RegisterColumns.RULE_SET, "QD-1048-2019"),
            Map.entry(RegisterColumns.EVALUATION_TYPE, "NEW"),
            Map.entry(RegisterColumns.DECISION_NUMBER, "1101/QĐ-UBND"),
            Map.entry(RegisterColumns.DECISION_DATE, "2021-10-25"),
            Map.entry(RegisterColumns.DECIDING_BODY, "UBND tỉnh Ninh Bình"),
            Map.entry(RegisterColumns.STATUS, "EXPIRED"));

    private RegisterTemplates() {
    }

    private static List<String> exampleRow() {
        List<String> row = new ArrayList<>();
        for (String column : RegisterColumns.ALL.keySet()) {
            row.add(EXAMPLE.getOrDefault(column, ""));
        }
        return row;
    }

    static byte[] csv() {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append(String.join(",", RegisterColumns.ALL.keySet())).append("\r\n");
        out.append(String.join(",", exampleRow().stream().map(RegisterTemplates::quote).toList())).append("\r\n");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String quote(String value) {
        return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    static byte[] xlsx() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "OCOP", "1.0");
            Worksheet sheet = workbook.newWorksheet("register");
            int c = 0;
            List<String> example = exampleRow();
            for (String column : RegisterColumns.ALL.keySet()) {
                sheet.value(0, c, column);
                sheet.style(0, c).bold().set();
                sheet.value(1, c, example.get(c));
                sheet.width(c, Math.max(14, column.length() + 2));
                c++;
            }
            // Text format on the data columns' first rows, so typed codes keep their leading zeros.
            sheet.range(1, 0, 2000, RegisterColumns.ALL.size() - 1).style().format("@").set();
            Worksheet help = workbook.newWorksheet("columns");
            help.value(0, 0, "column");
            help.value(0, 1, "ý nghĩa");
            int r = 1;
            for (Map.Entry<String, String> column : RegisterColumns.ALL.entrySet()) {
                help.value(r, 0, column.getKey());
                help.value(r, 1, column.getValue());
                r++;
            }
            help.width(0, 34);
            help.width(1, 110);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
