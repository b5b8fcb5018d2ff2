package vn.ocop.api.area;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Queries over {@link Area} records. */
@ApplicationScoped
public class AreaRepository implements PanacheRepository<Area> {

    /** Placeholder path of a unit whose id is not known yet (see {@link #fillPendingPaths()}). */
    static final String PENDING_PATH = "-";

    private static final int IN_LIST_CHUNK = 1000;
    private static final int WHOLE_TABLE_ABOVE = 500;

    /** The path of the unit with this id (one column, no entity load), empty when there is none. */
    public Optional<String> pathOf(long id) {
        return getEntityManager().createQuery("select a.path from Area a where a.id = :id", String.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    /** The unit with this official code in force on {@code date}, if any. */
    public Optional<Area> findValidByCode(String code, LocalDate date) {
        return find("code = ?1 and validFrom <= ?2 and (validTo is null or validTo > ?2) order by validFrom desc",
                code, date).firstResultOptional();
    }

    /** Every stored unit (all validity periods) having one of these codes: one query per 1,000 codes, or one scan. */
    public List<Area> listByCodes(Collection<String> codes) {
        if (codes.size() > WHOLE_TABLE_ABOVE) {
            // A national list touches most units: one scan beats long IN lists (slow on H2).
            java.util.Set<String> wanted = new java.util.HashSet<>(codes);
            return listAll().stream().filter(area -> wanted.contains(area.code)).toList();
        }
        List<String> all = new ArrayList<>(codes);
        List<Area> result = new ArrayList<>();
        for (int from = 0; from < all.size(); from += IN_LIST_CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + IN_LIST_CHUNK));
            result.addAll(list("code in ?1", chunk));
        }
        return result;
    }

    public boolean existsByCodeAndValidFrom(String code, LocalDate validFrom) {
        return count("code = ?1 and validFrom = ?2", code, validFrom) > 0;
    }

    /**
     * Replaces {@link #PENDING_PATH} by the real path ("/province id/…/own id/") of units written in this
     * transaction, provinces first, then each level below; a few set-based statements whatever the number of
     * units. Returns the number of rows given a path.
     */
    public int fillPendingPaths() {
        flush();
        var em = getEntityManager();
        int total = em.createNativeQuery("update area set path = '/' || cast(id as varchar(20)) || '/'"
                + " where path = '-' and parent_id is null").executeUpdate();
        for (int depth = 0; depth < AreaLevel.values().length; depth++) {
            int updated = em.createNativeQuery("update area set path ="
                    + " (select p.path from area p where p.id = area.parent_id) || cast(id as varchar(20)) || '/'"
                    + " where path = '-' and exists"
                    + " (select 1 from area p where p.id = area.parent_id and p.path <> '-')")
                    .executeUpdate();
            total += updated;
            if (updated == 0) {
                break;
            }
        }
        return total;
    }

    /**
     * The province and commune codes of each area path ("/3/412/"): one query over every unit named in the paths.
     * Paths naming no province or commune get nulls in their place.
     */
    public java.util.Map<String, OfficialCodes> officialCodes(Collection<String> paths) {
        java.util.Set<Long> ids = new java.util.HashSet<>();
        for (String path : paths) {
            for (String part : path.split("/")) {
                if (!part.isEmpty()) {
                    ids.add(Long.valueOf(part));
                }
            }
        }
        java.util.Map<Long, Object[]> units = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            for (Object[] row : getEntityManager().createQuery(
                    "select a.id, a.level, a.code from Area a where a.id in :ids", Object[].class)
                    .setParameter("ids", ids).getResultList()) {
                units.put((Long) row[0], row);
            }
        }
        java.util.Map<String, OfficialCodes> codes = new java.util.HashMap<>();
        for (String path : paths) {
            String province = null;
            String commune = null;
            for (String part : path.split("/")) {
                Object[] unit = part.isEmpty() ? null : units.get(Long.valueOf(part));
                if (unit != null && unit[1] == AreaLevel.PROVINCE) {
                    province = (String) unit[2];
                } else if (unit != null && unit[1] == AreaLevel.COMMUNE) {
                    commune = (String) unit[2];
                }
            }
            codes.put(path, new OfficialCodes(province, commune));
        }
        return codes;
    }

    /** Every unit, as the timeline reads it (one query). */
    public List<AreaTimeline.Unit> timelineUnits() {
        List<AreaTimeline.Unit> units = new ArrayList<>();
        for (Object[] r : getEntityManager().createQuery("select a.id, a.code, a.name, a.level, a.parentId, a.path,"
                + " a.validFrom, a.validTo from Area a", Object[].class).getResultList()) {
            units.add(new AreaTimeline.Unit((Long) r[0], (String) r[1], (String) r[2], (AreaLevel) r[3], (Long) r[4],
                    (String) r[5], (LocalDate) r[6], (LocalDate) r[7]));
        }
        return units;
    }

    /** Every recorded succession as {predecessor id, successor id} (table area_succession). */
    public List<long[]> successions() {
        List<long[]> pairs = new ArrayList<>();
        for (Object row : getEntityManager().createNativeQuery(
                "select predecessor_id, successor_id from area_succession").getResultList()) {
            Object[] r = (Object[]) row;
            pairs.add(new long[] {((Number) r[0]).longValue(), ((Number) r[1]).longValue()});
        }
        return pairs;
    }
}
