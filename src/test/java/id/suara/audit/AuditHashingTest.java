package id.suara.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditHashingTest {

    private static final Instant AT = Instant.parse("2026-11-23T08:15:30.123456Z");
    private static final UUID INSTITUTION = UUID.fromString("00000000-0000-0000-0000-000000000001");

    /**
     * A known answer computed once outside Suara (Python's hashlib over the documented canonical form): entries already
     * in a chain must keep verifying after any change to the hashing.
     */
    @Test
    void hashesAFixedEntryToItsKnownAnswer() {
        var details = AuditHashing.canonicalDetails(Map.of("step", 3, "note", "Surat asli — lemari B"));

        var hash = AuditHashing.hash(
                "ab".repeat(32),
                1056,
                AT,
                UUID.fromString("4f6c2d1e-8a9b-4c3d-9e8f-7a6b5c4d3e2f"),
                UUID.fromString("0a1b2c3d-4e5f-4061-8273-94a5b6c7d8e9"),
                "Siti Aminah",
                "case.note-added",
                "case",
                "7c9e6679-7425-40de-944b-e07fc1f90ae7",
                details,
                null);

        assertThat(details).isEqualTo("{\"note\":\"Surat asli — lemari B\",\"step\":3}");
        assertThat(hash).isEqualTo("883cf9f5b1a731666f338d2a57f51b99dbca5298b4188be9ef0886671be7cfb3");
    }

    @Test
    void givesTheSameCanonicalDetailsWhateverTheOrderOfTheKeys() {
        var forwards = new LinkedHashMap<String, Object>();
        forwards.put("alpha", 1);
        forwards.put("beta", "two");
        forwards.put("gamma", true);
        var backwards = new LinkedHashMap<String, Object>();
        backwards.put("gamma", true);
        backwards.put("beta", "two");
        backwards.put("alpha", 1);

        assertThat(AuditHashing.canonicalDetails(forwards)).isEqualTo(AuditHashing.canonicalDetails(backwards));
        assertThat(AuditHashing.canonicalDetails(backwards)).isEqualTo("{\"alpha\":1,\"beta\":\"two\",\"gamma\":true}");
    }

    @Test
    void sortsTheKeysOfNestedDetailsToo() {
        var inner = new LinkedHashMap<String, Object>();
        inner.put("z", 1);
        inner.put("a", 2);

        assertThat(AuditHashing.canonicalDetails(Map.of("outer", inner, "list", List.of("b", "a"))))
                .isEqualTo("{\"list\":[\"b\",\"a\"],\"outer\":{\"a\":2,\"z\":1}}");
    }

    @Test
    void writesNoDetailsAsAnEmptyObject() {
        assertThat(AuditHashing.canonicalDetails(Map.of())).isEqualTo("{}");
    }

    @Test
    void changesTheHashWhenAnyPartOfTheEntryChanges() {
        var original = entry("kebumen.auditor", "{\"a\":1}", AuditHashing.GENESIS);
        var hash = AuditHashing.hashOf(original);

        assertThat(hash).hasSize(64).isEqualTo(AuditHashing.hashOf(original));
        assertThat(AuditHashing.hashOf(entry("kebumen.admin", "{\"a\":1}", AuditHashing.GENESIS)))
                .isNotEqualTo(hash);
        assertThat(AuditHashing.hashOf(entry("kebumen.auditor", "{\"a\":2}", AuditHashing.GENESIS)))
                .isNotEqualTo(hash);
        assertThat(AuditHashing.hashOf(entry("kebumen.auditor", "{\"a\":1}", "1".repeat(64))))
                .isNotEqualTo(hash);
    }

    @Test
    void tellsAnAbsentValueFromTheWordNull() {
        assertThat(hashWithSubject("case", null)).isNotEqualTo(hashWithSubject("case", "null"));
    }

    @Test
    void doesNotLetTextMoveFromOneFieldToTheNext() {
        assertThat(hashWithSubject("case\u001f42", null)).isNotEqualTo(hashWithSubject("case", "42"));
        assertThat(hashWithSubject("case:1", "2")).isNotEqualTo(hashWithSubject("case", "1:2"));
    }

    @Test
    void hashesTheDocumentedCanonicalForm() throws Exception {
        var canonical = "64:" + AuditHashing.GENESIS + "1:7" + "27:2026-11-23T08:15:30.123456Z" + "36:" + INSTITUTION
                + "~" + "6:system" + "6:x.done" + "~" + "~" + "2:{}" + "~";
        var expected = java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                        .digest(canonical.getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        assertThat(AuditHashing.hash(
                        AuditHashing.GENESIS, 7, AT, INSTITUTION, null, "system", "x.done", null, null, "{}", null))
                .isEqualTo(expected);
    }

    private static String hashWithSubject(String subjectType, String subjectId) {
        return AuditHashing.hash(
                AuditHashing.GENESIS, 1, AT, null, null, "system", "x", subjectType, subjectId, "{}", null);
    }

    private static AuditEntry entry(String actor, String details, String previousHash) {
        return new AuditEntry(
                7, AT, INSTITUTION, null, actor, "case.action", "case", "42", details, "127.0.0.1", previousHash, "");
    }
}
