package id.suara.intake;

/** How a submission reached the institution. */
public enum Channel {
    /** Langsung: a complainant or delegation comes in person. */
    IN_PERSON,
    /** Tertulis: a letter. */
    LETTER,
    /** The institution's website / web form. */
    WEB,
    /** Official social media accounts. */
    SOCIAL_MEDIA,
    SMS,
    /** Android or iOS application. */
    MOBILE_APP,
    /** Collected from constituents during a member's recess (reses). */
    RECESS;

    /** Online channels are also checked against the institution's authority (003 SOP online step 2). */
    public boolean online() {
        return this == WEB || this == SOCIAL_MEDIA || this == SMS || this == MOBILE_APP;
    }
}
