package id.suara.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdentityCipherTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes();
    private static final byte[] OTHER_KEY = "fedcba9876543210fedcba9876543210".getBytes();

    private final IdentityCipher cipher = new IdentityCipher(KEY);

    @Test
    void encryptsEachValueWithItsOwnIvInTheVersionedFormat() {
        var first = cipher.encrypt("3305014101900001", "submission.identity_number:1");
        var second = cipher.encrypt("3305014101900001", "submission.identity_number:1");

        assertThat(first).startsWith("v1:").isNotEqualTo(second).doesNotContain("3305014101900001");
        var raw = Base64.getDecoder().decode(first.substring(3));
        assertThat(raw).hasSize(12 + 16 + 16);
        assertThat(cipher.decrypt(first, "submission.identity_number:1")).isEqualTo("3305014101900001");
        assertThat(cipher.decrypt(second, "submission.identity_number:1")).isEqualTo("3305014101900001");
    }

    /*
     * Known answers: values stored with the master key KEY in the v1 format, computed once outside Suara (Python's
     * hmac and cryptography's AESGCM following the documented derivation) with fixed IVs. They must stay readable
     * after any change to the cipher, or the identities already in the database are lost.
     */
    private static final UUID STORED_SUBMISSION = UUID.fromString("0b7e2c1a-5f4d-4e8b-9a6c-3d2f1e0a9b8c");
    private static final String STORED_NAME =
            "v1:AQIDBAUGBwgJCgsMTX1uYMvSqyuXJZ/pb+VJAW37aYQpikzd0mxP9YWOqnVrhaDVku0/1OraewiP";
    private static final String STORED_IDENTITY_NUMBER =
            "v1:DAsKCQgHBgUEAwIBU8Kc0lK5DucSRfkCU4hOVIp13YH0gBf5arjrsUsHMW4=";

    @Test
    void decryptsValuesStoredInTheV1FormatToTheirKnownPlaintext() {
        assertThat(cipher.decrypt(STORED_NAME, IdentityCipher.context("complainant_name", STORED_SUBMISSION)))
                .isEqualTo("Siti Aminah binti Śarifuddin");
        assertThat(cipher.decrypt(STORED_IDENTITY_NUMBER, IdentityCipher.context("identity_number", STORED_SUBMISSION)))
                .isEqualTo("3305014101900001");
    }

    @Test
    void computesTheKnownBlindIndexAndKeyFingerprint() {
        assertThat(cipher.blindIndex("3305-0141-0190-0001"))
                .isEqualTo("7add1a96a041c38bf7d208da54085015a13be6a7c68d86d2988a27b562bd8eb4");
        assertThat(cipher.fingerprint()).isEqualTo("511286f8b509e317d568dee54f0aa68622b69566d3956d1357e088ae46c96c00");
    }

    @Test
    void keepsNullsAndUnicode() {
        assertThat(cipher.encrypt(null, "c")).isNull();
        assertThat(cipher.decrypt(null, "c")).isNull();
        var name = "Ni Komang Ayu Dewi Śrī";
        assertThat(cipher.decrypt(cipher.encrypt(name, "c"), "c")).isEqualTo(name);
    }

    @Test
    void failsLoudlyWithTheWrongKey() {
        var stored = cipher.encrypt("Siti Aminah", "submission.complainant_name:1");

        assertThatThrownBy(() -> new IdentityCipher(OTHER_KEY).decrypt(stored, "submission.complainant_name:1"))
                .isInstanceOf(IdentityCipher.UnreadableIdentityException.class)
                .hasMessageContaining("the key is not the one it was encrypted with")
                .hasMessageNotContaining("Siti");
    }

    @Test
    void refusesAValueMovedToAnotherColumnOrRow() {
        var id = UUID.randomUUID();
        var phone = cipher.encrypt("+62 812 1111 2222", IdentityCipher.context("phone", id));

        assertThatThrownBy(() -> cipher.decrypt(phone, IdentityCipher.context("email", id)))
                .isInstanceOf(IdentityCipher.UnreadableIdentityException.class);
        assertThatThrownBy(() -> cipher.decrypt(phone, IdentityCipher.context("phone", UUID.randomUUID())))
                .isInstanceOf(IdentityCipher.UnreadableIdentityException.class);
    }

    @Test
    void refusesAnAlteredOrForeignValue() {
        var stored = cipher.encrypt("Siti Aminah", "c");
        var raw = Base64.getDecoder().decode(stored.substring(3));
        raw[20] ^= 1;
        var altered = "v1:" + Base64.getEncoder().encodeToString(raw);

        assertThatThrownBy(() -> cipher.decrypt(altered, "c"))
                .isInstanceOf(IdentityCipher.UnreadableIdentityException.class);
        assertThatThrownBy(() -> cipher.decrypt("Siti Aminah", "c"))
                .isInstanceOf(IdentityCipher.UnreadableIdentityException.class)
                .hasMessageContaining("v1 format");
        assertThatThrownBy(() -> cipher.decrypt("v1:%%%", "c"))
                .isInstanceOf(IdentityCipher.UnreadableIdentityException.class);
        assertThatThrownBy(() -> cipher.decrypt("v1:AAAA", "c"))
                .isInstanceOf(IdentityCipher.UnreadableIdentityException.class);
    }

    @Test
    void indexesTheSameIdentityNumberWrittenDifferentlyAlikeAndDependsOnTheKey() {
        var index = cipher.blindIndex("3305014101900001");

        assertThat(index).hasSize(64).isEqualTo(cipher.blindIndex("3305 0141-0190.0001"));
        assertThat(cipher.blindIndex("3305014101900002")).isNotEqualTo(index);
        assertThat(new IdentityCipher(OTHER_KEY).blindIndex("3305014101900001")).isNotEqualTo(index);
        assertThat(cipher.blindIndex(null)).isNull();
        assertThat(cipher.blindIndex(" - ")).isNull();
    }

    @Test
    void fingerprintsAContactAlikeHoweverCapitalisedButTellsApartAddressesThatDifferOnlyInPunctuation() {
        var fingerprint = cipher.contactFingerprint("Siti.Aminah@Example.id ");

        assertThat(fingerprint).hasSize(64).isEqualTo(cipher.contactFingerprint("siti.aminah@example.id"));
        assertThat(fingerprint).doesNotContain("siti");
        // unlike an identity number's blind index, punctuation counts: these are two mailboxes
        assertThat(cipher.contactFingerprint("sitiaminah@example.id")).isNotEqualTo(fingerprint);
        assertThat(new IdentityCipher(OTHER_KEY).contactFingerprint("siti.aminah@example.id"))
                .isNotEqualTo(fingerprint);
        assertThat(cipher.contactFingerprint(null)).isNull();
    }

    @Test
    void takesTheConfiguredKey() {
        var configured = new IdentityCipher(
                new CryptoSettings(Base64.getEncoder().encodeToString(KEY), Path.of("/nonexistent/secret.key")));

        assertThat(configured.fingerprint()).isEqualTo(cipher.fingerprint());
        assertThat(configured.decrypt(cipher.encrypt("x", "c"), "c")).isEqualTo("x");
    }

    @Test
    void refusesAConfiguredKeyOfTheWrongSize() {
        assertThatThrownBy(() -> new IdentityCipher(new CryptoSettings("c2hvcnQ=", null)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> new IdentityCipher(new CryptoSettings("not base64!", null)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("base64");
    }

    @Test
    void generatesAPrivateKeyFileOnceAndKeepsUsingIt(@TempDir Path directory) throws Exception {
        var file = directory.resolve("suara/secret.key");
        var settings = new CryptoSettings(" ", file);

        var first = new IdentityCipher(settings);
        var stored = first.encrypt("Siti Aminah", "c");
        var second = new IdentityCipher(settings);

        assertThat(file).exists();
        assertThat(Base64.getDecoder().decode(Files.readString(file).strip())).hasSize(32);
        assertThat(Files.getPosixFilePermissions(file))
                .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
        assertThat(second.fingerprint()).isEqualTo(first.fingerprint());
        assertThat(second.decrypt(stored, "c")).isEqualTo("Siti Aminah");
        assertThat(Files.list(file.getParent())).containsExactly(file);
    }

    @Test
    void neverShowsTheKeyInItsSettings() {
        assertThat(new CryptoSettings(Base64.getEncoder().encodeToString(KEY), null).toString())
                .doesNotContain(Base64.getEncoder().encodeToString(KEY))
                .contains("****");
    }
}
