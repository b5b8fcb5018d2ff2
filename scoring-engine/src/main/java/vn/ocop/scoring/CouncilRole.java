package vn.ocop.scoring;

/** Vai trò trong hội đồng — a council member's role. The secretary (thư ký) does not score. */
public enum CouncilRole {
    /** Chủ tịch hội đồng. */
    CHAIR,
    /** Thành viên. */
    MEMBER,
    /** Thư ký: keeps the minutes, does not score. */
    SECRETARY;

    public boolean scores() {
        return this != SECRETARY;
    }
}
