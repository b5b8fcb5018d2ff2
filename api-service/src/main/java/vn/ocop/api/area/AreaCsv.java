package vn.ocop.api.area;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.ocop.api.common.problem.ApiException;

/**
 * Reads the CSV form of an area import: a header line naming the columns (code, name, full_name, name_en, level,
 * parent_code, optionally valid_from and valid_to, in any order), then one unit per line. RFC 4180 quoting
 * ("a, b" and "" for a quote) is understood; CRLF and LF line ends and a UTF-8 byte-order mark are accepted.
 */
final class AreaCsv {

    static final Set<String> REQUIRED_COLUMNS = Set.of("code", "name", "level", "parent_code");
    static final Set<String> KNOWN_COLUMNS =
            Set.of("code", "name", "full_name", "name_en", "level", "parent_code", "valid_from", "valid_to");

    /** A row of the file with its line number (the header is line 1). */
    record Line(int number, AreaImportRow row) {
    }

    private AreaCsv() {
    }

    static List<Line> read(String text) {
        String body = text == null ? "" : text;
        if (body.startsWith("\uFEFF")) {
            body = body.substring(1);
        }
        List<List<String>> records = split(body);
        if (records.isEmpty()) {
            throw ApiException.invalidField("file", "reason.import-empty");
        }
        List<String> header = records.get(0).stream().map(h -> h.trim().toLowerCase(java.util.Locale.ROOT)).toList();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i);
            if (!KNOWN_COLUMNS.contains(column) || index.putIfAbsent(column, i) != null) {
                throw ApiException.invalidField("header." + column, "reason.import-unknown-column");
            }
        }
        for (String required : REQUIRED_COLUMNS) {
            if (!index.containsKey(required)) {
                throw ApiException.invalidField("header." + required, "reason.import-missing-column");
            }
        }
        List<Line> lines = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> values = records.get(r);
            if (values.size() == 1 && values.get(0).isBlank()) {
                continue; // empty line
            }
            int lineNumber = r + 1;
            if (values.size() != header.size()) {
                throw ApiException.invalidField("lines[" + lineNumber + "]", "reason.import-column-count");
            }
            lines.add(new Line(lineNumber, new AreaImportRow(get(values, index, "code"), get(values, index, "name"),
                    get(values, index, "full_name"), get(values, index, "name_en"), get(values, index, "level"),
                    get(values, index, "parent_code"), get(values, index, "valid_from"),
                    get(values, index, "valid_to"))));
        }
        if (lines.isEmpty()) {
            throw ApiException.invalidField("file", "reason.import-empty");
        }
        return lines;
    }

    private static String get(List<String> values, Map<String, Integer> index, String column) {
        Integer i = index.get(column);
        return i == null ? null : values.get(i);
    }

    /** Records of the text, each a list of fields; one record per physical line unless a quote spans lines. */
    private static List<List<String>> split(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            any = true;
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                records.add(fields);
                fields = new ArrayList<>();
                any = false;
            } else {
                field.append(c);
            }
        }
        if (any) {
            fields.add(field.toString());
            records.add(fields);
        }
        return records;
    }
}
