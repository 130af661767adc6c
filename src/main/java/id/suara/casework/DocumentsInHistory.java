package id.suara.casework;

import id.suara.documents.DocumentIssued;
import id.suara.institution.Role;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Lists every document issued for a case in its history (issue 9): the receipt, the complaint form, a disposition
 * sheet, the records of a meeting — in the issuing transaction, under a lock on the case row. A letter's signature is
 * recorded by {@link CaseLetters} already, with its signer.
 */
@Component
class DocumentsInHistory {

    /** The history action of an issued document; it does not move the case. */
    static final String ISSUED = "document-issued";

    private final CaseStore store;
    private final Clock clock;

    DocumentsInHistory(CaseStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @EventListener
    void on(DocumentIssued issued) {
        if (issued.submissionId() == null || issued.letterId() != null) {
            return;
        }
        store.lock(issued.submissionId());
        store.find(issued.submissionId()).ifPresent(c -> {
            var fields = new LinkedHashMap<String, Object>();
            fields.put("documentType", issued.type().name());
            fields.put("documentNumber", issued.number());
            fields.put("documentVersion", issued.version());
            store.append(
                    c,
                    List.of(new HistoryEntry(
                            0,
                            clock.instant(),
                            null,
                            "Suara",
                            Role.SYSTEM,
                            ISSUED,
                            c.currentStep(),
                            c.currentStep(),
                            null,
                            fields)));
        });
    }
}
