package vn.ocop.api.product;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** The register of issued product codes (sổ cấp mã). */
@ApplicationScoped
public class ProductCodeIssueRepository implements PanacheRepository<ProductCodeIssue> {

    /** The highest sequence ever issued in a commune for a year with a code of the 2025 form; 0 when none. */
    public int highestSequence(String provinceCode, String communeCode, int year) {
        Integer highest = getEntityManager().createQuery("select max(i.sequence) from ProductCodeIssue i"
                + " where i.provinceCode = ?1 and i.districtCode = '' and i.communeCode = ?2 and i.year = ?3",
                Integer.class)
                .setParameter(1, provinceCode).setParameter(2, communeCode).setParameter(3, year)
                .getSingleResult();
        return highest == null ? 0 : highest;
    }

    /** The issue holding the same sequence as {@code code} (same units and year), whatever its text. */
    public Optional<ProductCodeIssue> sameSequence(ProductCode code) {
        return find("provinceCode = ?1 and districtCode = ?2 and communeCode = ?3 and year = ?4 and sequence = ?5",
                code.provinceCode(), code.hasDistrict() ? code.districtCode() : "", code.communeCode(), code.year(),
                code.sequence()).firstResultOptional();
    }

    /** The issue of the code a product holds now (not withdrawn). */
    public Optional<ProductCodeIssue> current(long productId, String code) {
        return find("productId = ?1 and code = ?2 and withdrawnAt is null", productId, code).firstResultOptional();
    }
}
