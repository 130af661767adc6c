package id.suara.casework;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The plan PostgreSQL chooses for a statement, with planner settings (such as {@code enable_seqscan = off}) for it only. */
final class Plans {

    private Plans() {}

    static String explain(
            JdbcClient jdbc, TransactionTemplate transactions, SqlStatement statement, String... settings) {
        return transactions.execute(status -> {
            for (var setting : settings) {
                jdbc.sql("set local " + setting).update();
            }
            List<String> lines = jdbc.sql("explain " + statement.sql())
                    .params(statement.params())
                    .query(String.class)
                    .list();
            return String.join("\n", lines);
        });
    }
}
