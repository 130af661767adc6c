package id.suara.institution;

import id.suara.shared.NotFoundException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** All institutions and their units. */
@Repository
public class Institutions {

    private final JdbcClient jdbc;

    Institutions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Institution> all() {
        return jdbc.sql("select * from institution order by name")
                .query(Institutions::institution)
                .list();
    }

    public Optional<Institution> findById(UUID id) {
        return jdbc.sql("select * from institution where id = ?")
                .param(id)
                .query(Institutions::institution)
                .optional();
    }

    public Optional<Institution> findByCode(String code) {
        return jdbc.sql("select * from institution where code = ?")
                .param(code)
                .query(Institutions::institution)
                .optional();
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
