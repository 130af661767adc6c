package id.suara.intake;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Encryption of complainants' identities at rest (ADR 0008).
 *
 * @param key the master key: 32 random bytes in base64 ({@code openssl rand -base64 32}); production must set it and
 *     keep a copy, since encrypted identities cannot be read without it
 * @param keyFile where a key is generated and kept when {@code key} is not set, next to the embedded database
 */
@ConfigurationProperties("suara.crypto")
record CryptoSettings(String key, Path keyFile) {

    CryptoSettings {
        if (keyFile == null) {
            keyFile = Path.of(System.getProperty("user.home"), ".suara", "secret.key");
        }
        keyFile = keyFile.toAbsolutePath().normalize();
    }

    /** Never shows the key. */
    @Override
    public String toString() {
        return "CryptoSettings[key=" + Masking.mask(key) + ", keyFile=" + keyFile + "]";
    }
}
