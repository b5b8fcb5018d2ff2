package vn.ocop.scoring;

/** Stable machine codes for what is wrong with a scoring request (safe to switch on in clients). */
public enum ProblemCode {
    /** The request (or the CLI's file) is not valid JSON of the expected shape. */
    INVALID_JSON,
    /** No rule set named. */
    MISSING_RULE_SET,
    UNKNOWN_RULE_SET,
    /** The rule set has bands and a process but no scoring sheets (QD-1048-2019). */
    RULE_SET_HAS_NO_SHEETS,
    MISSING_PRODUCT_SET,
    UNKNOWN_PRODUCT_SET,
    MISSING_LEVEL,
    /** The level does not score under the rule set's process (e.g. DISTRICT after 1489, COMMUNE under 148). */
    LEVEL_NOT_IN_PROCESS,
    /** No sheets, or only secretaries. */
    NO_SCORING_MEMBER,
    MISSING_MEMBER_ID,
    DUPLICATE_MEMBER,
    MISSING_ROLE,
    UNKNOWN_CRITERION,
    UNKNOWN_OPTION,
    MISSING_ANSWER,
    /** Two options given for one criterion. */
    DUPLICATE_ANSWER,
    /** "none" given for a criterion that has a 0-point option (answer that option instead). */
    NONE_NOT_ALLOWED
}
