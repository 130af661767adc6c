package id.suara.database;

import java.nio.file.Path;

/**
 * A separate process that starts the embedded PostgreSQL on a directory exactly as Suara does, prints {@code ready
 * <port>} and waits, so that a test can kill it as an operator's crash would.
 */
public final class SuaraDatabaseProcess {

    private SuaraDatabaseProcess() {}

    public static void main(String[] arguments) throws Exception {
        var postgres = new EmbeddedDatabaseConfiguration()
                .embeddedPostgres(new EmbeddedDatabaseSettings(Path.of(arguments[0]), 0));
        System.out.println("ready " + postgres.getPort());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
