package vn.ocop.scoring.lifecycle;

/** Loại đánh giá — why a product's dossier is filed (26/2026 Điều 6.1 a–c; the transitional days of Điều 12.2 differ by type). */
public enum EvaluationType {
    /** Đánh giá mới (lần đầu) — a first evaluation. */
    NEW,
    /** Nâng hạng — a certified product asks for more stars. */
    UPGRADE,
    /** Đánh giá lại — a certified product is evaluated again before its certificate expires. */
    RE_EVALUATION
}
