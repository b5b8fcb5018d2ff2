package vn.ocop.api.common.cache;

import io.quarkus.arc.Arc;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * JPA entity listener of every stored record: an insert, update or delete moves the {@link DataVersion} when its
 * transaction commits.
 */
public class DataChangeListener {

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object entity) {
        Arc.container().instance(DataVersion.class).get().changed();
    }
}
