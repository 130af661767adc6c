package id.suara.recess;

/**
 * What an aspiration heard at a recess is about: the fields a pokir proposal is sorted by before it goes to the
 * regional planning system (GOVDOCS §3). Labels are in the message bundles ({@code recess.category.CODE}).
 */
public enum AspirationCategory {
    /** Roads, bridges, drainage, irrigation, public buildings. */
    INFRASTRUCTURE,
    EDUCATION,
    HEALTH,
    /** Farming, fisheries, small business, markets, jobs. */
    ECONOMY,
    /** Social assistance, poverty, disability, religion, culture, sport, youth. */
    SOCIAL,
    /** Waste, clean water, sanitation, flooding, disaster. */
    ENVIRONMENT,
    /** Administration, population documents, public order, village governance. */
    GOVERNANCE,
    OTHER
}
