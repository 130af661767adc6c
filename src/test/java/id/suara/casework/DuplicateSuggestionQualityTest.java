package id.suara.casework;

import static id.suara.test.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.suara.test.Api;
import id.suara.test.SuaraIntegrationTest;
import id.suara.test.TestClock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How good the similar-case suggestions are (ADR 0037), measured on a seeded set of realistic Kebumen complaints with
 * planted duplicates (src/test/resources/duplicates/planted-set.txt): for every case of the set, each suggestion at or
 * above the threshold is a true positive when it is a planted duplicate of the case (same matter) and a false positive
 * otherwise; each planted duplicate not suggested is a false negative. Pairs are counted both ways.
 */
@SuaraIntegrationTest
class DuplicateSuggestionQualityTest {

    @Autowired
    Api api;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private record Planted(String matter, String title, String respondent, String substance) {}

    private static List<List<Planted>> plantedSet() throws IOException {
        var text = new ClassPathResource("duplicates/planted-set.txt").getContentAsString(StandardCharsets.UTF_8);
        var matters = new ArrayList<List<Planted>>();
        String matter = null;
        for (var line : text.lines().toList()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("== ")) {
                matter = line.substring(3).strip();
                matters.add(new ArrayList<>());
                continue;
            }
            var parts = line.split("\\|", 3);
            matters.getLast().add(new Planted(matter, parts[0].strip(), parts[1].strip(), parts[2].strip()));
        }
        return matters;
    }

    @Test
    void suggestionsFindThePlantedDuplicatesWithPrecisionAndRecallOfAtLeastEightyPercent() throws IOException {
        var matters = plantedSet();
        // a year of its own (2030): the 90 days looked back over hold this set only
        var start = Instant.parse("2030-02-03T01:00:00Z");
        var random = new Random(11);
        var originals = new ArrayList<Map.Entry<Instant, Planted>>();
        var duplicates = new ArrayList<Map.Entry<Instant, Planted>>();
        for (var submissions : matters) {
            // originals spread over 60 days, each duplicate 1 to 10 days after its original
            var at = start.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 60)));
            originals.add(Map.entry(at, submissions.getFirst()));
            for (var duplicate : submissions.subList(1, submissions.size())) {
                duplicates.add(
                        Map.entry(at.plus(Duration.ofMinutes(60 * 24 + random.nextInt(9 * 24 * 60))), duplicate));
            }
        }
        var all = new ArrayList<>(originals);
        all.addAll(duplicates);
        all.sort(Map.Entry.comparingByKey());
        var matterOf = new HashMap<String, String>();
        for (var entry : all) {
            clock.set(entry.getKey());
            var planted = entry.getValue();
            var submission = Api.webSubmission("dprd-kebumen");
            submission.put("title", planted.title());
            submission.put("respondent", planted.respondent());
            submission.put("purpose", "Mohon ditindaklanjuti oleh DPRD");
            submission.put("substance", planted.substance());
            var response = api.submit(submission);
            assertThat(response.status()).as(response.raw()).isEqualTo(201);
            var id = jdbc.sql("select id::text from submission where tracking_number = ?")
                    .param((String) response.get("trackingNumber"))
                    .query(String.class)
                    .single();
            matterOf.put(id, planted.matter());
        }
        clock.set(all.getLast().getKey().plus(Duration.ofDays(1)));

        int truePositives = 0;
        int falsePositives = 0;
        int falseNegatives = 0;
        var mistakes = new ArrayList<String>();
        var trueScores = new ArrayList<Double>();
        for (var caseId : matterOf.keySet()) {
            var matter = matterOf.get(caseId);
            var response = api.send(as("kebumen.sekwan", get("/api/v1/cases/{id}/similar", caseId)));
            assertThat(response.status()).as(response.raw()).isEqualTo(200);
            var suggested = api.jsonList(response.raw()).stream()
                    .map(s -> (String) s.get("id"))
                    .toList();
            for (var s : api.jsonList(response.raw())) {
                if (matter.equals(matterOf.get((String) s.get("id")))) {
                    truePositives++;
                    trueScores.add(((Number) s.get("score")).doubleValue());
                } else {
                    falsePositives++;
                    mistakes.add("FP " + matter + " -> " + matterOf.get((String) s.get("id")) + " " + s.get("score")
                            + " " + s.get("reasons"));
                }
            }
            for (var other : matterOf.keySet()) {
                if (!other.equals(caseId) && matter.equals(matterOf.get(other)) && !suggested.contains(other)) {
                    falseNegatives++;
                    mistakes.add("FN " + matter);
                }
            }
        }
        double precision = truePositives / (double) Math.max(1, truePositives + falsePositives);
        double recall = truePositives / (double) Math.max(1, truePositives + falseNegatives);
        System.out.printf(
                "Duplicate suggestions on the planted set (%d matters, %d with duplicates, %d submissions, threshold"
                        + " %.2f): %d true positives, %d false positives, %d false negatives; precision %.3f,"
                        + " recall %.3f%n",
                matters.size(),
                matters.stream().filter(m -> m.size() > 1).count(),
                matterOf.size(),
                Duplicates.THRESHOLD,
                truePositives,
                falsePositives,
                falseNegatives,
                precision,
                recall);
        mistakes.forEach(System.out::println);
        System.out.println(
                "Scores of the true positives: " + trueScores.stream().sorted().toList());
        assertThat(precision).as("precision").isGreaterThanOrEqualTo(0.8);
        assertThat(recall).as("recall").isGreaterThanOrEqualTo(0.8);
    }
}
