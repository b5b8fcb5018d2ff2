/**
 * Vòng đời — what may happen to a dossier and a certificate, and on which day: the rule set a dossier is filed and
 * finished under, the re-evaluation filing window, the certificate's standing, who may revoke, which decision a
 * closed result allows. The law's numbers are data in {@code rule-sets.json} (the {@code transition} of QD-26-2026,
 * {@code administrativeReform}, the certificate policies and processes); the logic is here. No clock: every day is
 * passed in.
 *
 * <h2>Entry points</h2>
 * <ul>
 *   <li>{@link vn.ocop.scoring.catalogue.Catalogue#ruleSetForFiling}, {@link vn.ocop.scoring.catalogue.Catalogue#ruleSetForDossier(String, EvaluationType, java.time.LocalDate, java.time.LocalDate)},
 *       {@link vn.ocop.scoring.catalogue.Catalogue#lastDayUnder}, {@link vn.ocop.scoring.catalogue.Catalogue#districtsAbolishedOn};</li>
 *   <li>{@link CertificateRules#checkReEvaluationFiling}, {@link CertificateRules#standingOn},
 *       {@link CertificateRules#lastDayInForce}, {@link CertificateRules#checkRevocation};</li>
 *   <li>{@link DecisionRules#check}, {@link DecisionRules#checkDecisionDate}.</li>
 * </ul>
 *
 * <h2>Readings of the law (Decision 26/2026/QĐ-TTg unless named), each with the article it reads</h2>
 * <ol>
 *   <li><b>Điều 12.2.a–b, old rules for dossiers filed before 22 May 2026.</b> "thời hạn hoàn thành … không quá 60 ngày
 *       (lần đầu, nâng hạng) / 30 ngày (đánh giá lại), kể từ ngày Quyết định này có hiệu lực": counted from the day
 *       26/2026 took effect, not from the filing, with 22 May 2026 as day 1 — the same count the catalogue already
 *       uses for Điều 11.2 (148 and 1489 "hết hiệu lực sau 60 ngày": QD-148-1489-2025 in force through 20 Jul 2026).
 *       So new and upgrade dossiers may be finished under QD-148-1489-2025 through 20 Jul 2026, re-evaluations
 *       through 20 Jun 2026. Past that day the dossier is finished under 26/2026 (the law names no other outcome;
 *       domain README). A re-evaluation filed on 10 May 2026 and decided on 3 Jul 2026 is decided under 26/2026.</li>
 *   <li><b>Điều 11–12, naming the old rules for a filing from 22 May 2026.</b> Kept as the domain README has it:
 *       both rule sets are in force until 20 Jul 2026 and a filing may name the older one — but only while it can
 *       still finish a dossier of that type (a re-evaluation not after 20 Jun 2026). A stricter reading (Điều 12.2
 *       covers only dossiers filed before 22 May, so later filings must use 26/2026) would refuse these filings; it
 *       is not applied.</li>
 *   <li><b>Điều 7.6.a, the re-evaluation window.</b> "không sớm hơn 180 ngày và không muộn hơn 120 ngày trước khi giấy
 *       chứng nhận hết hạn": both ends inclusive, counted back from the expiry day, under the certificate policy of
 *       the rule set the re-evaluation is filed under. Before the window a filing is refused ({@link FilingCheck.TooEarly}
 *       names the window): it is not yet a re-evaluation the law provides for. After the window it is accepted and
 *       recorded {@link FilingCheck.Timing#LATE}, with no grace: the law sets a deadline but no refusal, and refusing
 *       would leave the producer only a new evaluation after expiry.</li>
 *   <li><b>Điều 12.3, the window could not be met.</b> "thời gian nộp hồ sơ không đáp ứng được thời hạn theo quy định
 *       tại điểm a khoản 6 Điều 7": the window opened before the filing rule set took effect (before 22 May 2026),
 *       so it could not be met in full. A re-evaluation filed after such a window, on or before the expiry day, is
 *       {@link FilingCheck.Timing#WINDOW_MISSED}: the certificate "tiếp tục có hiệu lực đến ngày có kết quả xử lý …
 *       nhưng không quá 180 ngày tính từ ngày hết thời hạn" — in force through expiry + 180 days (the 180 days after
 *       the last valid day), and up to the day before the re-evaluation decision (from the decision day the new
 *       certificate, if any, stands). The grace extends a certificate in force; it never revives an expired one (a
 *       filing after the expiry day is LATE).</li>
 *   <li><b>Điều 12.1 and 12.3, every earlier rule set.</b> Certificates issued before 22 May 2026 stay valid to their
 *       own expiry (their rule set's policy: 36 months, through the same day 36 months later), and the grace of
 *       12.3 is a transitional rule for exactly those certificates: it applies to certificates issued under 148 and
 *       1048 too. {@link CertificateRules#standingOn} therefore reads the grace from the record, never from the
 *       certificate's rule set. (The older {@code graceDaysWhilePending} of the 26/2026 policy — grace for any
 *       pending re-evaluation, none under 148 — is superseded; {@code CertificatePolicy.statusOn} keeps it for its
 *       callers and delegates to the new rule.)</li>
 *   <li><b>Điều 8, revocation.</b> "Chủ tịch UBND cấp tỉnh … 3 sao, 4 sao; Bộ trưởng … 5 sao": the level that recognises
 *       the tier under the rule set in force on the revocation day revokes it (1048: province 3★–4★; 148 before
 *       1489: district 3★). A revocation, and a supersession by a later certificate, end the certificate from their
 *       own day (the decision takes effect on its date).</li>
 *   <li><b>Điều 4.3, validity from the decision.</b> "có giá trị … kể từ ngày cơ quan có thẩm quyền ban hành": a certificate
 *       is in force from its decision's date ({@link CertificateStanding.NotYetValid} before), so a decision cannot be
 *       dated after the day it is recorded, nor before its round opened ({@link DecisionRules#checkDecisionDate}).</li>
 *   <li><b>Điều 4.1, 7.3–7.4 (and 148 Điều 7 for the district), decisions on a result.</b> The engine's next step
 *       decides: recognise only the result's stars by the level that may recognise them under the rule set's process
 *       (the province after the centre returns a dossier), send up only when the next step is to send up, and not
 *       recognise always — the same rule the API's decision switch held.</li>
 *   <li><b>The 2025 reform of local government.</b> District-level units ended on 1 Jul 2025
 *       ({@code administrativeReform.districtsAbolishedOn}); no rule set starting on or after that day may have a
 *       district level (checked when the catalogue loads).</li>
 * </ol>
 */
package vn.ocop.scoring.lifecycle;
