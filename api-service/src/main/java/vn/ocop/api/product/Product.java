package vn.ocop.api.product;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import vn.ocop.api.area.Area;
import vn.ocop.api.common.persistence.VersionedEntity;
import vn.ocop.api.producer.Producer;

/** A product (sản phẩm OCOP) of a producer, in one product set (bộ sản phẩm) of the criteria catalogue. */
@Entity
public class Product extends VersionedEntity {

    @Column(nullable = false)
    public String name;

    @Column(name = "search_key", nullable = false)
    public String searchKey;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "producer_id")
    public Producer producer;

    /** Product set code of the scoring catalogue, e.g. FOOD_TEA (bộ sản phẩm). */
    @Column(name = "product_set_code", nullable = false)
    public String productSetCode;

    /** Product group (nhóm sản phẩm) of the set: FOOD, DRINK, HERBAL, CRAFT, ORNAMENTAL, TOURISM. */
    @Column(name = "product_group", nullable = false)
    public String productGroup;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProductStage stage;

    /** Official product code (mã sản phẩm OCOP): province-commune-sequence-year. */
    @Column(name = "product_code")
    public String productCode;

    public String description;

    /** Where the product is made; the producer's area unless given. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "area_id")
    public Area area;

    @Column(name = "area_path", nullable = false)
    public String areaPath;

    /** Stars of the valid certificate, kept by the evaluation workflow; null when none. */
    @Column(name = "current_stars")
    public Integer currentStars;

    @Column(name = "current_certificate_id")
    public Long currentCertificateId;

    /** The current certificate's last day in force (kept by the certificate feature); the shown stage reads it. */
    @Column(name = "certified_through")
    public LocalDate certifiedThrough;
}
