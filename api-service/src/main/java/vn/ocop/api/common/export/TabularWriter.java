package vn.ocop.api.common.export;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Streams a table (a header row, then rows handed over one at a time) as CSV or XLSX, so that memory does not grow
 * with the rows. CSV is UTF-8 with a byte order mark (Excel reads it as UTF-8 only then); XLSX rows are flushed
 * to the stream as they are written.
 */
public final class TabularWriter {

    public static final String CSV = "text/csv";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Formats of an export. */
    public enum Format {
        CSV(TabularWriter.CSV, "csv"), XLSX(TabularWriter.XLSX, "xlsx");

        public final String mediaType;
        public final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }
    }

    /** Rows of an export: hands each row (one cell per header, null for empty) to the sink, in order. */
    @FunctionalInterface
    public interface Rows {
        void forEach(Consumer<List<Object>> sink);
    }

    /**
     * Rows read in keyset batches while the file streams: {@code batch} answers up to {@code size} items with an id
     * above the one given (0 first), in id order; the rows end with the first batch shorter than {@code size}.
     */
    public static <T> Rows inBatches(int size, java.util.function.LongFunction<List<T>> batch,
            java.util.function.ToLongFunction<T> id, java.util.function.Function<T, List<Object>> row) {
        return sink -> {
            long after = 0;
            while (true) {
                List<T> items = batch.apply(after);
                items.forEach(item -> sink.accept(row.apply(item)));
                if (items.size() < size) {
                    return;
                }
                after = id.applyAsLong(items.get(items.size() - 1));
            }
        };
    }

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final int XLSX_FLUSH_EVERY = 200;

    private TabularWriter() {
    }

    /**
     * The export format the request asks for, or null for JSON: the first acceptable type (by quality) that is CSV
     * or XLSX wins, unless JSON or a wildcard comes first. The resource's {@code @Produces} already answered 406
     * for anything else.
     */
    public static Format requested(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isWildcardType() || type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return null;
            }
            if (!type.isWildcardSubtype() && type.isCompatible(MediaType.valueOf(CSV))) {
                return Format.CSV;
            }
            if (!type.isWildcardSubtype() && type.isCompatible(MediaType.valueOf(XLSX))) {
                return Format.XLSX;
            }
        }
        return null;
    }

    /** A 200 streaming the table as an attachment named {@code baseName.csv} or {@code baseName.xlsx}. */
    public static Response response(Format format, String baseName, String sheetName, List<String> headers, Rows rows) {
        StreamingOutput body = out -> write(format, out, sheetName, headers, rows);
        String type = format == Format.CSV ? CSV + ";charset=UTF-8" : XLSX;
        return Response.ok(body, type)
                .header("Content-Disposition", "attachment; filename=\"" + baseName + "." + format.extension + "\"")
                .build();
    }

    /**
     * A 200 streaming the table as JSON, {@code {"shape": ..., "asOf": ..., "items": [{header: cell, ...}, ...]}}, one
     * object per row keyed by the headers; dates as ISO text.
     */
    public static Response jsonResponse(String shape, java.time.LocalDate asOf, List<String> headers, Rows rows) {
        StreamingOutput body = out -> {
            try (com.fasterxml.jackson.core.JsonGenerator json = new com.fasterxml.jackson.core.JsonFactory()
                    .createGenerator(out, com.fasterxml.jackson.core.JsonEncoding.UTF8)) {
                json.writeStartObject();
                json.writeStringField("shape", shape);
                json.writeStringField("asOf", asOf.toString());
                json.writeArrayFieldStart("items");
                rows.forEach(row -> {
                    try {
                        json.writeStartObject();
                        for (int c = 0; c < headers.size(); c++) {
                            Object cell = row.get(c);
                            json.writeFieldName(headers.get(c));
                            if (cell == null) {
                                json.writeNull();
                            } else if (cell instanceof Integer || cell instanceof Long) {
                                json.writeNumber(((Number) cell).longValue());
                            } else if (cell instanceof java.math.BigDecimal decimal) {
                                json.writeNumber(decimal);
                            } else if (cell instanceof Boolean flag) {
                                json.writeBoolean(flag);
                            } else {
                                json.writeString(String.valueOf(cell));
                            }
                        }
                        json.writeEndObject();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                json.writeEndArray();
                json.writeEndObject();
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        };
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
    }

    public static void write(Format format, OutputStream out, String sheetName, List<String> headers, Rows rows)
            throws IOException {
        try {
            if (format == Format.CSV) {
                writeCsv(out, headers, rows);
            } else {
                writeXlsx(out, sheetName, headers, rows);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void writeCsv(OutputStream out, List<String> headers, Rows rows) throws IOException {
        out.write(BOM);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CsvMapper mapper = new CsvMapper();
        mapper.disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        try (SequenceWriter csv = mapper.writerFor(String[].class)
                .with(CsvSchema.emptySchema().withLineSeparator("\r\n")).writeValues(writer)) {
            csv.write(cells(headers));
            rows.forEach(row -> {
                try {
                    csv.write(cells(row));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            csv.flush();
        }
        writer.flush();
    }

    private static String[] cells(List<?> row) {
        String[] cells = new String[row.size()];
        for (int i = 0; i < cells.length; i++) {
            Object cell = row.get(i);
            cells[i] = cell == null ? "" : String.valueOf(cell);
        }
        return cells;
    }

    private static void writeXlsx(OutputStream out, String sheetName, List<String> headers, Rows rows)
            throws IOException {
        Workbook workbook = new Workbook(out, "OCOP", "1.0");
        Worksheet sheet = workbook.newWorksheet(sheetName);
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(0, c, headers.get(c));
        }
        int[] next = {1};
        rows.forEach(row -> {
            int r = next[0]++;
            for (int c = 0; c < row.size(); c++) {
                Object cell = row.get(c);
                if (cell instanceof Number number) {
                    sheet.value(r, c, number);
                } else if (cell != null) {
                    sheet.value(r, c, String.valueOf(cell));
                }
            }
            if (r % XLSX_FLUSH_EVERY == 0) {
                try {
                    sheet.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
        workbook.finish();
    }
}
