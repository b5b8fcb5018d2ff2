package vn.ocop.api.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** A CSV body (header line, one line per item) made from the JSON rows of the same operation's JSON body. */
final class Csv {

    private Csv() {
    }

    static byte[] of(JsonNode rows, String fieldClass, String bodyClass, Random random) {
        JsonNode list = rows.isArray() ? rows : com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode()
                .add(rows);
        List<String> columns = new ArrayList<>();
        list.forEach(row -> row.fieldNames().forEachRemaining(name -> {
            if (!columns.contains(name)) {
                columns.add(name);
            }
        }));
        StringBuilder text = new StringBuilder(String.join(",", columns)).append('\n');
        for (JsonNode row : list) {
            List<String> cells = new ArrayList<>();
            for (String column : columns) {
                JsonNode cell = row.get(column);
                cells.add(cell == null || cell.isNull() ? "" : quote(cell.isValueNode() ? cell.asText() : cell.toString()));
            }
            text.append(String.join(",", cells)).append('\n');
        }
        String csv = text.toString();
        if ("malformed-csv".equals(bodyClass)) {
            csv = Mutations.pick(random, csv.replaceFirst("\n", "\n\"unclosed,"), csv + "a,b,c,d,e,f,g,h,i,j,k\n",
                    "\uFEFF" + csv.replace(",", ";"), csv.substring(0, csv.indexOf('\n') + 1) + ",,,\n");
        } else if ("empty-body".equals(bodyClass)) {
            csv = Mutations.pick(random, "", csv.substring(0, csv.indexOf('\n') + 1));
        }
        String marker = Mutations.MARK;
        int at = csv.indexOf(marker);
        if (at < 0) {
            return csv.getBytes(StandardCharsets.UTF_8);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(csv.substring(0, at).getBytes(StandardCharsets.UTF_8));
        out.writeBytes("lone-surrogate".equals(fieldClass) ? new byte[] {'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80, 'b'}
                : new byte[] {'a', (byte) 0xC0, (byte) 0xAF, 'b'});
        out.writeBytes(csv.substring(at + marker.length()).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static String quote(String cell) {
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            return "\"" + cell.replace("\"", "\"\"") + "\"";
        }
        return cell;
    }
}
