package vn.ocop.api.plan;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/** Something done under a plan that no other record holds: a training class, an OCOP shop opened, a fair joined. */
@Entity
@Table(name = "plan_activity")
public class PlanActivity extends PlanPart {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ActivityKind kind;

    @Column(nullable = false)
    public String title;

    @Column(name = "held_on", nullable = false)
    public LocalDate heldOn;

    public String place;

    /** Number of people who took part (producers, officers…). */
    public Integer participants;

    public String note;

    /** Producers trained (training classes only). */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "plan_activity_producer", joinColumns = @JoinColumn(name = "activity_id"))
    @Column(name = "producer_id")
    public Set<Long> producerIds = new LinkedHashSet<>();
}
