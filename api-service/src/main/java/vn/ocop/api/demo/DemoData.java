package vn.ocop.api.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.ocop.api.area.AreaLevel;
import vn.ocop.api.plan.MilestoneRequest;
import vn.ocop.api.plan.ActivityKind;
import vn.ocop.api.plan.TargetRequest;
import vn.ocop.api.producer.ProducerType;
import vn.ocop.scoring.lifecycle.EvaluationType;

/**
 * The shape of {@code demo/seed-plans.json} (format "ocop-demo/1"): areas and plans with targets, milestones and
 * activities; the producers, products and certificates come from the register file {@code demo/register.csv}
 * (loaded through the register import, read back here for tests and the loader). Records refer to each other by code: areas by
 * official code, producers by registration code.
 */
public record DemoData(String format, String note, List<DemoArea> areas, String register,
                       List<DemoProducer> producers, List<DemoProduct> products, List<DemoPlan> plans) {

    public record DemoArea(String code, String name, String fullName, AreaLevel level, String parentCode,
                           LocalDate validFrom, LocalDate validTo) {
    }

    public record DemoProducer(String registrationCode, String name, ProducerType type, String areaCode,
                               String representativeName, boolean representativeWoman,
                               boolean representativeEthnicMinority) {
    }

    public record DemoProduct(String name, String producer, String productSetCode, String productGroup,
                              String description, List<DemoCertificate> certificates) {
    }

    public record DemoCertificate(String number, int stars, EvaluationType evaluationType, LocalDate issuedOn,
                                  String ruleSetId, String decidingBody, String decisionNumber) {
    }

    public record DemoPlan(String areaCode, int year, String number, LocalDate issuedOn, String title, String ruleSet,
                           BigDecimal budgetVnd, String fundingSource, List<String> executingUnits, String note,
                           List<TargetRequest> targets, List<MilestoneRequest> milestones,
                           List<DemoActivity> activities) {
    }

    public record DemoActivity(ActivityKind kind, String title, LocalDate heldOn, String place, Integer participants,
                               List<String> producers, String note) {
    }
}
