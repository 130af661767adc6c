package id.suara.sop;

import id.suara.intake.Channel;
import id.suara.intake.SubmissionKind;
import id.suara.shared.ConflictException;
import id.suara.shared.InvalidInputException;
import id.suara.shared.NotFoundException;
import id.suara.shared.ReadMostlyCache;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** The stored SOP versions of every institution. */
@Repository
public class SopVersions {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final SopPresets presets;
    /** Definitions never change once stored, so parsed ones are kept. */
    private final ConcurrentMap<UUID, SopDefinition> parsed = new ConcurrentHashMap<>();
    /**
     * The active versions of each institution, read by every registration: in memory, dropped at every activation made
     * here and at most {@link ReadMostlyCache#CACHED_FOR} old for one made by another Suara on the same database (ADR 0021).
     */
    private final ReadMostlyCache<UUID, List<SopVersion>> active = new ReadMostlyCache<>();

    private final Clock clock;

    SopVersions(JdbcClient jdbc, JsonMapper json, SopPresets presets, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.json = json;
        this.presets = presets;
    }

    /** Installs a shipped preset as the institution's active version 1 of that procedure, unless it already has one. */
    @Transactional
    public SopVersion installPreset(UUID institutionId, String presetCode) {
        var definition = presets.find(presetCode)
                .orElseThrow(() -> InvalidInputException.invalid("preset", "Unknown SOP preset " + presetCode));
        var existing = latest(institutionId, definition.code());
        if (existing.isPresent()) {
            return existing.get();
        }
        requireNoOverlap(definition, activeStored(institutionId));
        active.changed();
        return insert(institutionId, definition, 1, SopVersionStatus.ACTIVE, presetCode);
    }

    /** Stores a new draft version of a procedure after validating it. */
    @Transactional
    public SopVersion draft(UUID institutionId, SopDefinition definition) {
        SopDefinitionValidator.validate(definition);
        lockInstitution(institutionId);
        int next = jdbc.sql(
                        "select coalesce(max(version), 0) + 1 from sop_version where institution_id = ? and code = ?")
                .params(institutionId, definition.code())
                .query(Integer.class)
                .single();
        return insert(institutionId, definition, next, SopVersionStatus.DRAFT, null);
    }

    /** Makes a draft the version new cases use; the previously active version of the same procedure is retired. */
    @Transactional
    public SopVersion activate(UUID versionId) {
        lockInstitution(get(versionId).institutionId());
        // Read the status only under the lock: another administrator may have activated this draft meanwhile.
        var version = get(versionId);
        if (version.status() != SopVersionStatus.DRAFT) {
            throw new ConflictException("status", "Only a draft can be activated; this version is " + version.status());
        }
        var current = activeStored(version.institutionId());
        current.stream()
                .filter(v -> v.code().equals(version.code()) && v.version() > version.version())
                .findFirst()
                .ifPresent(newer -> {
                    throw new ConflictException(
                            "version",
                            "Version " + newer.version() + " of " + version.code()
                                    + " is already active; draft a new version instead of activating an older one");
                });
        requireNoOverlap(version.definition(), current);
        active.changed();
        jdbc.sql(
                        "update sop_version set status = 'RETIRED' where institution_id = ? and code = ? and status = 'ACTIVE'")
                .params(version.institutionId(), version.code())
                .update();
        jdbc.sql("update sop_version set status = 'ACTIVE', activated_at = ? where id = ?")
                .params(Timestamp.from(clock.instant()), versionId)
                .update();
        return get(versionId);
    }

    public SopVersion get(UUID id) {
        return find(id).orElseThrow(() -> new NotFoundException("SOP version " + id + " not found"));
    }

    /**
     * The definition of a version, from memory once read: a version's definition never changes (a change is a new
     * version), so a page that needs only the definition, such as the public tracking page, costs no query (ADR 0019).
     */
    public SopDefinition definition(UUID versionId) {
        var known = parsed.get(versionId);
        return known != null ? known : get(versionId).definition();
    }

    public Optional<SopVersion> find(UUID id) {
        return jdbc.sql("select * from sop_version where id = ?")
                .param(id)
                .query(this::map)
                .optional();
    }

    /** All versions of all procedures of an institution, newest first within each procedure. */
    public List<SopVersion> ofInstitution(UUID institutionId) {
        return jdbc.sql("select * from sop_version where institution_id = ? order by code, version desc")
                .param(institutionId)
                .query(this::map)
                .list();
    }

    /** The active procedure that handles submissions of this channel and kind. */
    public Optional<SopVersion> activeFor(UUID institutionId, Channel channel, SubmissionKind kind) {
        return active(institutionId).stream()
                .filter(v -> v.definition().handles(channel, kind))
                .findFirst();
    }

    /** The versions new cases of the institution use, one per procedure, by code. */
    public List<SopVersion> active(UUID institutionId) {
        return active.get(institutionId, this::activeStored);
    }

    private List<SopVersion> activeStored(UUID institutionId) {
        return List.copyOf(
                jdbc.sql("select * from sop_version where institution_id = ? and status = 'ACTIVE' order by code")
                        .param(institutionId)
                        .query(this::map)
                        .list());
    }

    /** Each channel and kind is handled by one active procedure, so a new case never has two to choose from. */
    private static void requireNoOverlap(SopDefinition definition, List<SopVersion> active) {
        for (var other : active) {
            if (other.code().equals(definition.code())) {
                continue;
            }
            for (var channel : definition.channels()) {
                for (var kind : definition.kinds()) {
                    if (other.definition().handles(channel, kind)) {
                        throw new ConflictException(
                                "channels",
                                "The active procedure " + other.code() + " already handles " + kind
                                        + " submissions through " + channel);
                    }
                }
            }
        }
    }

    private Optional<SopVersion> latest(UUID institutionId, String code) {
        return jdbc.sql("select * from sop_version where institution_id = ? and code = ? order by version desc limit 1")
                .params(institutionId, code)
                .query(this::map)
                .optional();
    }

    private void lockInstitution(UUID institutionId) {
        jdbc.sql("select id from institution where id = ? for update")
                .param(institutionId)
                .query(UUID.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("Institution " + institutionId + " not found"));
    }

    private SopVersion insert(
            UUID institutionId, SopDefinition definition, int version, SopVersionStatus status, String preset) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into sop_version (id, institution_id, code, version, status, definition, preset, activated_at,
                    created_at)
                values (?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?)""")
                .params(
                        id,
                        institutionId,
                        definition.code(),
                        version,
                        status.name(),
                        json.writeValueAsString(definition),
                        preset,
                        status == SopVersionStatus.ACTIVE ? Timestamp.from(clock.instant()) : null,
                        Timestamp.from(clock.instant()))
                .update();
        return get(id);
    }

    private SopVersion map(ResultSet rs, int row) throws SQLException {
        var id = rs.getObject("id", UUID.class);
        var definitionJson = rs.getString("definition");
        var definition = parsed.computeIfAbsent(id, key -> json.readValue(definitionJson, SopDefinition.class));
        var activated = rs.getTimestamp("activated_at");
        return new SopVersion(
                id,
                rs.getObject("institution_id", UUID.class),
                rs.getString("code"),
                rs.getInt("version"),
                SopVersionStatus.valueOf(rs.getString("status")),
                definition,
                rs.getString("preset"),
                rs.getTimestamp("created_at").toInstant(),
                activated == null ? null : activated.toInstant());
    }
}
