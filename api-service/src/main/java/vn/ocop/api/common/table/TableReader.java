package vn.ocop.api.common.table;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Sheet;
import vn.ocop.api.common.problem.ApiException;

/**
 * Reads a table (bảng dữ liệu) from a CSV file (UTF-8, with or without a byte-order mark, RFC 4180 quoting, read by
 * jackson-dataformat-csv) or from the first sheet of an XLSX workbook (saved by Excel or LibreOffice, read by
 * fastexcel-reader): a header row naming the columns, then one record per row, each as a map from the
 * lower-cased header to the cell's text (NFC-normalised, stripped; empty cells are absent). Dates in XLSX cells come
 * out as ISO dates (2021-10-25), whole numbers without a decimal part.
 */
public final class TableReader {

    /** A record with its row number in the file (the header is row 1) and its cells by column. */
    public record Row(int number, Map<String, String> cells, int width) {

        public String get(String column) {
            return cells.get(column);
        }
    }

    /** The header (lower-cased, in file order) and the records. */
    public record Table(List<String> header, List<Row> rows, boolean spreadsheet) {

        /** Rows of a CSV file whose number of cells differs from the header's (a spreadsheet row may be shorter). */
        public boolean misaligned(Row row) {
            return !spreadsheet && row.width() != header.size();
        }
    }

    private static final CsvMapper CSV = new CsvMapper();

    private TableReader() {
    }

    /** Whether the bytes are an XLSX (OOXML zip) file. */
    public static boolean isXlsx(byte[] data) {
        return data.length >= 4 && data[0] == 'P' && data[1] == 'K' && data[2] == 3 && data[3] == 4;
    }

    /**
     * Reads the file. An unreadable file (not UTF-8, an old .xls, a broken workbook, unbalanced quotes) is a 400
     * on {@code file}; a repeated or blank column name a 400 on {@code header.<name>}.
     */
    public static Table read(byte[] data) {
        byte[] bytes = data == null ? new byte[0] : data;
        List<List<String>> records;
        boolean spreadsheet = isXlsx(bytes);
        if (spreadsheet) {
            records = xlsx(bytes);
        } else if (bytes.length >= 8 && ReadableWorkbook.isOLE2Header(bytes)) {
            throw ApiException.invalidField("file", "reason.table-xls");
        } else {
            records = csv(bytes);
        }
        if (records.isEmpty()) {
            throw ApiException.invalidField("file", "reason.import-empty");
        }
        List<String> header = new ArrayList<>();
        for (String name : records.get(0)) {
            header.add(name == null ? "" : name.strip().toLowerCase(Locale.ROOT));
        }
        while (!header.isEmpty() && header.get(header.size() - 1).isEmpty()) {
            header.remove(header.size() - 1); // trailing empty header cells (spreadsheets)
        }
        List<Row> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> values = records.get(r);
            if (values.stream().allMatch(v -> v == null || v.isBlank())) {
                continue; // empty line
            }
            Map<String, String> cells = new LinkedHashMap<>();
            for (int i = 0; i < values.size() && i < header.size(); i++) {
                String value = clean(values.get(i));
                if (value != null) {
                    cells.put(header.get(i), value);
                }
            }
            int width = values.size();
            while (width > header.size() && (values.get(width - 1) == null || values.get(width - 1).isBlank())) {
                width--; // trailing empty cells beyond the header
            }
            rows.add(new Row(r + 1, cells, width));
        }
        return new Table(List.copyOf(header), rows, spreadsheet);
    }

    private static String clean(String value) {
        if (value == null) {
            return null;
        }
        String text = Normalizer.normalize(value, Normalizer.Form.NFC).strip();
        return text.isEmpty() ? null : text;
    }

    private static List<List<String>> csv(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw ApiException.invalidField("file", "reason.table-encoding");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> records = new ArrayList<>();
        if (text.isBlank()) {
            return records;
        }
        try (MappingIterator<List<String>> it = CSV.readerForListOf(String.class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(text)) {
            while (it.hasNextValue()) {
                records.add(it.nextValue());
            }
        } catch (IOException | RuntimeException e) {
            throw ApiException.invalidField("file", "reason.table-unreadable");
        }
        return records;
    }

    private static List<List<String>> xlsx(byte[] bytes) {
        List<List<String>> records = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes),
                new ReadingOptions(true, false))) {
            Sheet sheet = workbook.getFirstSheet();
            int expected = 1;
            try (var rows = sheet.openStream()) {
                for (org.dhatim.fastexcel.reader.Row row : (Iterable<org.dhatim.fastexcel.reader.Row>) rows::iterator) {
                    while (expected < row.getRowNum()) {
                        records.add(List.of()); // rows absent from the sheet keep their numbers
                        expected++;
                    }
                    List<String> values = new ArrayList<>();
                    for (int i = 0; i < row.getCellCount(); i++) {
                        values.add(text(row.getCell(i)));
                    }
                    records.add(values);
                    expected = row.getRowNum() + 1;
                }
            }
        } catch (IOException | RuntimeException e) {
            throw ApiException.invalidField("file", "reason.table-unreadable");
        }
        return records;
    }

    private static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return null;
        }
        if (cell.getType() == CellType.NUMBER) {
            if (isDateFormat(cell.getDataFormatString())) {
                return cell.asDate().toLocalDate().toString();
            }
            BigDecimal number = cell.asNumber();
            return number.stripTrailingZeros().toPlainString();
        }
        if (cell.getType() == CellType.BOOLEAN) {
            return String.valueOf(cell.asBoolean());
        }
        return cell.getText();
    }

    private static boolean isDateFormat(String format) {
        if (format == null) {
            return false;
        }
        String f = format.toLowerCase(Locale.ROOT).replaceAll("\"[^\"]*\"|\\[[^]]*]", "");
        return f.contains("d") && f.contains("y") || f.contains("m") && f.contains("d") || f.contains("yy");
    }
}
