package vn.ocop.scoring.catalogue;

import java.math.BigDecimal;
import java.util.List;

/** Nhóm tiêu chí — a numbered heading of a sheet (e.g. "A.1 Tổ chức sản xuất") grouping criteria. */
public record CriterionGroup(String code, String part, String nameVi, String nameEn, BigDecimal max,
                             List<String> notesVi) {

    public CriterionGroup {
        notesVi = List.copyOf(notesVi);
    }
}
