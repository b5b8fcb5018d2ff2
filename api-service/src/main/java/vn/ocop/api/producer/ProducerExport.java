package vn.ocop.api.producer;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.ocop.api.area.AreaRepository;
import vn.ocop.api.area.OfficialCodes;
import vn.ocop.api.common.export.TabularWriter;

/**
 * The producer list as CSV or XLSX: every producer the JSON list would show for the same filters and caller (not
 * one page), in id order, with the official unit codes of its area. Never the citizen id (personal data). Rows are
 * read 500 at a time (keyset on the id, each batch in its own short transaction) while the file streams.
 */
@ApplicationScoped
public class ProducerExport {

    static final int BATCH = 500;

    /** The columns, in order (also in the OpenAPI description). */
    static final String COLUMNS = "Mã hệ thống, Tên chủ thể, Loại hình, Mã số đăng ký, Mã số thuế, Người đại diện, Địa chỉ, Mã tỉnh, Mã xã, Điện thoại, Email, Website";

    static final List<String> HEADERS = List.of(COLUMNS.split(", "));

    private final ProducerService service;
    private final ProducerRepository producers;
    private final AreaRepository areas;

    public ProducerExport(ProducerService service, ProducerRepository producers, AreaRepository areas) {
        this.service = service;
        this.producers = producers;
        this.areas = areas;
    }

    /** The export response; the filter is checked (400) and the caller's scope bound before streaming starts. */
    public Response response(ProducerFilter filter, TabularWriter.Format format) {
        ProducerService.Selection selection = service.select(filter);
        return TabularWriter.response(format, "producers", "Chủ thể", HEADERS, TabularWriter.inBatches(BATCH,
                after -> QuarkusTransaction.requiringNew().call(() -> batch(selection, after)),
                row -> (Long) row.get(0), row -> row));
    }

    private List<List<Object>> batch(ProducerService.Selection selection, long after) {
        Map<String, Object> params = new HashMap<>(selection.parameters());
        params.put("exportAfter", after);
        List<ProducerResponse> page = producers.page("(" + selection.condition() + ") and p.id > :exportAfter",
                "p.id", params, 0, BATCH);
        Map<String, OfficialCodes> codes = areas.officialCodes(page.stream().map(ProducerResponse::areaPath).toList());
        List<List<Object>> rows = new ArrayList<>(page.size());
        for (ProducerResponse p : page) {
            OfficialCodes unit = codes.getOrDefault(p.areaPath(), OfficialCodes.NONE);
            rows.add(Arrays.asList(p.id(), p.name(), p.type() == null ? null : p.type().name(), p.registrationCode(),
                    p.taxCode(), p.representativeName(), p.addressLine(), unit.provinceCode(), unit.communeCode(),
                    p.phone(), p.email(), p.website()));
        }
        return rows;
    }
}
