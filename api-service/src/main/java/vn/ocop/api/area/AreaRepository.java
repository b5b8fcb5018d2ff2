package vn.ocop.api.area;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Queries over {@link Area} records. */
@ApplicationScoped
public class AreaRepository implements PanacheRepository<Area> {
}
