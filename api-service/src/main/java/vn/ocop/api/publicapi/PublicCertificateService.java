package vn.ocop.api.publicapi;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ocop.api.area.Area;
import vn.ocop.api.area.AreaLevel;
import vn.ocop.api.area.AreaRepository;
import vn.ocop.api.certificate.CertificateStandings;
import vn.ocop.api.certificate.RevocationGround;
import vn.ocop.api.common.cache.ReadCache;
import vn.ocop.api.common.time.Today;
import vn.ocop.api.security.AreaPaths;
import vn.ocop.scoring.lifecycle.CertificateStanding;

/**
 * Answers "is this certificate genuine and valid today?". Never cached on the server: a revocation, or any change
 * of a certificate, shows on the very next verification on every replica (issue 9, item 13). One indexed lookup;
 * guessing numbers is bounded by the public rate limit, and clients revalidate with the ETag ({@link PublicCaching}).
 */
@ApplicationScoped
public class PublicCertificateService {

    private final VerificationQuery query;
    private final AreaRepository areas;
    private final VerificationUrls urls;
    private final Today today;
    private final CertificateStandings standings;
    private final ReadCache reads;

    public PublicCertificateService(VerificationQuery query, AreaRepository areas, VerificationUrls urls,
            Today today, CertificateStandings standings, ReadCache reads) {
        this.reads = reads;
        this.today = today;
        this.standings = standings;
        this.query = query;
        this.areas = areas;
        this.urls = urls;
    }

    public Optional<CertificateVerification> verify(String number) {
        return check(number).map(VerifiedCertificate::answer);
    }

    /** The verification with the engine's standing it was made from, and the certificate's id. */
    public Optional<VerifiedCertificate> check(String number) {
        return query.find(number).map(this::toVerification);
    }

    private VerifiedCertificate toVerification(VerificationQuery.Row c) {
        Instant now = today.now();
        LocalDate day = today.date();
        CertificateStanding standing = standings.on(c.dates(), c.ruleSetId(), day);
        PathNames names = reads.get("public.path-names", c.areaPath() == null ? "" : c.areaPath(),
                () -> pathNames(c.areaPath()));
        CertificateVerification answer = new CertificateVerification(c.number(), standing.kind(), standing.inForce(),
                c.productName(), c.productCode(), c.productGroup(), c.stars(), c.producerName(),
                names.commune(), names.province(), c.decidingBody(),
                c.decisionNumber(), c.decisionDate(), c.dates().issuedOn(), c.dates().expiresOn(),
                standing instanceof CertificateStanding.InGrace grace ? grace.until() : null,
                standing instanceof CertificateStanding.Revoked revoked ? revoked.on() : null,
                standing instanceof CertificateStanding.Revoked ? ground(c.revocationGround()) : null,
                standing instanceof CertificateStanding.Superseded superseded ? superseded.on() : null,
                standing instanceof CertificateStanding.Superseded ? c.supersededByNumber() : null,
                day, urls.of(c.number()));
        return new VerifiedCertificate(c.id(), answer, standing, now);
    }

    /** The stored ground; a value recorded outside the list of grounds shows as OTHER. */
    private static RevocationGround ground(String stored) {
        if (stored == null) {
            return null;
        }
        try {
            return RevocationGround.valueOf(stored);
        } catch (IllegalArgumentException notAGround) {
            return RevocationGround.OTHER;
        }
    }

    /** The province's and the commune's names of an area path. */
    private record PathNames(String province, String commune) {
    }

    /**
     * The names of a path's province and commune. Kept in the read cache (until the next write, like every cached
     * read): the certificate itself is read on every verification, its area names need not be.
     */
    private PathNames pathNames(String areaPath) {
        Map<Long, Area> path = pathAreas(areaPath);
        Area province = path.get(AreaPaths.provinceId(areaPath));
        Area commune = path.values().stream().filter(a -> a.level == AreaLevel.COMMUNE).findFirst().orElse(null);
        return new PathNames(province == null ? null : province.name, commune == null ? null : commune.name);
    }

    /** The areas of a path ("/3/17/412/"), by id: one query for the province and the commune. */
    private Map<Long, Area> pathAreas(String areaPath) {
        List<Long> ids = new ArrayList<>();
        if (areaPath != null) {
            for (String segment : areaPath.split("/")) {
                if (!segment.isEmpty()) {
                    try {
                        ids.add(Long.parseLong(segment));
                    } catch (NumberFormatException ignored) {
                        // not an id: nothing to show for it
                    }
                }
            }
        }
        Map<Long, Area> found = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Area area : areas.list("id in ?1", ids)) {
                found.put(area.id, area);
            }
        }
        return found;
    }

    /** Province names by id, for lists. */
    java.util.Map<Long, String> provinceNames(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        for (Area area : areas.list("id in ?1", ids)) {
            names.put(area.id, area.name);
        }
        return names;
    }
}
