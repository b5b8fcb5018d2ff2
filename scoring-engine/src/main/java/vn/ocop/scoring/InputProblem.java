package vn.ocop.scoring;

/**
 * One thing wrong with a scoring request.
 *
 * @param field  JSON path of the offending value, e.g. {@code sheets[1].answers.C.6.1.1}
 * @param reason what is wrong, in English, for a human
 */
public record InputProblem(ProblemCode code, String field, String reason) {
}
