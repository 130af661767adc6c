package id.suara.sop;

import static org.assertj.core.api.Assertions.assertThat;

import id.suara.institution.Institution;
import id.suara.institution.Institutions;
import id.suara.test.PdfFiles;
import id.suara.test.SuaraIntegrationTest;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * Every shipped SOP printed in the official layout (ADR 0039): its identity block and a flow table with every step,
 * actor, time and output of the preset. The first page and the flow table's first page of each are kept as PNGs under
 * target/documents ({@code sop-<preset>.png}, {@code sop-<preset>-alur.png}) for people to look at.
 */
@SuaraIntegrationTest
class SopPrintsIntegrationTest {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    @Autowired
    SopPrints prints;

    @Autowired
    SopPresets presets;

    @Autowired
    Institutions institutions;

    @Autowired
    MessageSource messages;

    static Stream<String> presetCodes() {
        return new SopPresets().all().stream().map(SopDefinition::code);
    }

    private Institution kebumen() {
        return institutions.findByCode("dprd-kebumen").orElseThrow();
    }

    /** The text with every run of blanks and line breaks as one space, as a sentence reads across lines. */
    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }

    /**
     * The text without any blank or line break: a narrow cell of the flow table wraps a text at a slash or hyphen too
     * ("dan/ atau"), where PDFBox reads a line break as a space.
     */
    private static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }

    private String time(id.suara.calendar.TimeLimit limit) {
        if (limit.instant()) {
            return messages.getMessage("web.portal.limit.instant", null, INDONESIAN);
        }
        return messages.getMessage(
                "web.portal.limit." + limit.unit().name(), new Object[] {limit.amount()}, INDONESIAN);
    }

    @ParameterizedTest
    @MethodSource("presetCodes")
    void everyShippedSopPrintsItsIdentityAndEveryStepActorTimeAndOutput(String code) throws IOException {
        var preset = presets.find(code).orElseThrow();
        var pdf = prints.pdf(kebumen(), preset, 1, SopVersionStatus.ACTIVE);
        PdfFiles.keepFirstPageAsPng(pdf, "sop-" + code);
        PdfFiles.keepPageAsPng(pdf, 1, "sop-" + code + "-alur");

        var identityPage = oneLine(PdfFiles.pageText(pdf, 0));
        assertThat(identityPage)
                .contains("NOMOR SOP")
                .contains(preset.documentNumber())
                .contains("TANGGAL PEMBUATAN")
                .contains("DASAR HUKUM")
                .contains("PENCATATAN DAN PENDATAAN")
                .contains(preset.title().id().toUpperCase(INDONESIAN))
                .doesNotContain("DRAF");
        var identity = preset.identity();
        assertThat(identity).as("every shipped preset has its identity block").isNotNull();
        var date = DateTimeFormatter.ofPattern("d MMMM yyyy", INDONESIAN);
        if (identity.madeOn() != null) {
            assertThat(identityPage).contains(date.format(identity.madeOn()));
        }
        if (identity.effectiveOn() != null) {
            assertThat(identityPage).contains(date.format(identity.effectiveOn()));
        }
        if (identity.approvedBy() != null) {
            assertThat(identityPage)
                    .contains(identity.approvedBy().position())
                    .contains(identity.approvedBy().name());
        }
        Stream.of(
                        identity.legalBasis(),
                        identity.qualifications(),
                        identity.relatedSops(),
                        identity.equipment(),
                        identity.warnings(),
                        identity.records())
                .flatMap(java.util.List::stream)
                .forEach(entry -> assertThat(squeezed(identityPage)).contains(squeezed(entry)));

        var flow =
                squeezed(PdfFiles.text(pdf).substring(PdfFiles.pageText(pdf, 0).length()));
        assertThat(flow).contains("Kegiatan").contains("Pelaksana").contains("MutuBaku");
        for (var lane : preset.lanes()) {
            assertThat(flow).contains(squeezed(messages.getMessage("web.role." + lane.name(), null, INDONESIAN)));
        }
        for (var step : preset.steps()) {
            if (step.terminal()) {
                continue;
            }
            assertThat(flow).contains(squeezed(step.number() + step.name().id()));
            if (step.timeLimit() != null) {
                assertThat(flow).contains(squeezed(time(step.timeLimit())));
            }
            step.outputs().forEach(output -> assertThat(flow).contains(squeezed(output.id())));
            if (step.requirements() != null) {
                assertThat(flow).contains(squeezed(step.requirements().id()));
            }
            if (step.notes() != null) {
                assertThat(flow).contains(squeezed(step.notes().id()));
            }
        }
        assertThat(flow).contains("Mulai").contains("Selesai");
    }

    @Test
    void aDraftPrintsMarkedAsADraftOnEveryPage() throws IOException {
        var preset = presets.find("kebumen-written").orElseThrow();
        var pdf = prints.pdf(kebumen(), preset, 2, SopVersionStatus.DRAFT);
        PdfFiles.keepFirstPageAsPng(pdf, "sop-draft");

        for (int page = 0; page < PdfFiles.pages(pdf); page++) {
            assertThat(PdfFiles.pageText(pdf, page)).contains("DRAF — BELUM DISAHKAN");
        }
        assertThat(oneLine(PdfFiles.text(pdf))).contains("versi 2 (draf)");
    }

    @Test
    void anSopWithoutAnIdentityBlockPrintsADashInEveryField() throws IOException {
        var preset = presets.find("kebumen-written").orElseThrow();
        var bare = new SopDefinition(
                preset.code(),
                preset.title(),
                preset.issuer(),
                null,
                preset.source(),
                preset.channels(),
                preset.kinds(),
                preset.anonymousAllowed(),
                preset.anonymousSource(),
                preset.steps(),
                preset.transitions(),
                preset.letters(),
                preset.reopenStep());
        var pdf = prints.pdf(kebumen(), bare, 1, SopVersionStatus.ACTIVE);

        var page = oneLine(PdfFiles.pageText(pdf, 0));
        assertThat(page)
                .contains("NOMOR SOP -")
                .contains("TANGGAL PEMBUATAN -")
                .contains("TANGGAL REVISI -")
                .contains("TANGGAL EFEKTIF -")
                .contains("DISAHKAN OLEH -");
    }
}
