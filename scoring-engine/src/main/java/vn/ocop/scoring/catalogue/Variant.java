package vn.ocop.scoring.catalogue;

/** Trường hợp — one of the alternative option lists of a tourism criterion. */
public record Variant(String code, String nameVi, String nameEn) {
}
