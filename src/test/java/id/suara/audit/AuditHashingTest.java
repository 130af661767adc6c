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
