package vn.ocop.api.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.UUID;
import vn.ocop.api.area.Area;
import vn.ocop.api.area.AreaLevel;
import vn.ocop.api.area.AreaRepository;
import vn.ocop.api.certificate.Certificate;
import vn.ocop.api.certificate.CertificateRepository;
import vn.ocop.api.certificate.CertificateStatus;
import vn.ocop.api.common.persistence.VietnameseText;
import vn.ocop.api.producer.Producer;
import vn.ocop.api.producer.ProducerRepository;
import vn.ocop.api.producer.ProducerType;
import vn.ocop.api.product.Product;
import vn.ocop.api.product.ProductRepository;
import vn.ocop.api.product.ProductStage;
import vn.ocop.api.account.Account;
import vn.ocop.api.account.AccountRepository;
import vn.ocop.api.account.PasswordHasher;
import vn.ocop.scoring.lifecycle.EvaluationType;

/** Records for security and public API tests, each with unique codes (the database is shared). */
@ApplicationScoped
public class SecurityTestData {

    private final AreaRepository areas;
    private final ProducerRepository producers;
    private final ProductRepository products;
    private final CertificateRepository certificates;
    @jakarta.inject.Inject
    vn.ocop.api.certificate.CertificateStandings standings;
    private final AccountRepository accounts;
    private final PasswordHasher hasher;

    public SecurityTestData(AreaRepository areas, ProducerRepository producers, ProductRepository products,
            CertificateRepository certificates, AccountRepository accounts, PasswordHasher hasher) {
        this.areas = areas;
        this.producers = producers;
        this.products = products;
        this.certificates = certificates;
        this.accounts = accounts;
        this.hasher = hasher;
    }

    public static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    /** A unit under {@code parent} (null for a province); the code must be unique per valid-from date. */
    @Transactional
    public Area area(String code, String name, AreaLevel level, Area parent) {
        Area area = new Area();
        area.code = code;
        area.name = name;
        area.fullName = name;
        area.level = level;
        area.parent = parent == null ? null : areas.findById(parent.id);
        area.path = "/pending/";
        // A random start date keeps (code, valid_from) unique although tests reuse official-looking codes ("19" is
        // created by several test classes in one run): draw again when that date is already taken for the code.
        LocalDate validFrom;
        do {
            validFrom = LocalDate.of(1990, 1, 1)
                    .plusDays(java.util.concurrent.ThreadLocalRandom.current().nextInt(12_000));
        } while (areas.count("code = ?1 and validFrom = ?2", code, validFrom) > 0);
        area.validFrom = validFrom;
        area.searchKey = VietnameseText.fold(name);
        areas.persistAndFlush(area);
        area.path = (parent == null ? "/" : parent.path) + area.id + "/";
        return area;
    }

    @Transactional
    public Producer producer(String name, Area area) {
        Producer producer = new Producer();
        producer.name = name;
        producer.searchKey = VietnameseText.fold(name);
        producer.type = ProducerType.COOPERATIVE;
        producer.registrationCode = "MST-" + unique();
        producer.representativeName = "Nguyễn Thị Hạnh";
        producer.representativeWoman = true;
        producer.addressLine = "Thôn Đoàn Kết";
        producer.area = areas.findById(area.id);
        producer.areaPath = area.path;
        producer.phone = "0912345678";
        producer.email = "htx-" + unique() + "@example.vn";
        producers.persist(producer);
        return producer;
    }

    @Transactional
    public Product product(String name, Producer producer, String group) {
        Producer owner = producers.findById(producer.id);
        Product product = new Product();
        product.name = name;
        product.searchKey = VietnameseText.fold(name);
        product.producer = owner;
        product.productSetCode = group + "_SET";
        product.productGroup = group;
        product.stage = ProductStage.CERTIFIED;
        product.area = owner.area;
        product.areaPath = owner.areaPath;
        products.persist(product);
        return product;
    }

    @Transactional
    public Certificate certificate(Product product, int stars, LocalDate issuedOn, CertificateStatus status) {
        Product certified = products.findById(product.id);
        Certificate certificate = new Certificate();
        certificate.number = "OCOP-TEST-" + unique().toUpperCase();
        certificate.product = certified;
        certificate.stars = stars;
        certificate.ruleSetId = "QD-148-2023";
        certificate.evaluationType = EvaluationType.NEW;
        certificate.productGroup = certified.productGroup;
        certificate.areaPath = certified.areaPath;
        certificate.decidingBody = "UBND tỉnh Thái Nguyên";
        certificate.decisionNumber = unique() + "/QĐ-UBND";
        certificate.decisionDate = issuedOn;
        certificate.issuedOn = issuedOn;
        certificate.expiresOn = issuedOn.plusMonths(36).minusDays(1);
        certificate.status = status;
        if (status == CertificateStatus.REVOKED) {
            certificate.revokedOn = issuedOn.plusMonths(6);
            certificate.revocationGround = "QUALITY";
            certificate.revocationNote = "Vi phạm chất lượng";
        }
        if (status == CertificateStatus.SUPERSEDED) {
            certificate.supersededOn = issuedOn.plusMonths(12);
        }
        standings.refresh(certificate);
        certificates.persist(certificate);
        return certificate;
    }

    @Transactional
    public Account account(String username, String password, Role role, Area area, Producer producer,
            boolean enabled) {
        Account account = new Account();
        account.username = username;
        account.passwordHash = hasher.hash(password);
        account.role = role;
        account.displayName = "Tài khoản " + username;
        account.area = area == null ? null : areas.findById(area.id);
        account.producer = producer == null ? null : producers.findById(producer.id);
        account.enabled = enabled;
        accounts.persist(account);
        return account;
    }
}
