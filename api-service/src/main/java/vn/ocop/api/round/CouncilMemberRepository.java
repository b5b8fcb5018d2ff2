package vn.ocop.api.round;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Queries over {@link CouncilMember} records. */
@ApplicationScoped
public class CouncilMemberRepository implements PanacheRepository<CouncilMember> {
}
