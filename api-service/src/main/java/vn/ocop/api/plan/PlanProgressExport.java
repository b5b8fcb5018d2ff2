package vn.ocop.api.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.ocop.api.area.AreaRepository;
import vn.ocop.api.area.OfficialCodes;
import vn.ocop.api.common.export.TabularWriter;

/**
 * A plan's progress as CSV or XLSX: one row per target, the same figures as the JSON answer, with the plan and the
 * official codes of its area on every row. A plan has tens of targets, so the rows are built before streaming.
 */
@ApplicationScoped
public class PlanProgressExport {

    /** The columns, in order (also in the OpenAPI description). */
    static final String COLUMNS = "Mã kế hoạch, Năm, Tính đến ngày, Mã tỉnh, Mã xã, Mã chỉ tiêu, Loại chỉ tiêu, "
            + "Chỉ tiêu, Kế hoạch, Kế hoạch tối đa, Thực hiện, Tử số, Mẫu số, Tỷ lệ hoàn thành (%), Đạt, "
            + "Trong khoảng, Tính từ dữ liệu";

    static final List<String> HEADERS = List.of(COLUMNS.split(", "));

    private final PlanProgressService service;
    private final PlanService plans;
    private final AreaRepository areas;

    public PlanProgressExport(PlanProgressService service, PlanService plans, AreaRepository areas) {
        this.service = service;
        this.plans = plans;
        this.areas = areas;
    }

    @Transactional
    public Response response(long planId, LocalDate asOf, TabularWriter.Format format) {
        PlanProgressResponse progress = service.progress(planId, asOf);
        String areaPath = plans.require(planId).areaPath;
        OfficialCodes unit = areas.officialCodes(List.of(areaPath)).getOrDefault(areaPath, OfficialCodes.NONE);
        List<List<Object>> rows = new ArrayList<>();
        for (TargetProgressResponse t : progress.targets()) {
            rows.add(Arrays.asList(progress.planId(), progress.year(), progress.asOf(), unit.provinceCode(),
                    unit.communeCode(), t.targetId(), t.kind() == null ? null : t.kind().name(), t.label(),
                    t.expected(), t.expectedMax(), t.actual(), t.numerator(), t.denominator(), t.percentDone(),
                    t.achieved(), t.withinRange(), t.measured()));
        }
        return TabularWriter.response(format, "plan-" + planId + "-progress", "Tiến độ", HEADERS, rows::forEach);
    }
}
