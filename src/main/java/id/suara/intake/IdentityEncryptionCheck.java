package id.suara.intake;

import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Before Suara serves anything: refuses to start with a key other than the one the database's identities were
 * encrypted with (the first start records the key's fingerprint), and encrypts identities stored in plaintext by a
 * version before encryption at rest.
 */
@Component
class IdentityEncryptionCheck implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(IdentityEncryptionCheck.class);

    private final JdbcClient jdbc;
    private final IdentityCipher cipher;
    private final TransactionTemplate transaction;

    IdentityEncryptionCheck(JdbcClient jdbc, IdentityCipher cipher, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.transaction = transaction;
    }

    @Override
    public void afterSingletonsInstantiated() {
        transaction.executeWithoutResult(status -> {
            verifyKey(cipher);
            encryptLegacyRows();
        });
    }

    /** Records the key's fingerprint on first use; refuses a different key afterwards. */
    void verifyKey(IdentityCipher candidate) {
        jdbc.sql("""
                insert into encryption_key (purpose, fingerprint, recorded_at) values ('identity', ?, now())
                on conflict (purpose) do nothing""").param(candidate.fingerprint()).update();
        var recorded = jdbc.sql("select fingerprint from encryption_key where purpose = 'identity'")
                .query(String.class)
                .single();
        if (!recorded.equals(candidate.fingerprint())) {
            throw new IllegalStateException(
                    "The identity encryption key (suara.crypto.key or suara.crypto.key-file) is "
                            + "not the key this database's identities were encrypted with; start Suara with that key");
        }
    }

    private void encryptLegacyRows() {
        record Legacy(UUID id, Complainant complainant) {}
        var legacy = jdbc.sql("select * from submission where not identity_encrypted for update")
                .query((rs, n) -> new Legacy(
                        rs.getObject("id", UUID.class),
                        new Complainant(
                                ComplainantType.valueOf(rs.getString("complainant_type")),
                                rs.getString("complainant_name"),
                                rs.getString("complainant_organisation"),
                                rs.getString("identity_number"),
                                rs.getString("address"),
                                rs.getString("phone"),
                                rs.getString("email"))))
                .list();
        for (var row : legacy) {
            var sealed = cipher.seal(row.complainant(), row.id());
            jdbc.sql("""
                    update submission set complainant_name = ?, complainant_organisation = ?, identity_number = ?,
                        address = ?, phone = ?, email = ?, identity_number_hmac = ?, identity_encrypted = true
                    where id = ?""")
                    .params(
                            sealed.name(),
                            sealed.organisation(),
                            sealed.identityNumber(),
                            sealed.address(),
                            sealed.phone(),
                            sealed.email(),
                            sealed.identityNumberIndex(),
                            row.id())
                    .update();
        }
        if (!legacy.isEmpty()) {
            log.info("Encrypted the identities of {} submissions stored before encryption at rest", legacy.size());
        }
    }
}
