package vn.ocop.api.product;

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
 * The product list as CSV or XLSX: every product the JSON list would show for the same filters and caller (not one
 * page), in id order, with the official unit codes of its area. Rows are read 500 at a time (keyset on the id,
 * each batch in its own short transaction, so no persistence context outlives a batch) while the file streams.
 */
@ApplicationScoped
public class ProductExport {

    static final int BATCH = 500;

    /** The columns, in order (also in the OpenAPI description). */
    static final String COLUMNS = "Mã hệ thống, Mã sản phẩm, Tên sản phẩm, Chủ thể, Mã chủ thể, Bộ sản phẩm, Nhóm sản phẩm, Giai đoạn, Hạng sao, Mã tỉnh, Mã xã, Địa bàn";

    static final List<String> HEADERS = List.of(COLUMNS.split(", "));

    private final ProductService service;
    private final ProductRepository products;
    private final AreaRepository areas;

    public ProductExport(ProductService service, ProductRepository products, AreaRepository areas) {
        this.service = service;
        this.products = products;
        this.areas = areas;
    }

    /** The export response; the filter is checked (400) and the caller's scope bound before streaming starts. */
    public Response response(ProductFilter filter, TabularWriter.Format format) {
        ProductService.Selection selection = service.select(filter);
        return TabularWriter.response(format, "products", "Sản phẩm", HEADERS, TabularWriter.inBatches(BATCH,
                after -> QuarkusTransaction.requiringNew().call(() -> batch(selection, after)),
                row -> (Long) row.get(0), row -> row));
    }

    private List<List<Object>> batch(ProductService.Selection selection, long after) {
        Map<String, Object> params = new HashMap<>(selection.parameters());
        params.put("exportAfter", after);
        List<ProductResponse> page = products.page("(" + selection.condition() + ") and p.id > :exportAfter",
                "p.id", params, 0, BATCH, selection.today());
        Map<String, OfficialCodes> codes = areas.officialCodes(page.stream().map(ProductResponse::areaPath).toList());
        List<List<Object>> rows = new ArrayList<>(page.size());
        for (ProductResponse p : page) {
            OfficialCodes unit = codes.getOrDefault(p.areaPath(), OfficialCodes.NONE);
            rows.add(Arrays.asList(p.id(), p.productCode(), p.name(), p.producerName(), p.producerId(),
                    p.productSetCode(), p.productGroup(), p.stage() == null ? null : p.stage().name(),
                    p.currentStars(), unit.provinceCode(), unit.communeCode(), p.areaName()));
        }
        return rows;
    }
}
