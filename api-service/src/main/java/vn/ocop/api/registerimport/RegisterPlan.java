package vn.ocop.api.registerimport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.ocop.api.area.AreaTimeline;
import vn.ocop.api.product.ProductCode;
import vn.ocop.scoring.lifecycle.EvaluationType;

/** What a checked register file will write: new producers, new products, new certificates, and what it matched. */
final class RegisterPlan {

    /** A producer of the file: a stored one (id set) or a new one. */
    static final class ProducerRef {
        Long id;
        int row;
        String code;
        String taxCode;
        String name;
        String type;
        String representative;
        boolean woman;
        boolean ethnicMinority;
        String address;
        AreaTimeline.Unit area;
        String areaPath;

        /** Matched to a record already in the database (set by the checker; a new record keeps false once written). */
        boolean stored;

        boolean fresh() {
            return !stored;
        }
    }

    /** A product of the file: a stored one (id set) or a new one. */
    static final class ProductRef {
        Long id;
        int row;
        ProducerRef producer;
        String name;
        String productSetCode;
        String description;
        String group;
        String productCode;
        ProductCode parsedCode;
        AreaTimeline.Unit area;
        String areaPath;
        /** The stored current certificate of a stored product, if any. */
        Long storedCurrentId;
        LocalDate storedCurrentIssuedOn;
        Integer storedCurrentStars;
        final List<CertificateRow> certificates = new ArrayList<>();
        CertificateRow newest;

        /** Matched to a record already in the database (set by the checker; a new record keeps false once written). */
        boolean stored;

        boolean fresh() {
            return !stored;
        }
    }

    /** A certificate row, with what its product's later certificates make of it. */
    static final class CertificateRow {
        Long id;
        int row;
        ProductRef product;
        String number;
        int stars;
        String ruleSetId;
        EvaluationType evaluationType;
        String decidingBody;
        String decisionNumber;
        LocalDate decisionDate;
        LocalDate issuedOn;
        LocalDate expiresOn;
        boolean revoked;
        boolean saidSuperseded;
        LocalDate revokedOn;
        String revocationGround;
        String revocationNote;
        Integer previousStars;
        CertificateRow supersededBy;
        LocalDate supersededOn;
        LocalDate inForceThrough;
    }

    final List<ProducerRef> producers = new ArrayList<>();
    final List<ProductRef> products = new ArrayList<>();
    /** {@link #products} as a set (identity), for the check of each row. */
    final java.util.Set<ProductRef> planned = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /** Tax codes of the file's new producers. */
    final java.util.Set<String> taxCodes = new java.util.HashSet<>();
    final List<CertificateRow> certificates = new ArrayList<>();
    int matchedProducers;
    int matchedProducts;
    int unchangedCertificates;
    int rows;

    List<ProducerRef> freshProducers() {
        return producers.stream().filter(ProducerRef::fresh).toList();
    }

    List<ProductRef> freshProducts() {
        return products.stream().filter(ProductRef::fresh).toList();
    }
}
