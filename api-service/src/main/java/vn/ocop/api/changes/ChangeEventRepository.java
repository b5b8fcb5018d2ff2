package vn.ocop.api.changes;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ChangeEventRepository implements PanacheRepository<ChangeEvent> {
}
