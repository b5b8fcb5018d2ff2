package vn.ocop.api.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import vn.ocop.api.area.Area;
import vn.ocop.api.dossier.CommuneAssessmentRequest;
import vn.ocop.api.dossier.DossierRepository;
import vn.ocop.api.dossier.DossierRequest;
import vn.ocop.api.dossier.DossierService;
import vn.ocop.api.dossier.EvidenceItem;
import vn.ocop.api.product.Product;
import vn.ocop.api.round.EvaluationRoundRepository;
import vn.ocop.api.round.RoundDossierRequest;
import vn.ocop.api.round.RoundRequest;
import vn.ocop.api.round.RoundService;
import vn.ocop.scoring.CouncilRole;
import vn.ocop.scoring.lifecycle.EvaluationType;
import vn.ocop.scoring.process.Level;

/**
 * The demo's open provincial round (đợt đánh giá cấp tỉnh) in Thái Nguyên under 26/2026, so that the demo council
 * account {@code hoidong.tinh} sits on a round: it chairs the council (with one more scoring member and a secretary)
 * and finds one dossier to score, the re-evaluation of Muối vừng Sáng Lê (Tân Kỳ), whose 2021 certificate has
 * expired, filed by its producer and assessed by the commune. Everything goes through the workflow services.
 */
@ApplicationScoped
public class DemoEvaluationRound {

    public static final String NAME = "Đánh giá, phân hạng sản phẩm OCOP tỉnh Thái Nguyên đợt 2 năm 2026";
    public static final String RULE_SET = "QD-26-2026";
    public static final String CHAIR = "hoidong.tinh";
    public static final String MEMBER = "thanhvien.tinh";
    public static final String SECRETARY = "thuky.tinh";
    /** Product of the demo file put in the round, and its producer's registration code. */
    public static final String PRODUCT = "Muối vừng Sáng Lê";
    public static final String PRODUCER_CODE = "46A8000123";

    static final LocalDate FILED_ON = LocalDate.of(2026, 9, 15);
    static final LocalDate ASSESSED_ON = LocalDate.of(2026, 10, 5);
    static final LocalDate STARTS_ON = LocalDate.of(2026, 11, 16);
    static final LocalDate ENDS_ON = LocalDate.of(2026, 12, 18);

    private final EvaluationRoundRepository rounds;
    private final RoundService roundService;
    private final DossierRepository dossiers;
    private final DossierService dossierService;

    public DemoEvaluationRound(EvaluationRoundRepository rounds, RoundService roundService, DossierRepository dossiers,
            DossierService dossierService) {
        this.rounds = rounds;
        this.roundService = roundService;
        this.dossiers = dossiers;
        this.dossierService = dossierService;
    }

    /**
     * Creates the round in the province with its dossier unless a round of that name is already there; the dossier is
     * left out when the product already has an open one (filed by hand in the demo). Returns 1 when created, else 0.
     */
    @Transactional
    public int ensure(Area province, Product product) {
        if (rounds.count("name = ?1 and area.id = ?2", NAME, province.id) > 0) {
            return 0;
        }
        long roundId = roundService.create(new RoundRequest(NAME, Level.PROVINCE, province.id, RULE_SET, STARTS_ON,
                ENDS_ON, List.of(
                        new RoundRequest.Member(CHAIR, "Nguyễn Thị Thu Hà", CouncilRole.CHAIR),
                        new RoundRequest.Member(MEMBER, "Hoàng Văn Thắng", CouncilRole.MEMBER),
                        new RoundRequest.Member(SECRETARY, "Đặng Thị Hoa", CouncilRole.SECRETARY)))).id();
        if (dossiers.openForProduct(product.id).isPresent()) {
            return 1;
        }
        long dossierId = dossierService.create(new DossierRequest(product.id, EvaluationType.RE_EVALUATION, null,
                FILED_ON, null, List.of(new EvidenceItem("BUSINESS_LICENCE", "giay-chung-nhan-ho-kinh-doanh.pdf",
                        "3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b", 482113L),
                        new EvidenceItem("PRODUCT_STANDARD", "tieu-chuan-co-so-muoi-vung.pdf",
                                "b5bb9d8014a0f9b1d61e21e796d78dccdf1352f23cd32812f4850b878ae4944c", 215040L)),
                "Hồ sơ đánh giá lại sản phẩm Muối vừng Sáng Lê (giấy chứng nhận 2021 đã hết hiệu lực)")).id();
        dossierService.submit(dossierId, currentVersion(dossierId));
        dossierService.assessAtCommune(dossierId, currentVersion(dossierId), new CommuneAssessmentRequest(ASSESSED_ON,
                "Vừng đen, vừng trắng trồng trên nương của xã Tân Kỳ", "6 lao động của hộ và của xã",
                "Ý tưởng của hộ kinh doanh", "Cách rang, giã muối vừng truyền thống của đồng bào",
                "Đề nghị Hội đồng tỉnh đánh giá lại, phân hạng sản phẩm"));
        roundService.addDossier(roundId, new RoundDossierRequest(dossierId));
        return 1;
    }

    /** The dossier's version as stored, once the pending changes are written (each step checks it). */
    private long currentVersion(long dossierId) {
        dossiers.flush();
        return dossiers.findById(dossierId).version;
    }
}
