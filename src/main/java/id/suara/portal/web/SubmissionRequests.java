package id.suara.portal.web;

import id.suara.shared.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Submission requests that must register at most once (ADR 0018): the API's {@code Idempotency-Key} and the portal form's
 * one-time token. The key is claimed in the transaction that registers the submission; a second request with the same
 * key waits for the first (PostgreSQL's unique index) and then gets the first answer, on whichever node it arrives. A
 * refused submission rolls the claim back, so the key may be used again.
 *
 * <p>Only hashes of the key are stored. The first answer holds the secret access code: it is kept encrypted (AES-GCM) with
 * a key derived from the client's own key, so the database alone cannot reveal it.
 */
@Component
class SubmissionRequests {

    /** How long a key is remembered. */
    static final Duration KEPT_FOR = Duration.ofHours(24);

    /** A client's key: 16 to 200 visible ASCII characters, enough that it cannot be guessed (a UUID is 36). */
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{16,200}");

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NONCE_BYTES = 12;

    /** Whose key it is: an API client's Idempotency-Key or a form's one-time token. */
    enum Scope {
        API,
        FORM
    }

    /**
     * A registration's answer.
     *
     * @param repeated whether this is the answer given to an earlier request with the same key
     */
    record Answer<T>(T value, boolean repeated) {}

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    SubmissionRequests(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** Whether a client's key has the form this store accepts. */
    static boolean wellFormed(String key) {
        return key != null && KEY.matcher(key).matches();
    }

    /** A new one-time token for a form: 32 random bytes, URL-safe. */
    static String newToken() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * Registers once per key: the first request with {@code key} runs {@code register} and keeps its answer; a later one
     * with the same key and fingerprint gets that answer back without registering; one with another fingerprint is
     * refused with 422 naming {@code field}.
     *
     * @param fingerprint what the request asks for; null where any repeat counts as the same request (the form's token)
     * @param submissionOf the submission an answer registered, kept for reference
     */
    @Transactional
    <T> Answer<T> once(
            Scope scope,
            String key,
            String field,
            byte[] fingerprint,
            Class<T> type,
            Supplier<T> register,
            Function<T, UUID> submissionOf) {
        var now = clock.instant();
        var hash = keyHash(scope, key);
        var print = fingerprint == null ? new byte[0] : fingerprint;
        jdbc.sql("delete from submission_request where key_hash = ? and expires_at <= ?")
                .params(hash, Timestamp.from(now))
                .update();
        int claimed = jdbc.sql("""
                insert into submission_request (key_hash, scope, fingerprint, created_at, expires_at)
                values (?, ?, ?, ?, ?) on conflict (key_hash) do nothing""")
                .params(hash, scope.name(), print, Timestamp.from(now), Timestamp.from(now.plus(KEPT_FOR)))
                .update();
        if (claimed == 0) {
            record Earlier(byte[] fingerprint, byte[] answer) {}
            var earlier = jdbc.sql("select fingerprint, answer from submission_request where key_hash = ?")
                    .param(hash)
                    .query((rs, n) -> new Earlier(rs.getBytes("fingerprint"), rs.getBytes("answer")))
                    .single();
            if (fingerprint != null && !MessageDigest.isEqual(earlier.fingerprint(), print)) {
                throw InvalidInputException.unprocessable(
                        field, "This key was already used for a different submission; use a new key for a new one");
            }
            return new Answer<>(json.readValue(open(earlier.answer(), key), type), true);
        }
        removeExpired(now);
        var value = register.get();
        jdbc.sql("update submission_request set answer = ?, submission_id = ? where key_hash = ?")
                .params(seal(json.writeValueAsBytes(value), key), submissionOf.apply(value), hash)
                .update();
        return new Answer<>(value, false);
    }

    /** The answer given to the first request with this key, while it is remembered. */
    @Transactional(readOnly = true)
    <T> Optional<T> answer(Scope scope, String key, Class<T> type) {
        if (!wellFormed(key)) {
            return Optional.empty();
        }
        return jdbc.sql(
                        "select answer from submission_request where key_hash = ? and expires_at > ? and answer is not null")
                .params(keyHash(scope, key), Timestamp.from(clock.instant()))
                .query((rs, n) -> rs.getBytes("answer"))
                .optional()
                .map(boxed -> json.readValue(open(boxed, key), type));
    }

    /** A few expired keys at a time, skipping rows another transaction is deleting. */
    private void removeExpired(java.time.Instant now) {
        jdbc.sql("""
                delete from submission_request where key_hash in (
                    select key_hash from submission_request where expires_at <= ? limit 20 for update skip locked)""").param(Timestamp.from(now)).update();
    }

    static byte[] fingerprint(byte[]... parts) {
        var digest = sha256();
        for (var part : parts) {
            digest.update(ByteLength.of(part));
            digest.update(part);
        }
        return digest.digest();
    }

    private static byte[] keyHash(Scope scope, String key) {
        return sha256().digest(("suara/submission-request/" + scope + "/" + key).getBytes(StandardCharsets.UTF_8));
    }

    private static SecretKeySpec answerKey(String key) {
        var bytes = sha256().digest(("suara/submission-answer/" + key).getBytes(StandardCharsets.UTF_8));
        return new SecretKeySpec(bytes, "AES");
    }

    private static byte[] seal(byte[] plain, String key) {
        try {
            var nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, answerKey(key), new GCMParameterSpec(128, nonce));
            var boxed = cipher.doFinal(plain);
            var result = Arrays.copyOf(nonce, NONCE_BYTES + boxed.length);
            System.arraycopy(boxed, 0, result, NONCE_BYTES, boxed.length);
            return result;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot seal an answer", e);
        }
    }

    private static byte[] open(byte[] boxed, String key) {
        try {
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(
                    Cipher.DECRYPT_MODE, answerKey(key), new GCMParameterSpec(128, Arrays.copyOf(boxed, NONCE_BYTES)));
            return cipher.doFinal(boxed, NONCE_BYTES, boxed.length - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot open an answer", e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A part's length as 8 bytes, so that two parts can never run together into the same fingerprint. */
    private static final class ByteLength {
        static byte[] of(byte[] part) {
            return java.nio.ByteBuffer.allocate(Long.BYTES).putLong(part.length).array();
        }
    }
}
