package id.suara.sop;

/**
 * What an action does with the case's letter of a type: the action and the letter move together, so the SOP's order
 * of initials and signature is the letter's.
 *
 * @param type the document type, named by one of the procedure's {@link LetterRule}s
 */
public record LetterStep(String type, Act act) {

    /** The letter's part in the action. */
    public enum Act {
        /** The action needs the letter drafted (or already signed). */
        DRAFTED,
        /** The actor initials the letter with the action; refused unless theirs is the next initial the rule names. */
        INITIAL,
        /** The actor signs the letter with the action: it is numbered and issued. */
        SIGN,
        /** The action needs the letter signed. */
        SIGNED,
        /** The action needs the letter's newest version delivered to the complainant (e-mailed and sent, or posted). */
        DELIVERED,
        /**
         * The action needs a meeting record of the type ({@code MINUTES} or {@code ATTENDANCE_LIST}) issued for a
         * meeting that discusses the case; records are not letters and need no letter rule (ADR 0028).
         */
        ISSUED
    }

    /** The meeting records an {@link Act#ISSUED} step may name. */
    public static final java.util.Set<String> RECORDS = java.util.Set.of("MINUTES", "ATTENDANCE_LIST");
}
