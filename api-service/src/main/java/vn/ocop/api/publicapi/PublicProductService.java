package vn.ocop.api.publicapi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.ocop.api.area.Area;
import vn.ocop.api.area.AreaLevel;
import vn.ocop.api.area.AreaRepository;
import vn.ocop.api.certificate.Certificate;
import vn.ocop.api.certificate.CertificateStandings;
import vn.ocop.api.common.cache.ReadCache;
import vn.ocop.api.common.persistence.VietnameseText;
import vn.ocop.api.common.time.Today;
import vn.ocop.api.common.web.PageResponse;
import vn.ocop.api.security.AreaPaths;
import vn.ocop.scoring.lifecycle.CertificateStanding;

/**
 * The public list of certified products: products with a certificate valid today. Answers are kept in the
 * {@link ReadCache} (keyed by the data version and today's date), so any committed write, on any replica, is seen by
 * the next list (issue 9, item 13).
 */
@ApplicationScoped
public class PublicProductService {

    private final EntityManager em;
    private final AreaRepository areas;
    private final PublicCertificateService certificates;
    private final VerificationUrls urls;
    private final ReadCache reads;
    private final Today today;
    private final CertificateStandings standings;

    public PublicProductService(EntityManager em, AreaRepository areas, PublicCertificateService certificates,
            VerificationUrls urls, ReadCache reads, Today today, CertificateStandings standings) {
        this.standings = standings;
        this.today = today;
        this.reads = reads;
        this.em = em;
        this.areas = areas;
        this.certificates = certificates;
        this.urls = urls;
    }

    @Transactional
    public PageResponse<PublicProduct> list(String provinceCode, String group, Integer stars, int page, int size) {
        return list(null, provinceCode, group, stars, page, size);
    }

    /**
     * Certified products whose name contains {@code query} with diacritics and case ignored ("o mai mo" finds "Ô mai
     * mơ"; null or blank: every name).
     */
    @Transactional
    public PageResponse<PublicProduct> list(String query, String provinceCode, String group, Integer stars, int page,
            int size) {
        LocalDate day = today.date();
        String q = query == null || query.isBlank() ? null : query;
        return reads.get("public.products", new Query(q, provinceCode, group, stars, page, size, day),
                () -> load(q, provinceCode, group, stars, page, size, day));
    }

    /** A province to choose in the search: its official code and name. */
    public record Province(String code, String name) {
    }

    /** The provinces that exist today, by name (for the search page's choice). */
    @Transactional
    public List<Province> provinces() {
        LocalDate day = today.date();
        return reads.get("public.provinces", day, () -> areas.list("level = ?1", AreaLevel.PROVINCE).stream()
                .filter(area -> area.validOn(day))
                .sorted(java.util.Comparator.comparing((Area area) -> area.searchKey).thenComparing(area -> area.code))
                .map(area -> new Province(area.code, area.name)).toList());
    }

    private record Query(String query, String provinceCode, String group, Integer stars, int page, int size,
                         LocalDate today) {
    }

    private PageResponse<PublicProduct> load(String query, String provinceCode, String group, Integer stars, int page,
            int size, LocalDate today) {
        // In force today by the one standing rule (expiry, grace, revocation and supersession are in inForceThrough).
        StringBuilder where = new StringBuilder(CertificateStandings.IN_FORCE_ON);
        Map<String, Object> params = new HashMap<>();
        params.put("day", today);
        if (group != null) {
            where.append(" and c.productGroup = :group");
            params.put("group", group);
        }
        if (stars != null) {
            where.append(" and c.stars = :stars");
            params.put("stars", stars);
        }
        if (query != null) {
            where.append(" and c.product.searchKey like :q escape '\\'");
            params.put("q", VietnameseText.containsPattern(query));
        }
        if (provinceCode != null) {
            List<Area> provinces = areas.list("code = ?1 and level = ?2", provinceCode, AreaLevel.PROVINCE);
            if (provinces.isEmpty()) {
                return new PageResponse<>(List.of(), 0, page, size);
            }
            List<String> clauses = new ArrayList<>();
            for (int i = 0; i < provinces.size(); i++) {
                clauses.add("c.areaPath like :province" + i);
                params.put("province" + i, AreaPaths.normalise(provinces.get(i).path) + "%");
            }
            where.append(" and (").append(String.join(" or ", clauses)).append(')');
        }
        TypedQuery<Long> count = em.createQuery("select count(c) from Certificate c where " + where, Long.class);
        TypedQuery<Certificate> rows = em.createQuery("select c from Certificate c join fetch c.product p "
                + "join fetch p.producer where " + where + " order by c.stars desc, p.name, c.id", Certificate.class);
        params.forEach((name, value) -> {
            count.setParameter(name, value);
            rows.setParameter(name, value);
        });
        long total = count.getSingleResult();
        List<Certificate> found = rows.setFirstResult(page * size).setMaxResults(size).getResultList();
        Map<Long, String> provinceNames = certificates.provinceNames(found.stream()
                .map(c -> AreaPaths.provinceId(c.areaPath)).filter(Objects::nonNull).distinct().toList());
        List<PublicProduct> items = found.stream().map(c -> new PublicProduct(c.product.name, c.product.productCode,
                c.productGroup, c.stars, c.product.producer.name, provinceNames.get(AreaPaths.provinceId(c.areaPath)),
                c.number, standing(c, today).kind(), standing(c, today) instanceof CertificateStanding.InGrace grace
                        ? grace.until() : null, c.issuedOn, c.expiresOn, urls.of(c.number))).toList();
        return new PageResponse<>(items, total, page, size);
    }

    private CertificateStanding standing(Certificate c, LocalDate day) {
        return standings.on(c, day);
    }
}
