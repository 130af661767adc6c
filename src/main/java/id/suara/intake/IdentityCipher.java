package id.suara.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.Provider;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Encrypts complainants' identity fields with AES-256-GCM before they reach the database, and computes the blind index
 * of identity numbers. Values are stored as {@code v1:<base64(iv | ciphertext | tag)>} with a random 96-bit IV each;
 * the column and the submission's id are authenticated with them, so a value copied to another row or column does not
 * decrypt. The encryption and index keys are derived (HKDF-SHA256) from one master key: {@code suara.crypto.key}, or
 * else a key generated once into {@code suara.crypto.key-file}. A wrong key or an altered value fails loudly with
 * {@link UnreadableIdentityException}, never returns garbage.
 */
@Component
class IdentityCipher {

    static final String FORMAT = "v1:";
    private static final int KEY_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final Logger log = LoggerFactory.getLogger(IdentityCipher.class);
    private static final String AES_GCM = "AES/GCM/NoPadding";
    /** The providers found once: a lookup by name alone searches every installed provider on each call. */
    private static final Provider AES_GCM_PROVIDER =
            provider(() -> Cipher.getInstance(AES_GCM).getProvider());

    private static final Provider HMAC_PROVIDER =
            provider(() -> Mac.getInstance("HmacSHA256").getProvider());
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^0-9A-Za-z]");

    private final SecureRandom random = new SecureRandom();
    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec indexKey;
    private final String fingerprint;

    @Autowired
    IdentityCipher(CryptoSettings settings) {
        this(masterKey(settings));
    }

    /** A cipher with a given master key; for tests. */
    IdentityCipher(byte[] masterKey) {
        if (masterKey.length != KEY_BYTES) {
            throw new IllegalStateException("The identity encryption key must be " + KEY_BYTES + " bytes");
        }
        this.encryptionKey = new SecretKeySpec(derive(masterKey, "suara identity encryption v1"), "AES");
        this.indexKey = new SecretKeySpec(derive(masterKey, "suara identity blind index v1"), "HmacSHA256");
        this.fingerprint = HexFormat.of().formatHex(derive(masterKey, "suara key fingerprint v1"));
    }

    /** A complainant's identity as stored in the columns of {@code submission}. */
    record SealedIdentity(
            String name,
            String organisation,
            String identityNumber,
            String address,
            String phone,
            String email,
            String identityNumberIndex) {}

    /** Encrypts every identity field of a submission's complainant. */
    SealedIdentity seal(Complainant complainant, UUID submissionId) {
        return new SealedIdentity(
                encrypt(complainant.name(), context("complainant_name", submissionId)),
                encrypt(complainant.organisation(), context("complainant_organisation", submissionId)),
                encrypt(complainant.identityNumber(), context("identity_number", submissionId)),
                encrypt(complainant.address(), context("address", submissionId)),
                encrypt(complainant.phone(), context("phone", submissionId)),
                encrypt(complainant.email(), context("email", submissionId)),
                blindIndex(complainant.identityNumber()));
    }

    /** Decrypts the complainant of a submission row. */
    Complainant open(ResultSet row, UUID submissionId) throws SQLException {
        return new Complainant(
                ComplainantType.valueOf(row.getString("complainant_type")),
                decrypt(row.getString("complainant_name"), context("complainant_name", submissionId)),
                decrypt(row.getString("complainant_organisation"), context("complainant_organisation", submissionId)),
                decrypt(row.getString("identity_number"), context("identity_number", submissionId)),
                decrypt(row.getString("address"), context("address", submissionId)),
                decrypt(row.getString("phone"), context("phone", submissionId)),
                decrypt(row.getString("email"), context("email", submissionId)));
    }

    /** What a value is bound to: its column and row. */
    static String context(String column, UUID submissionId) {
        return "submission." + column + ":" + submissionId;
    }

    /** The value as stored, or null for null; {@code context} names the column and row it is bound to. */
    String encrypt(String plaintext, String context) {
        if (plaintext == null) {
            return null;
        }
        try {
            var iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            var cipher = Cipher.getInstance(AES_GCM, AES_GCM_PROVIDER);
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            var sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            var out = ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed);
            return FORMAT + Base64.getEncoder().encodeToString(out.array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** The plaintext of a stored value, or null for null. */
    String decrypt(String stored, String context) {
        if (stored == null) {
            return null;
        }
        if (!stored.startsWith(FORMAT)) {
            throw new UnreadableIdentityException(context, "is not in the v1 format");
        }
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(stored.substring(FORMAT.length()));
        } catch (IllegalArgumentException e) {
            throw new UnreadableIdentityException(context, "is not valid base64");
        }
        if (raw.length < IV_BYTES + TAG_BITS / 8) {
            throw new UnreadableIdentityException(context, "is too short");
        }
        try {
            var cipher = Cipher.getInstance(AES_GCM, AES_GCM_PROVIDER);
            cipher.init(
                    Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, Arrays.copyOf(raw, IV_BYTES)));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            var plain = cipher.doFinal(raw, IV_BYTES, raw.length - IV_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new UnreadableIdentityException(
                    context, "does not authenticate: the key is not the one it was encrypted with, or it was altered");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /**
     * A keyed fingerprint of a contact address or number (HMAC-SHA256 with the blind-index key over the value stripped
     * and lower-cased): names the same recipient the same way without storing the address; null for null.
     */
    String contactFingerprint(String value) {
        if (value == null) {
            return null;
        }
        return keyedHash(value.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * The blind index of an identity number: HMAC-SHA256 with a key derived from the master key, over the number with
     * separators dropped and letters upper-cased, so that the same NIK written differently gives the same index. Lets
     * duplicates be found without decrypting; null when there is no number.
     */
    String blindIndex(String identityNumber) {
        if (identityNumber == null) {
            return null;
        }
        var normalised =
                NOT_LETTER_OR_DIGIT.matcher(identityNumber).replaceAll("").toUpperCase(Locale.ROOT);
        if (normalised.isEmpty()) {
            return null;
        }
        return keyedHash(normalised);
    }

    /** Hex HMAC-SHA256 of a normalised value with the index key: blind indexes and contact fingerprints. */
    private String keyedHash(String normalised) {
        return HexFormat.of().formatHex(hmac(indexKey.getEncoded(), normalised.getBytes(StandardCharsets.UTF_8)));
    }

    /** Identifies the master key without revealing it, so a start with the wrong key can be refused. */
    String fingerprint() {
        return fingerprint;
    }

    /** The configured key, or the key file's, created with a fresh random key on first use. */
    static byte[] masterKey(CryptoSettings settings) {
        if (settings.key() != null && !settings.key().isBlank()) {
            return decode(settings.key(), "suara.crypto.key");
        }
        var file = settings.keyFile();
        log.warn(
                "suara.crypto.key is not set: complainants' identities are encrypted with the key kept in {}. "
                        + "Production must set suara.crypto.key (32 random bytes in base64) and keep a copy of it; "
                        + "without that key the stored identities cannot be read.",
                file);
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            warnIfReadableByOthers(file);
            return decode(Files.readString(file, StandardCharsets.US_ASCII), "the key file " + file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the identity encryption key file " + file, e);
        }
    }

    /** Writes a new key to a private temporary file, then links it into place so that a concurrent start keeps one. */
    private static void create(Path file) throws IOException {
        var directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        var key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        Path temporary;
        try {
            temporary = Files.createTempFile(
                    directory,
                    "secret",
                    ".tmp",
                    PosixFilePermissions.asFileAttribute(
                            Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE)));
        } catch (UnsupportedOperationException e) {
            temporary = Files.createTempFile(directory, "secret", ".tmp");
        }
        try {
            Files.writeString(temporary, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
            try {
                Files.createLink(file, temporary);
            } catch (FileAlreadyExistsException e) {
                return;
            } catch (UnsupportedOperationException e) {
                Files.move(temporary, file);
                return;
            }
            log.warn("Generated a new identity encryption key in {}", file);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void warnIfReadableByOthers(Path file) {
        try {
            var permissions = Files.getPosixFilePermissions(file);
            if (permissions.stream()
                    .anyMatch(p -> p != PosixFilePermission.OWNER_READ && p != PosixFilePermission.OWNER_WRITE)) {
                log.warn("The identity encryption key file {} is accessible to others; make it 600", file);
            }
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: nothing to check
        }
    }

    private static byte[] decode(String base64, String where) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + " is not valid base64; generate one with: openssl rand -base64 32");
        }
        if (key.length != KEY_BYTES) {
            throw new IllegalStateException(where + " must hold " + KEY_BYTES + " bytes (it holds " + key.length
                    + "); generate one with: openssl rand -base64 32");
        }
        return key;
    }

    /** HKDF-SHA256 (RFC 5869) with a fixed salt, one block of output. */
    private static byte[] derive(byte[] masterKey, String info) {
        var pseudoRandomKey = hmac("suara-hkdf-salt".getBytes(StandardCharsets.US_ASCII), masterKey);
        var input = ByteBuffer.allocate(info.length() + 1)
                .put(info.getBytes(StandardCharsets.US_ASCII))
                .put((byte) 1)
                .array();
        return hmac(pseudoRandomKey, input);
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            var mac = Mac.getInstance("HmacSHA256", HMAC_PROVIDER);
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private interface ProviderLookup {
        Provider find() throws GeneralSecurityException;
    }

    private static Provider provider(ProviderLookup lookup) {
        try {
            return lookup.find();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM and HMAC-SHA256 must be available", e);
        }
    }

    /** A stored identity value that cannot be decrypted: the wrong key, or an altered value. */
    static final class UnreadableIdentityException extends IllegalStateException {
        UnreadableIdentityException(String context, String problem) {
            super("The encrypted identity value " + context + " " + problem);
        }
    }
}
