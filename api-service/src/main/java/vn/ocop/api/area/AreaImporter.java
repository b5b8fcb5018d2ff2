package vn.ocop.api.area;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jboss.logging.Logger;
import vn.ocop.api.audit.AuditLog;
import vn.ocop.api.common.json.StrictDates;
import vn.ocop.api.common.persistence.VietnameseText;
import vn.ocop.api.common.problem.ApiException;
import vn.ocop.api.common.problem.FieldError;
import vn.ocop.api.common.problem.ProblemType;
import vn.ocop.api.common.time.Today;
import vn.ocop.scoring.catalogue.Catalogue;

/**
 * Import of an official list of administrative units (danh mục đơn vị hành chính), CSV or JSON.
 *
 * <p>A unit is identified by code + valid_from; rows without valid_from take the import's default date. Re-importing
 * the same list changes nothing; a changed name, full name, English name or end date updates the unit; a unit
 * never changes level or parent (a moved unit is a new unit with its own valid_from). Every row is checked before
 * anything is written, and one bad row refuses the whole import (400 naming each row and field).
 *
 * <p>Every unit created or changed leaves an audit entry ("area.import"); a unit left unchanged, none.
 *
 * <p>Cost: one query per 1,000 codes loads the stored units of the file's codes and parent codes; parents are
 * resolved in memory; paths are filled by a few set-based updates.
 */
@ApplicationScoped
public class AreaImporter {

    private static final Logger LOG = Logger.getLogger(AreaImporter.class);
    private static final int MAX_REPORTED_ERRORS = 100;
    private static final int BATCH_SIZE = 500;
    private static final String AUDIT_ACTION = "area.import";

    private final AreaRepository areas;
    private final Today today;
    private final AuditLog audit;
    private final Catalogue catalogue;

    public AreaImporter(AreaRepository areas, AuditLog audit, Today today, Catalogue catalogue) {
        this.catalogue = catalogue;
        this.today = today;
        this.areas = areas;
        this.audit = audit;
    }

    /**
     * The default valid_from of imported units: the first day of the official list of the 2025 reorganisation, the
     * day district-level units ended (the engine's {@link Catalogue#districtsAbolishedOn()}).
     */
    public LocalDate reformDay() {
        return catalogue.districtsAbolishedOn();
    }

    /** A row of the file: where it is (for messages) and its values. */
    record SourceRow(String location, AreaImportRow row) {
    }

    /** A row whose values are valid on their own. */
    private static final class Unit {
        final String location;
        final String code;
        final String name;
        final String fullName;
        String nameEn;
        final AreaLevel level;
        final String parentCode;
        final LocalDate validFrom;
        final LocalDate validTo;
        Unit parentInFile;
        Area parentStored;
        Area stored;

        Unit(String location, String code, String name, String fullName, String nameEn, AreaLevel level,
                String parentCode, LocalDate validFrom, LocalDate validTo) {
            this.location = location;
            this.code = code;
            this.name = name;
            this.fullName = fullName;
            this.nameEn = nameEn;
            this.level = level;
            this.parentCode = parentCode;
            this.validFrom = validFrom;
            this.validTo = validTo;
        }

        boolean validOn(LocalDate date) {
            return !date.isBefore(validFrom) && (validTo == null || date.isBefore(validTo));
        }
    }

    /**
     * valid_from of the units of the legacy list (in force until 30 Jun 2025) when a row has none: 8 Jul 2004, the
     * date of Decision 124/2004/QĐ-TTg that introduced the GSO code list (the convention of migration V2).
     */
    public static final LocalDate LEGACY_VALID_FROM = LocalDate.of(2004, 7, 8);

    /** The rows of a CSV or XLSX file (header: the columns of {@link AreaCsv}). */
    public static List<SourceRow> fromCsv(byte[] file) {
        return AreaCsv.read(file).stream()
                .map(line -> new SourceRow("lines[" + line.number() + "]", line.row()))
                .toList();
    }

    /**
     * The rows of a legacy list as the statistics office publishes it ({@code admin-units-legacy.csv}): its
     * {@code valid_to} is the last day in force (2025-06-30), stored as the first day the unit no longer exists
     * (2025-07-01), like every unit's valid_to.
     */
    public static List<SourceRow> fromLegacyCsv(byte[] file) {
        return AreaCsv.read(file).stream().map(line -> {
            AreaImportRow r = line.row();
            String validTo = r.validTo();
            try {
                validTo = validTo == null ? null : LocalDate.parse(validTo.strip()).plusDays(1).toString();
            } catch (DateTimeParseException e) {
                // reported with the row's other errors
            }
            return new SourceRow("lines[" + line.number() + "]", new AreaImportRow(r.code(), r.name(), r.fullName(),
                    r.nameEn(), r.level(), r.parentCode(), r.validFrom(), validTo));
        }).toList();
    }

    public static List<SourceRow> fromJson(List<AreaImportRow> rows) {
        if (rows == null || rows.isEmpty()) {
            throw ApiException.invalidField("file", "reason.import-empty");
        }
        List<SourceRow> result = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            AreaImportRow row = rows.get(i);
            result.add(new SourceRow("[" + i + "]", row == null
                    ? new AreaImportRow(null, null, null, null, null, null, null, null) : row));
        }
        return result;
    }

    @Transactional
    public AreaImportResult importRows(List<SourceRow> rows, LocalDate defaultValidFrom) {
        return importRows(rows, defaultValidFrom, false);
    }

    /**
     * @param keepNameEn a row without an English name keeps the stored one (the legacy list has no name_en column)
     */
    @Transactional
    public AreaImportResult importRows(List<SourceRow> rows, LocalDate defaultValidFrom, boolean keepNameEn) {
        long started = System.nanoTime();
        List<FieldError> errors = new ArrayList<>();
        List<Unit> units = new ArrayList<>(rows.size());
        Set<String> unreadableCodes = new HashSet<>();
        for (SourceRow source : rows) {
            Unit unit = parse(source, defaultValidFrom, errors);
            if (unit != null) {
                units.add(unit);
            } else if (trim(source.row().code()) != null) {
                unreadableCodes.add(trim(source.row().code()));
            }
        }
        long parsed = System.nanoTime();
        resolve(units, unreadableCodes, errors);
        fail(errors);
        long resolved = System.nanoTime();
        if (keepNameEn) {
            for (Unit unit : units) {
                if (unit.nameEn == null && unit.stored != null) {
                    unit.nameEn = unit.stored.nameEn;
                }
            }
        }
        AreaImportResult result = write(units);
        LOG.infof("Area import of %d rows: %s; checks %d ms, stored units and parents %d ms, writes %d ms",
                rows.size(), result, (parsed - started) / 1_000_000, (resolved - parsed) / 1_000_000,
                (System.nanoTime() - resolved) / 1_000_000);
        return result;
    }

    private static Unit parse(SourceRow source, LocalDate defaultValidFrom, List<FieldError> errors) {
        AreaImportRow row = source.row();
        String at = source.location() + ".";
        int before = errors.size();
        String code = trim(row.code());
        if (code == null) {
            errors.add(new FieldError(at + "code", "reason.required"));
        } else if (code.length() > 10 || !code.matches(AreaRequest.CODE_PATTERN)) {
            errors.add(new FieldError(at + "code", "reason.area-code-format"));
        }
        String name = trim(row.name());
        if (name == null) {
            errors.add(new FieldError(at + "name", "reason.required"));
        } else if (name.length() > 200) {
            errors.add(new FieldError(at + "name", "reason.too-long"));
        }
        String fullName = trim(row.fullName());
        if (fullName != null && fullName.length() > 255) {
            errors.add(new FieldError(at + "full_name", "reason.too-long"));
        }
        String nameEn = trim(row.nameEn());
        if (nameEn != null && nameEn.length() > 200) {
            errors.add(new FieldError(at + "name_en", "reason.too-long"));
        }
        AreaLevel level = null;
        String levelText = trim(row.level());
        if (levelText == null) {
            errors.add(new FieldError(at + "level", "reason.required"));
        } else {
            try {
                level = AreaLevel.valueOf(levelText.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(at + "level", "reason.area-level"));
            }
        }
        String parentCode = trim(row.parentCode());
        if (level == AreaLevel.PROVINCE && parentCode != null) {
            errors.add(new FieldError(at + "parent_code", "reason.area-province-parent"));
        } else if (level != null && level != AreaLevel.PROVINCE && parentCode == null) {
            errors.add(new FieldError(at + "parent_code", "reason.required"));
        }
        LocalDate validFrom = date(row.validFrom(), at + "valid_from", errors);
        if (validFrom == null && trim(row.validFrom()) == null) {
            validFrom = defaultValidFrom;
        }
        LocalDate validTo = date(row.validTo(), at + "valid_to", errors);
        if (validFrom != null && validTo != null && !validTo.isAfter(validFrom)) {
            errors.add(new FieldError(at + "valid_to", "reason.area-valid-to"));
        }
        if (errors.size() > before) {
            return null;
        }
        return new Unit(source.location(), code, name, fullName, nameEn, level, parentCode, validFrom, validTo);
    }

    /** Finds each unit's stored twin and its parent (in the file or stored), and checks the hierarchy. */
    private void resolve(List<Unit> units, Set<String> unreadableCodes, List<FieldError> errors) {
        Map<String, List<Unit>> fileByCode = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (Unit unit : units) {
            if (!seen.add(unit.code + "|" + unit.validFrom)) {
                errors.add(new FieldError(unit.location + ".code", "reason.import-duplicate"));
            }
            fileByCode.computeIfAbsent(unit.code, c -> new ArrayList<>()).add(unit);
        }
        Set<String> codes = new HashSet<>(fileByCode.keySet());
        for (Unit unit : units) {
            if (unit.parentCode != null) {
                codes.add(unit.parentCode);
            }
        }
        Map<String, List<Area>> storedByCode = new HashMap<>();
        for (Area area : areas.listByCodes(codes)) {
            storedByCode.computeIfAbsent(area.code, c -> new ArrayList<>()).add(area);
        }
        for (Unit unit : units) {
            for (Area area : storedByCode.getOrDefault(unit.code, List.of())) {
                if (area.validFrom.equals(unit.validFrom)) {
                    unit.stored = area;
                }
            }
            if (unit.stored != null && unit.stored.level != unit.level) {
                errors.add(new FieldError(unit.location + ".level", "reason.area-level-changed"));
                continue;
            }
            if (unit.parentCode == null) {
                if (unit.stored != null && unit.stored.parentId != null) {
                    errors.add(new FieldError(unit.location + ".parent_code", "reason.area-parent-changed"));
                }
                continue;
            }
            AreaLevel parentLevel = null;
            Long parentId = null;
            for (Unit candidate : fileByCode.getOrDefault(unit.parentCode, List.of())) {
                if (candidate.validOn(unit.validFrom)) {
                    unit.parentInFile = candidate;
                    parentLevel = candidate.level;
                    parentId = candidate.stored == null ? null : candidate.stored.id;
                }
            }
            if (unit.parentInFile == null) {
                for (Area candidate : storedByCode.getOrDefault(unit.parentCode, List.of())) {
                    if (candidate.validOn(unit.validFrom)) {
                        unit.parentStored = candidate;
                        parentLevel = candidate.level;
                        parentId = candidate.id;
                    }
                }
            }
            if (parentLevel == null && unreadableCodes.contains(unit.parentCode)) {
                continue; // the parent's own row is already reported
            } else if (parentLevel == null) {
                errors.add(new FieldError(unit.location + ".parent_code", "reason.area-parent-unknown"));
            } else if (parentLevel.ordinal() >= unit.level.ordinal()) {
                errors.add(new FieldError(unit.location + ".parent_code", "reason.area-parent-level"));
            } else if (unit.stored != null && !Objects.equals(unit.stored.parentId, parentId)) {
                errors.add(new FieldError(unit.location + ".parent_code", "reason.area-parent-changed"));
            }
        }
    }

    private AreaImportResult write(List<Unit> units) {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        List<Unit> fresh = new ArrayList<>();
        List<Map.Entry<Area, AreaResponse>> changed = new ArrayList<>();
        for (Unit unit : units) {
            Area area = unit.stored;
            if (area == null) {
                fresh.add(unit);
            } else if (Objects.equals(area.name, unit.name) && Objects.equals(area.fullName, unit.fullName)
                    && Objects.equals(area.nameEn, unit.nameEn) && Objects.equals(area.validTo, unit.validTo)) {
                unchanged++;
            } else {
                changed.add(Map.entry(area, AreaResponse.of(area)));
                area.name = unit.name;
                area.fullName = unit.fullName;
                area.nameEn = unit.nameEn;
                area.validTo = unit.validTo;
                area.searchKey = AreaService.searchKeyOf(unit.name, unit.fullName);
                updated++;
            }
        }
        areas.flush();
        for (Map.Entry<Area, AreaResponse> change : changed) {
            Area area = change.getKey();
            audit.record(AUDIT_ACTION, AreaService.AUDIT_TYPE, area.id, null, null, change.getValue(),
                    AreaResponse.of(area));
        }
        created = insert(fresh);
        if (created > 0) {
            areas.fillPendingPaths();
            areas.getEntityManager().clear();
            for (Area area : stored(fresh)) {
                audit.record(AUDIT_ACTION, AreaService.AUDIT_TYPE, area.id, null, null, null, AreaResponse.of(area));
            }
        }
        return AreaImportResult.of(created, updated, unchanged);
    }

    /** The stored units of these rows, once inserted (found by code and valid_from). */
    private List<Area> stored(List<Unit> units) {
        Set<String> keys = new HashSet<>();
        for (Unit unit : units) {
            keys.add(unit.code + "@" + unit.validFrom);
        }
        return areas.listByCodes(units.stream().map(u -> u.code).collect(java.util.stream.Collectors.toSet()))
                .stream().filter(area -> keys.contains(area.code + "@" + area.validFrom)).toList();
    }

    private static final String INSERT = "insert into area (code, name, full_name, name_en, level, parent_id, path,"
            + " valid_from, valid_to, search_key, version, created_at, updated_at) values (?, ?, ?, ?, ?,"
            + " (select p.id from area p where p.code = ? and p.valid_from = ?), ?, ?, ?, ?, 0, ?, ?)";

    /**
     * Inserts new units with JDBC batches, parents before children, one level at a time; each unit finds its
     * parent by (code, valid_from), so no generated id has to travel back. Paths are filled afterwards.
     */
    private int insert(List<Unit> fresh) {
        if (fresh.isEmpty()) {
            return 0;
        }
        fresh.sort(Comparator.comparing((Unit u) -> u.level.ordinal()));
        java.sql.Timestamp now = java.sql.Timestamp.from(today.now());
        areas.getEntityManager().unwrap(org.hibernate.Session.class).doWork(connection -> {
            try (java.sql.PreparedStatement insert = connection.prepareStatement(INSERT)) {
                AreaLevel level = fresh.get(0).level;
                int pending = 0;
                for (Unit unit : fresh) {
                    if (unit.level != level && pending > 0) {
                        insert.executeBatch(); // a level's parents exist before its children are inserted
                        pending = 0;
                    }
                    level = unit.level;
                    String parentCode = unit.parentInFile != null ? unit.parentInFile.code
                            : unit.parentStored != null ? unit.parentStored.code : null;
                    LocalDate parentValidFrom = unit.parentInFile != null ? unit.parentInFile.validFrom
                            : unit.parentStored != null ? unit.parentStored.validFrom : null;
                    insert.setString(1, unit.code);
                    insert.setString(2, unit.name);
                    insert.setString(3, unit.fullName);
                    insert.setString(4, unit.nameEn);
                    insert.setString(5, unit.level.name());
                    insert.setString(6, parentCode);
                    insert.setObject(7, parentValidFrom);
                    insert.setString(8, AreaRepository.PENDING_PATH);
                    insert.setObject(9, unit.validFrom);
                    insert.setObject(10, unit.validTo);
                    insert.setString(11, AreaService.searchKeyOf(unit.name, unit.fullName));
                    insert.setTimestamp(12, now);
                    insert.setTimestamp(13, now);
                    insert.addBatch();
                    if (++pending == BATCH_SIZE) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    insert.executeBatch();
                }
            }
        });
        return fresh.size();
    }

    private static void fail(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparingInt(AreaImporter::rowNumber));
            throw new ApiException(ProblemType.VALIDATION, "detail.invalid-fields",
                    errors.size() > MAX_REPORTED_ERRORS ? errors.subList(0, MAX_REPORTED_ERRORS) : errors);
        }
    }

    /** Line or index of an error's row ("lines[12].name" → 12), for messages in file order. */
    private static int rowNumber(FieldError error) {
        String field = error.field();
        int open = field.indexOf('[');
        int close = field.indexOf(']');
        if (open < 0 || close < open) {
            return -1;
        }
        try {
            return Integer.parseInt(field.substring(open + 1, close));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static LocalDate date(String text, String field, List<FieldError> errors) {
        String value = trim(text);
        if (value == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value);
            if (!StrictDates.inRange(date.getYear())) {
                errors.add(new FieldError(field, "reason.date-year-range"));
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "reason.date-format"));
            return null;
        }
    }

    private static String trim(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
