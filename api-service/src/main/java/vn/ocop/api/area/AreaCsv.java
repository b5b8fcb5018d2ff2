package vn.ocop.api.area;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.ocop.api.common.problem.ApiException;
import vn.ocop.api.common.table.TableReader;

/**
 * Reads the CSV (or XLSX) form of an area import through {@link TableReader}: a header line naming the columns
 * (code, name, full_name, name_en, level, parent_code, optionally valid_from and valid_to, in any order), then one
 * unit per line.
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

    static List<Line> read(byte[] file) {
        return read(file, REQUIRED_COLUMNS, KNOWN_COLUMNS);
    }

    static List<Line> read(byte[] file, Set<String> required, Set<String> known) {
        TableReader.Table table = TableReader.read(file);
        Set<String> seen = new HashSet<>();
        for (String column : table.header()) {
            if (!known.contains(column) || !seen.add(column)) {
                throw ApiException.invalidField("header." + column, "reason.import-unknown-column");
            }
        }
        for (String column : required) {
            if (!seen.contains(column)) {
                throw ApiException.invalidField("header." + column, "reason.import-missing-column");
            }
        }
        List<Line> lines = new ArrayList<>();
        for (TableReader.Row row : table.rows()) {
            if (table.misaligned(row)) {
                throw ApiException.invalidField("lines[" + row.number() + "]", "reason.import-column-count");
            }
            lines.add(new Line(row.number(), new AreaImportRow(row.get("code"), row.get("name"),
                    row.get("full_name"), row.get("name_en"), row.get("level"), row.get("parent_code"),
                    row.get("valid_from"), row.get("valid_to"))));
        }
        if (lines.isEmpty()) {
            throw ApiException.invalidField("file", "reason.import-empty");
        }
        return lines;
    }
}
