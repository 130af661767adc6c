package id.suara.sop;

import id.suara.institution.Role;
import java.util.List;

/**
 * Who initials and who signs one type of letter the procedure produces. Officials initial (paraf) in the order listed,
 * at most three, before the signer signs (GOVDOCS §1.11; seed 001 steps 13–15).
 *
 * @param type the document type, one of {@link #TYPES}
 * @param initials the roles that initial, in order; may be empty
 * @param signer the role that signs
 * @param source the seed document and step this comes from
 */
public record LetterRule(String type, List<Role> initials, Role signer, String source) {

    /** The letter types a procedure can name: the numbered document types of the documents module. */
    public static final List<String> TYPES =
            List.of("RESPONSE_LETTER", "INVITATION", "OFFICIAL_REPORT", "MEETING_REPORT", "AUDIENCE_SCHEDULE_LETTER");

    /** Permendagri 54/2009 Lampiran C.1: no more than three officials initial a letter. */
    public static final int MAX_INITIALS = 3;

    public LetterRule {
        initials = initials == null ? List.of() : List.copyOf(initials);
    }
}
