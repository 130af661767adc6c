package id.suara.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.suara.test.Api;
import id.suara.test.SuaraIntegrationTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** Identities are encrypted in the database and decrypted only for reading, and only with the right key. */
@SuaraIntegrationTest
class IdentityEncryptionIntegrationTest {

    static final String NAME = "Sekar Ayuningtyas Wibowo";
    static final String ORGANISATION = "Forum Warga Peduli Karanganyar";
    static final String NIK = "3305016607920005";
    static final String ADDRESS = "Jl. Kenanga Gg. Melati No. 17, Karanganyar";
    static final String PHONE = "+62 813 9753 1864";
    static final String EMAIL = "sekar.ayuningtyas@contoh.id";
    static final List<String> COLUMNS =
            List.of("complainant_name", "complainant_organisation", "identity_number", "address", "phone", "email");
    static final byte[] OTHER_KEY = "another-key-another-key-another!".getBytes();

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Submissions submissions;

    @Autowired
    IdentityCipher cipher;

    @Autowired
    IdentityEncryptionCheck check;

    @Autowired
    AttachmentStore attachments;

    @Autowired
    JsonMapper json;

    @Test
    void storesNoPlaintextIdentityAndDecryptsItForReading() {
        var id = submit();

        Map<String, Object> row = jdbc.sql("select * from submission where id = ?")
                .param(id)
                .query()
                .singleRow();
        for (var column : COLUMNS) {
            assertThat((String) row.get(column)).as(column).startsWith("v1:");
        }
        var wholeRow = jdbc.sql("select row_to_json(s)::text from submission s where id = ?")
                .param(id)
                .query(String.class)
                .single();
        for (var value : List.of(NAME, "Ayuningtyas", ORGANISATION, NIK, ADDRESS, "Kenanga", PHONE, "9753", EMAIL)) {
            assertThat(wholeRow).as(value).doesNotContain(value);
        }
        assertThat(row.get("identity_number_hmac")).isEqualTo(cipher.blindIndex(NIK));
        assertThat(row.get("identity_encrypted")).isEqualTo(true);

        var details = submissions.details(id).orElseThrow();

        assertThat(details.complainant())
                .isEqualTo(new Complainant(ComplainantType.GROUP, NAME, ORGANISATION, NIK, ADDRESS, PHONE, EMAIL));
    }

    @Test
    void leavesNoPlaintextIdentityAnywhereInTheDatabase() {
        submit();

        var tables = jdbc.sql("""
                        select table_name from information_schema.tables
                        where table_schema = current_schema() and table_type = 'BASE TABLE'""").query(String.class).list();
        assertThat(tables).contains("submission", "case_file", "case_event", "receipt", "audit_entry");
        for (var table : tables) {
            var text = jdbc.sql("select coalesce(string_agg(row_to_json(t)::text, ' '), '') from \"" + table + "\" t")
                    .query(String.class)
                    .single();
            for (var value : List.of(NAME, ORGANISATION, NIK, ADDRESS, PHONE, EMAIL)) {
                assertThat(text).as(table + " holds " + value).doesNotContain(value);
            }
        }
    }

    @Test
    void failsLoudlyWhenReadWithAnotherKey() {
        var id = submit();
        var withOtherKey = new Submissions(jdbc, json, attachments, new IdentityCipher(OTHER_KEY));

        assertThatThrownBy(() -> withOtherKey.details(id))
                .isInstanceOf(IdentityCipher.UnreadableIdentityException.class)
                .hasMessageContaining("submission.complainant_name:" + id)
                .hasMessageNotContaining(NAME);
    }

    @Test
    void refusesToStartWithAKeyOtherThanTheDatabasesAndAcceptsItsOwn() {
        check.verifyKey(cipher);

        assertThatThrownBy(() -> check.verifyKey(new IdentityCipher(OTHER_KEY)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not the key this database's identities were encrypted with");
        assertThat(jdbc.sql("select fingerprint from encryption_key")
                        .query(String.class)
                        .list())
                .containsExactly(cipher.fingerprint());
    }

    @Test
    void encryptsIdentitiesStoredInPlaintextBeforeEncryptionAtRest() {
        var id = submit();
        jdbc.sql("""
                        update submission set complainant_name = 'Legacy Name', complainant_organisation = null,
                            identity_number = '3305010101800009', address = 'Legacy Street 1', phone = '0812 0000 1111',
                            email = null, identity_number_hmac = null, identity_encrypted = false
                        where id = ?""").param(id).update();

        check.afterSingletonsInstantiated();

        Map<String, Object> row = jdbc.sql("select * from submission where id = ?")
                .param(id)
                .query()
                .singleRow();
        assertThat((String) row.get("complainant_name")).startsWith("v1:");
        assertThat((String) row.get("identity_number")).startsWith("v1:");
        assertThat(row.get("email")).isNull();
        assertThat(row.get("identity_encrypted")).isEqualTo(true);
        assertThat(row.get("identity_number_hmac")).isEqualTo(cipher.blindIndex("3305010101800009"));
        assertThat(submissions.details(id).orElseThrow().complainant())
                .isEqualTo(new Complainant(
                        ComplainantType.GROUP,
                        "Legacy Name",
                        null,
                        "3305010101800009",
                        "Legacy Street 1",
                        "0812 0000 1111",
                        null));
    }

    UUID submit() {
        var submission = Api.webSubmission("dprd-kebumen");
        var complainant = new LinkedHashMap<String, Object>();
        complainant.put("type", "GROUP");
        complainant.put("name", NAME);
        complainant.put("organisation", ORGANISATION);
        complainant.put("identityNumber", NIK);
        complainant.put("address", ADDRESS);
        complainant.put("phone", PHONE);
        complainant.put("email", EMAIL);
        submission.put("complainant", complainant);
        var response = api.submit(submission);
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return jdbc.sql("select id from submission where tracking_number = ?")
                .param((String) response.get("trackingNumber"))
                .query(UUID.class)
                .single();
    }
}
