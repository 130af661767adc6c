package id.suara.casework;

import static id.suara.casework.CaseLookup.step;

import id.suara.institution.Institutions;
import id.suara.notification.CaseAtStep;
import id.suara.notification.StaffNotices;
import id.suara.sop.SopVersions;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily digest to staff who chose it (ADR 0035): every morning ({@code suara.notices.digest-cron}, 07:00
 * Asia/Jakarta by default) the open cases due that day or overdue, per institution, mailed to each account acting on
 * them. Runs once across several nodes: the mail of an account and day has one key, so a second node or a rerun queues
 * nothing new, and an advisory lock keeps a second node from even composing it at the same time.
 */
@Service
public class StaffDigest {

    private final JdbcClient jdbc;
    private final Institutions institutions;
    private final SopVersions sops;
    private final StaffNotices notices;
    private final ZoneId zone;
    private final Clock clock;

    StaffDigest(
            JdbcClient jdbc,
            Institutions institutions,
            SopVersions sops,
            StaffNotices notices,
            @Value("${suara.notices.digest-zone:Asia/Jakarta}") String zone,
            Clock clock) {
        this.jdbc = jdbc;
        this.institutions = institutions;
        this.sops = sops;
        this.notices = notices;
        this.zone = ZoneId.of(zone);
        this.clock = clock;
    }

    @Scheduled(cron = "${suara.notices.digest-cron:0 0 7 * * *}", zone = "${suara.notices.digest-zone:Asia/Jakarta}")
    void daily() {
        send(LocalDate.ofInstant(clock.instant(), zone));
    }

    /**
     * Queues the digest of a day for every institution; answers how many accounts were mailed (0 when it was sent
     * before, or another node is sending it).
     */
    @Transactional
    public int send(LocalDate day) {
        boolean mine = jdbc.sql("select pg_try_advisory_xact_lock(hashtext('staff-digest'), hashtext(?))")
                .param(day.toString())
                .query(Boolean.class)
                .single();
        if (!mine) {
            return 0;
        }
        int mailed = 0;
        for (var institution : institutions.all()) {
            Instant endOfDay = day.plusDays(1).atStartOfDay(institution.zone()).toInstant();
            record Row(UUID id, String number, UUID sop, String step, UUID unit, Instant due) {}
            var rows = jdbc.sql("""
                            select id, registration_number, sop_version_id, current_step, assigned_unit_id, step_due_at
                            from case_file
                            where institution_id = ? and closed_at is null and step_due_at < ?
                            order by step_due_at, id""")
                    .params(institution.id(), Timestamp.from(endOfDay))
                    .query((rs, n) -> new Row(
                            rs.getObject("id", UUID.class),
                            rs.getString("registration_number"),
                            rs.getObject("sop_version_id", UUID.class),
                            rs.getString("current_step"),
                            rs.getObject("assigned_unit_id", UUID.class),
                            rs.getTimestamp("step_due_at").toInstant()))
                    .list();
            if (rows.isEmpty()) {
                continue;
            }
            var cases = new ArrayList<CaseAtStep>();
            for (var row : rows) {
                var definition = sops.definition(row.sop());
                var step = step(definition, row.step());
                if (step.roles().isEmpty()) {
                    continue;
                }
                cases.add(new CaseAtStep(
                        institution.id(),
                        row.id(),
                        row.number(),
                        step.name().id(),
                        Set.copyOf(step.roles()),
                        row.unit(),
                        row.due()));
            }
            mailed += notices.digest(institution.id(), day, institution.zone(), cases);
        }
        return mailed;
    }
}
