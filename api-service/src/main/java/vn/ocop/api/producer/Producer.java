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

    /**
     * Registration code, unique: the enterprise code (mã số doanh nghiệp, which is its tax code), the co-operative's
     * registration number (mã số hợp tác xã) or the household business's registration number (số đăng ký hộ kinh
     * doanh). See {@link ProducerIdentifiers} for what is checked per type.
     */
    @Column(name = "registration_code", nullable = false)
    public String registrationCode;

    /** Tax code (mã số thuế): 10 digits, or 10 + "-" + 3 for a branch; unique when present. */
    @Column(name = "tax_code")
    public String taxCode;

    /** Citizen id (số định danh cá nhân / CCCD, 12 digits) of a household business's owner; personal data. */
    @Column(name = "citizen_id")
    public String citizenId;

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
