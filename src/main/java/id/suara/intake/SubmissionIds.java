package id.suara.intake;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.NoArgGenerator;
import java.util.UUID;

/**
 * The id of a new submission, which is also its case's: a time-ordered UUID (RFC 9562 version 7; 48 bits of
 * milliseconds, then 74 random bits). A registration writes rows keyed or indexed by it in the submission, its receipt,
 * its case, its history and assignments; with random ids each of those went to a random leaf page of a million-row index,
 * one page read and, after each checkpoint, one full page image in the WAL per index. Ids of one moment share the
 * right-hand end instead (ADR 0049). Within a millisecond the ids are random, not a counter, so an id tells nothing of
 * the next.
 */
final class SubmissionIds {

    private static final NoArgGenerator GENERATOR = Generators.timeBasedEpochRandomGenerator();

    private SubmissionIds() {}

    static UUID next() {
        return GENERATOR.generate();
    }
}
