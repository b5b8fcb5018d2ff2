package vn.ocop.api.area;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;
import vn.ocop.api.audit.AuditLog;
import vn.ocop.api.common.problem.ApiException;
import vn.ocop.api.common.problem.FieldError;
import vn.ocop.api.common.problem.ProblemType;
import vn.ocop.api.common.table.TableReader;
import vn.ocop.api.common.time.Today;
import vn.ocop.scoring.catalogue.Catalogue;

/**
 * Import of the old-to-new list of the 2025 reorganisation (bảng chuyển đổi đơn vị hành chính), as the shared data's
 * {@code admin-units-2025-mapping.csv}: {@code old_commune_code, old_district_code, old_province_code,
 * new_commune_code, new_province_code, divided}. Old codes are resolved on the last day before the reform (the
 * engine's {@link Catalogue#districtsAbolishedOn()} minus a day), new codes on its first day; both units must be
 * stored (import the legacy and the official lists first). A row without an old commune maps a district that had
 * none (the island districts). Province and district successions are derived from the commune rows. Idempotent:
 * pairs already recorded are left as they are. Every row is checked first; one bad row refuses the file.
 *
 * <p>Audit: one "area.succession" entry per predecessor that gained successors, in the log of that unit.
 */
@ApplicationScoped
public class AreaSuccessionImporter {

    private static final Logger LOG = Logger.getLogger(AreaSuccessionImporter.class);
    static final Set<String> REQUIRED = Set.of("old_commune_code", "old_district_code", "old_province_code",
            "new_commune_code", "new_province_code");
    static final Set<String> KNOWN = Set.of("old_commune_code", "old_district_code", "old_province_code",
            "new_commune_code", "new_province_code", "divided");
    private static final int MAX_REPORTED_ERRORS = 100;
    private static final String INSERT = "insert into area_succession (predecessor_id, successor_id, divided,"
            + " effective_on, created_at) values (?, ?, ?, ?, ?)";

    private final AreaRepository areas;
    private final AreaHistory history;
    private final AuditLog audit;
    private final Catalogue catalogue;
    private final Today today;

    public AreaSuccessionImporter(AreaRepository areas, AreaHistory history, AuditLog audit, Catalogue catalogue,
            Today today) {
        this.areas = areas;
        this.history = history;
        this.audit = audit;
        this.catalogue = catalogue;
        this.today = today;
    }

    /** What an import of the mapping did. */
    public record Result(int rows, int created, int unchanged) {
    }

    @Transactional
    public Result importCsv(byte[] file) {
        long started = System.nanoTime();
        TableReader.Table table = TableReader.read(file);
        Set<String> seen = new HashSet<>();
        for (String column : table.header()) {
            if (!KNOWN.contains(column) || !seen.add(column)) {
                throw ApiException.invalidField("header." + column, "reason.import-unknown-column");
            }
        }
        for (String column : REQUIRED) {
            if (!seen.contains(column)) {
                throw ApiException.invalidField("header." + column, "reason.import-missing-column");
            }
        }
        if (table.rows().isEmpty()) {
            throw ApiException.invalidField("file", "reason.import-empty");
        }
        LocalDate reform = catalogue.districtsAbolishedOn();
        LocalDate lastOldDay = reform.minusDays(1);
        AreaTimeline timeline = history.timeline();
        List<FieldError> errors = new ArrayList<>();
        // predecessor -> successors (ordered), from the rows and derived for districts and provinces
        Map<Long, Set<Long>> pairs = new LinkedHashMap<>();
        for (TableReader.Row row : table.rows()) {
            String at = "lines[" + row.number() + "].";
            if (table.misaligned(row)) {
                errors.add(new FieldError("lines[" + row.number() + "]", "reason.import-column-count"));
                continue;
            }
            String divided = row.get("divided");
            if (divided != null && !divided.equalsIgnoreCase("true") && !divided.equalsIgnoreCase("false")) {
                errors.add(new FieldError(at + "divided", "reason.boolean"));
            }
            AreaTimeline.Unit oldProvince = unit(timeline, row.get("old_province_code"), lastOldDay,
                    AreaLevel.PROVINCE, at + "old_province_code", errors);
            AreaTimeline.Unit oldDistrict = unit(timeline, row.get("old_district_code"), lastOldDay,
                    AreaLevel.DISTRICT, at + "old_district_code", errors);
            AreaTimeline.Unit oldCommune = row.get("old_commune_code") == null ? null : unit(timeline,
                    row.get("old_commune_code"), lastOldDay, AreaLevel.COMMUNE, at + "old_commune_code", errors);
            AreaTimeline.Unit newCommune = unit(timeline, row.get("new_commune_code"), reform, AreaLevel.COMMUNE,
                    at + "new_commune_code", errors);
            AreaTimeline.Unit newProvince = unit(timeline, row.get("new_province_code"), reform, AreaLevel.PROVINCE,
                    at + "new_province_code", errors);
            if (oldDistrict != null && oldProvince != null && !Long.valueOf(oldProvince.id()).equals(oldDistrict.parentId())) {
                errors.add(new FieldError(at + "old_district_code", "reason.area-history-parent"));
            }
            if (oldCommune != null && oldDistrict != null && !Long.valueOf(oldDistrict.id()).equals(oldCommune.parentId())) {
                errors.add(new FieldError(at + "old_commune_code", "reason.area-history-parent"));
            }
            if (newCommune != null && newProvince != null && !Long.valueOf(newProvince.id()).equals(newCommune.parentId())) {
                errors.add(new FieldError(at + "new_commune_code", "reason.area-history-parent"));
            }
            if (newCommune == null || oldDistrict == null || oldProvince == null || newProvince == null
                    || (row.get("old_commune_code") != null && oldCommune == null)) {
                continue;
            }
            if (oldCommune != null) {
                pairs.computeIfAbsent(oldCommune.id(), p -> new LinkedHashSet<>()).add(newCommune.id());
            }
            pairs.computeIfAbsent(oldDistrict.id(), p -> new LinkedHashSet<>()).add(newCommune.id());
            pairs.computeIfAbsent(oldProvince.id(), p -> new LinkedHashSet<>()).add(newProvince.id());
        }
        if (!errors.isEmpty()) {
            throw new ApiException(ProblemType.VALIDATION, "detail.invalid-fields",
                    errors.size() > MAX_REPORTED_ERRORS ? errors.subList(0, MAX_REPORTED_ERRORS) : errors);
        }
        Set<String> stored = new HashSet<>();
        for (long[] pair : areas.successions()) {
            stored.add(pair[0] + ">" + pair[1]);
        }
        List<long[]> fresh = new ArrayList<>();
        int unchanged = 0;
        Map<Long, List<String>> gained = new LinkedHashMap<>();
        for (Map.Entry<Long, Set<Long>> entry : pairs.entrySet()) {
            boolean dividedUnit = entry.getValue().size() > 1;
            for (long successor : entry.getValue()) {
                if (stored.contains(entry.getKey() + ">" + successor)) {
                    unchanged++;
                } else {
                    fresh.add(new long[] {entry.getKey(), successor, dividedUnit ? 1 : 0});
                    gained.computeIfAbsent(entry.getKey(), k -> new ArrayList<>())
                            .add(timeline.byId(successor).orElseThrow().code());
                }
            }
        }
        insert(fresh, reform);
        for (Map.Entry<Long, List<String>> entry : gained.entrySet()) {
            AreaTimeline.Unit unit = timeline.byId(entry.getKey()).orElseThrow();
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("code", unit.code());
            after.put("name", unit.name());
            after.put("effectiveOn", reform.toString());
            after.put("successorCodes", entry.getValue());
            audit.record("area.succession", AreaService.AUDIT_TYPE, unit.id(), null, unit.path(), null, after);
        }
        Result result = new Result(table.rows().size(), fresh.size(), unchanged);
        LOG.infof("Area succession import: %s in %d ms", result, (System.nanoTime() - started) / 1_000_000);
        return result;
    }

    private static AreaTimeline.Unit unit(AreaTimeline timeline, String code, LocalDate day, AreaLevel level,
            String field, List<FieldError> errors) {
        if (code == null) {
            errors.add(new FieldError(field, "reason.required"));
            return null;
        }
        var unit = timeline.resolve(code, day).filter(u -> u.level() == level);
        if (unit.isEmpty()) {
            errors.add(new FieldError(field, field.contains(".old_") ? "reason.area-history-unknown-old"
                    : "reason.area-history-unknown-new"));
            return null;
        }
        return unit.get();
    }

    private void insert(List<long[]> fresh, LocalDate reform) {
        if (fresh.isEmpty()) {
            return;
        }
        fresh.sort(Comparator.comparingLong((long[] p) -> p[0]));
        java.sql.Timestamp now = java.sql.Timestamp.from(today.now());
        areas.flush();
        areas.getEntityManager().unwrap(org.hibernate.Session.class).doWork(connection -> {
            try (java.sql.PreparedStatement insert = connection.prepareStatement(INSERT)) {
                int pending = 0;
                for (long[] pair : fresh) {
                    insert.setLong(1, pair[0]);
                    insert.setLong(2, pair[1]);
                    insert.setBoolean(3, pair[2] == 1);
                    insert.setObject(4, reform);
                    insert.setTimestamp(5, now);
                    insert.addBatch();
                    if (++pending == 500) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    insert.executeBatch();
                }
            }
        });
    }
}
