package vn.ocop.scoring.process;

/** What a level does with a dossier under a process. */
public enum LevelRole {
    /** The level's council scores the product (and may send it up or recognise it). */
    SCORES,
    /** Thẩm định — the level assesses some dossier items (no stars) and forwards the dossier (the commune since 1489). */
    FORWARDS
}
