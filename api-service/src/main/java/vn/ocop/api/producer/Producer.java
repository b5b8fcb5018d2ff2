package vn.ocop.api.producer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import vn.ocop.api.area.Area;
import vn.ocop.api.common.persistence.VersionedEntity;

/** An OCOP producer (chủ thể OCOP): the legal body that owns products and files dossiers. */
@Entity
public class Producer extends VersionedEntity {

    @Column(nullable = false)
    public String name;

    /** Name folded for diacritic- and case-insensitive search (see VietnameseText). */
    @Column(name = "search_key", nullable = false)
    public String searchKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProducerType type;

    /** Business or tax registration code (mã số doanh nghiệp / mã số thuế), unique. */
    @Column(name = "registration_code", nullable = false)
    public String registrationCode;

    /** Legal representative (người đại diện theo pháp luật). */
    @Column(name = "representative_name")
    public String representativeName;

    @Column(name = "representative_woman", nullable = false)
    public boolean representativeWoman;

    @Column(name = "representative_ethnic_minority", nullable = false)
    public boolean representativeEthnicMinority;

    @Column(name = "address_line")
    public String addressLine;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "area_id")
    public Area area;

    /** Id of {@link #area}, readable without loading it (the relation owns the column). */
    @Column(name = "area_id", insertable = false, updatable = false)
    public Long areaId;

    /** Copy of the area's path, for "in this area or below" filters without a join. */
    @Column(name = "area_path", nullable = false)
    public String areaPath;

    public String phone;

    public String email;

    public String website;
}
