package id.suara.recess.web;

import id.suara.institution.Institutions;
import id.suara.recess.RecessVisits;
import id.suara.shared.CaseOrigin;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Tells the case page that a case was opened by an aspiration heard at a recess visit, and links to the visit. */
@Component
class RecessCaseOrigin implements CaseOrigin {

    private final RecessVisits visits;
    private final Institutions institutions;

    RecessCaseOrigin(RecessVisits visits, Institutions institutions) {
        this.visits = visits;
        this.institutions = institutions;
    }

    @Override
    public Optional<Origin> of(UUID caseId) {
        return visits.aspirationOfCase(caseId)
                .flatMap(aspiration -> visits.visitOfAspiration(aspiration)
                        .map(visit -> new Origin(
                                "web.visits.caseOrigin",
                                List.of(
                                        visit.memberName(),
                                        visit.factionName(),
                                        visit.place(),
                                        visit.startsAt()
                                                .atZoneSameInstant(institutions
                                                        .get(visit.institutionId())
                                                        .zone())
                                                .toLocalDate()
                                                .format(DateTimeFormatter.ISO_LOCAL_DATE)),
                                "/kantor/instansi/" + visit.institutionId() + "/reses/" + visit.recessId()
                                        + "/kunjungan/" + visit.id())));
    }
}
