package id.suara.casework;

import id.suara.shared.InvalidInputException;
import id.suara.shared.validation.CleanTextValidator;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A staff member's saved inbox views: a filter kept under a name, to open again with one click. */
@Service
public class Inbox {

    static final int NAME_MAX = 80;
    static final int QUERY_MAX = 1000;

    private final JdbcClient jdbc;

    Inbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A saved view.
     *
     * @param query the inbox filter as a URL query string, e.g. {@code kind=COMPLAINT&overdue=true}
     */
    public record SavedView(UUID id, String name, String query) {}

    /** The account's saved views, by name. */
    @Transactional(readOnly = true)
    public List<SavedView> views(UUID accountId) {
        return jdbc.sql("select id, name, query from saved_view where account_id = ? order by lower(name), id")
                .param(accountId)
                .query((rs, n) ->
                        new SavedView(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("query")))
                .list();
    }

    /** Saves a filter under a name; refuses an empty or overlong name or query. */
    @Transactional
    public SavedView save(UUID accountId, String name, String query) {
        var trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > NAME_MAX || !CleanTextValidator.isClean(trimmed, false)) {
            throw InvalidInputException.invalid("name", "must be 1 to " + NAME_MAX + " plain characters");
        }
        var q = query == null ? "" : query.strip();
        if (q.length() > QUERY_MAX || !CleanTextValidator.isClean(q, false)) {
            throw InvalidInputException.invalid("query", "must be at most " + QUERY_MAX + " plain characters");
        }
        var view = new SavedView(UUID.randomUUID(), trimmed, q);
        jdbc.sql("insert into saved_view (id, account_id, name, query) values (?, ?, ?, ?)")
                .params(view.id(), accountId, view.name(), view.query())
                .update();
        return view;
    }

    /** Deletes one of the account's saved views; another account's view is left alone. */
    @Transactional
    public void delete(UUID accountId, UUID viewId) {
        jdbc.sql("delete from saved_view where id = ? and account_id = ?")
                .params(viewId, accountId)
                .update();
    }
}
