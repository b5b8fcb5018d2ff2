package vn.ocop.api.area;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import vn.ocop.api.common.persistence.VersionedEntity;

/**
 * An administrative unit (đơn vị hành chính) with its official code and validity. {@link #path} holds the ids
 * from the province down ("/3/17/412/") so that "this area and its sub-areas" is a prefix match.
 */
@Entity
public class Area extends VersionedEntity {

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(name = "full_name")
    public String fullName;

    @Column(name = "name_en")
    public String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AreaLevel level;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public Area parent;

    /** Id of {@link #parent}, readable without loading it (the relation owns the column). */
    @Column(name = "parent_id", insertable = false, updatable = false)
    public Long parentId;

    @Column(nullable = false)
    public String path;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    @Column(name = "search_key", nullable = false)
    public String searchKey;

    /** Sets the parent together with its id (so {@link #parentId} is right before the row is reloaded). */
    public void setParentArea(Area parentArea) {
        this.parent = parentArea;
        this.parentId = parentArea == null ? null : parentArea.id;
    }

    /** Whether the unit exists on {@code date} (valid_to is exclusive: the first day it no longer exists). */
    public boolean validOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || date.isBefore(validTo));
    }
}
