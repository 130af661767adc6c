package id.suara.database;

/**
 * The embedded PostgreSQL cannot start on its data directory, for a reason the operator can act on; the start-up failure
 * report shows {@link #action()} as what to do.
 */
class EmbeddedDatabaseUnavailableException extends RuntimeException {

    private final String action;

    EmbeddedDatabaseUnavailableException(String description, String action, Throwable cause) {
        super(description, cause);
        this.action = action;
    }

    String action() {
        return action;
    }
}
