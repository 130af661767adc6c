package id.suara.institution;

import id.suara.shared.NotFoundException;
import id.suara.shared.ReadMostlyCache;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * All institutions and their units. The institutions (a few dozen rows, read by every portal page and every submission)
 * are kept in memory as a {@link ReadMostlyCache} (ADR 0019).
 */
@Repository
public class Institutions {

    private record Directory(List<Institution> all, Map<UUID, Institution> byId, Map<String, Institution> byCode) {}

    private final JdbcClient jdbc;
    private final ReadMostlyCache<Boolean, Directory> directory = new ReadMostlyCache<>();

    Institutions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Institution> all() {
        return directory().all();
    }

    public Optional<Institution> findById(UUID id) {
        return Optional.ofNullable(directory().byId().get(id));
    }

    public Optional<Institution> findByCode(String code) {
        return Optional.ofNullable(directory().byCode().get(code));
    }

    private Directory directory() {
        return directory.get(Boolean.TRUE, key -> load());
    }

    private Directory load() {
        var all = jdbc.sql("select * from institution order by name")
                .query(Institutions::institution)
                .list();
        var byId = new HashMap<UUID, Institution>();
        var byCode = new HashMap<String, Institution>();
        all.forEach(i -> {
            byId.put(i.id(), i);
            byCode.put(i.code(), i);
        });
        return new Directory(List.copyOf(all), Map.copyOf(byId), Map.copyOf(byCode));
    }

    /** The institution, or a 404 naming it. */
    public Institution get(UUID id) {
        return findById(id).orElseThrow(() -> new NotFoundException("Institution " + id + " not found"));
    }

    /** Adds an institution; its registration pattern must follow {@link RegistrationPatterns}. */
    @Transactional
    public Institution add(String code, String name, InstitutionKind kind, ZoneId zone, String registrationPattern) {
        RegistrationPatterns.validate(registrationPattern);
        var institution = new Institution(UUID.randomUUID(), code, name, kind, zone, registrationPattern);
        jdbc.sql("""
                insert into institution (id, code, name, kind, time_zone, registration_pattern)
                values (?, ?, ?, ?, ?, ?)""")
                .params(institution.id(), code, name, kind.name(), zone.getId(), registrationPattern)
                .update();
        directory.changed();
        return institution;
    }

    @Transactional
    public Unit addUnit(UUID institutionId, String code, String name, UnitType type) {
        var unit = new Unit(UUID.randomUUID(), institutionId, code, name, type);
        jdbc.sql("insert into unit (id, institution_id, code, name, type) values (?, ?, ?, ?, ?)")
                .params(unit.id(), institutionId, code, name, type.name())
                .update();
        return unit;
    }

    /** Gives an institution a new name; its code, which addresses and numbers use, stays. */
    @Transactional
    public Institution rename(UUID institutionId, String name) {
        jdbc.sql("update institution set name = ? where id = ?")
                .params(name, institutionId)
                .update();
        directory.changed();
        return get(institutionId);
    }

    /** Gives a unit a new name; its code stays. */
    @Transactional
    public Unit renameUnit(UUID unitId, String name) {
        jdbc.sql("update unit set name = ? where id = ?").params(name, unitId).update();
        return findUnit(unitId).orElseThrow(() -> new NotFoundException("Unit " + unitId + " not found"));
    }

    public List<Unit> units(UUID institutionId) {
        return jdbc.sql("select * from unit where institution_id = ? order by type, code")
                .param(institutionId)
                .query(Institutions::unit)
                .list();
    }

    public Optional<Unit> findUnit(UUID unitId) {
        return jdbc.sql("select * from unit where id = ?")
                .param(unitId)
                .query(Institutions::unit)
                .optional();
    }

    public Optional<Unit> findUnit(UUID institutionId, String code) {
        return jdbc.sql("select * from unit where institution_id = ? and code = ?")
                .params(institutionId, code)
                .query(Institutions::unit)
                .optional();
    }

    private static Institution institution(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Institution(
                rs.getObject("id", UUID.class),
                rs.getString("code"),
                rs.getString("name"),
                InstitutionKind.valueOf(rs.getString("kind")),
                ZoneId.of(rs.getString("time_zone")),
                rs.getString("registration_pattern"));
    }

    private static Unit unit(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Unit(
                rs.getObject("id", UUID.class),
                rs.getObject("institution_id", UUID.class),
                rs.getString("code"),
                rs.getString("name"),
                UnitType.valueOf(rs.getString("type")));
    }
}
