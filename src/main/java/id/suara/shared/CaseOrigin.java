package id.suara.shared;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a case came from beyond its submission, told by the module that opened it — e.g. the recess visit at which an
 * aspiration was heard (ADR 0032) — so that the case page can link to it without knowing that module. Implementations
 * are beans; the case page shows what each of them finds.
 */
public interface CaseOrigin {

    /** What this module knows of the case's origin, if it opened the case. */
    Optional<Origin> of(UUID caseId);

    /**
     * A line on the case page.
     *
     * @param messageKey the sentence, a message with {@code arguments}
     * @param href where the origin is shown in the back office
     */
    record Origin(String messageKey, List<String> arguments, String href) {}
}
