package vn.ocop.api.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A milestone (mốc thời gian) of a plan: what is to be done, from when, by when, and when it was done. */
@Entity
@Table(name = "plan_milestone")
public class PlanMilestone extends PlanPart {

    @Column(nullable = false)
    public String title;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @Column(name = "done_on")
    public LocalDate doneOn;

    public String note;
}
