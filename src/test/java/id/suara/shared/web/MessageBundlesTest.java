package id.suara.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.suara.calendar.HolidayType;
import id.suara.institution.InstitutionKind;
import id.suara.institution.Role;
import id.suara.institution.UnitType;
import id.suara.intake.Channel;
import id.suara.intake.ComplainantType;
import id.suara.intake.SubmissionKind;
import id.suara.sop.CaseStatus;
import id.suara.sop.RequirementCheck;
import id.suara.sop.SopVersionStatus;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every UI text exists in Bahasa Indonesia and in English, and every key the pages and code name exists. */
class MessageBundlesTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+[A-Za-z0-9_])[}(]");
    private static final Pattern CODE_KEY = Pattern.compile("\"(web\\.[A-Za-z0-9_.]+[A-Za-z0-9_])\"");

    static Properties bundle(String name) {
        var properties = new Properties();
        try (var reader =
                new InputStreamReader(Files.newInputStream(RESOURCES.resolve(name)), StandardCharsets.ISO_8859_1)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    static Set<String> keysNamedIn(Path root, String extension, Pattern pattern) {
        var keys = new TreeSet<String>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(f -> f.toString().endsWith(extension)).forEach(f -> {
                try {
                    var matcher = pattern.matcher(Files.readString(f));
                    while (matcher.find()) {
                        keys.add(matcher.group(1));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndNoEmptyText() {
        var indonesian = bundle("messages.properties");
        var english = bundle("messages_en.properties");

        assertThat(english.stringPropertyNames())
                .as("keys of messages_en.properties")
                .containsExactlyInAnyOrderElementsOf(indonesian.stringPropertyNames());
        assertThat(indonesian.stringPropertyNames())
                .as("keys with an empty Indonesian text")
                .filteredOn(key -> indonesian.getProperty(key).isBlank())
                .isEmpty();
        assertThat(english.stringPropertyNames())
                .as("keys with an empty English text")
                .filteredOn(key -> english.getProperty(key).isBlank())
                .isEmpty();
    }

    @Test
    void everyKeyATemplateNamesExists() {
        var keys = bundle("messages.properties").stringPropertyNames();
        var named = keysNamedIn(RESOURCES.resolve("templates"), ".html", TEMPLATE_KEY);

        assertThat(named).isNotEmpty();
        assertThat(named).as("keys named in templates but missing").isSubsetOf(keys);
    }

    static Stream<Arguments> enumTexts() {
        return Stream.of(
                Arguments.of("web.role.", Role.class),
                Arguments.of("web.office.channel.", Channel.class),
                Arguments.of("web.portal.channel.", Channel.class),
                Arguments.of("web.office.kind.", SubmissionKind.class),
                Arguments.of("web.portal.kind.", SubmissionKind.class),
                Arguments.of("web.office.complainantType.", ComplainantType.class),
                Arguments.of("web.office.status.", CaseStatus.class),
                Arguments.of("web.portal.status.", CaseStatus.class),
                Arguments.of("web.office.requirement.", RequirementCheck.class),
                Arguments.of("web.admin.sop.status.", SopVersionStatus.class),
                Arguments.of("web.admin.calendar.type.", HolidayType.class),
                Arguments.of("web.admin.institutions.kind.", InstitutionKind.class),
                Arguments.of("web.admin.units.type.", UnitType.class));
    }

    /** Pages name these texts by an enum constant ({@code #{|web.role.${r}|}}), which no literal search finds. */
    @ParameterizedTest(name = "{0}<{1}>")
    @MethodSource("enumTexts")
    void everyConstantAPageNamesHasItsTextInBothLanguages(String prefix, Class<? extends Enum<?>> type) {
        var indonesian = bundle("messages.properties");
        var english = bundle("messages_en.properties");
        for (var constant : type.getEnumConstants()) {
            assertThat(indonesian.getProperty(prefix + constant.name()))
                    .as(prefix + constant.name())
                    .isNotBlank();
            assertThat(english.getProperty(prefix + constant.name()))
                    .as(prefix + constant.name() + " (en)")
                    .isNotBlank();
        }
    }

    @Test
    void everyKeyTheCodeNamesExists() {
        var keys = bundle("messages.properties").stringPropertyNames();
        var named = keysNamedIn(Path.of("src/main/java"), ".java", CODE_KEY);

        assertThat(named).isNotEmpty();
        assertThat(named).as("keys named in code but missing").isSubsetOf(keys);
    }

    @ParameterizedTest
    @MethodSource("languages")
    void auditEntryNumbersPrintWithoutDigitGrouping(String file, java.util.Locale locale) {
        var bundle = bundle(file);
        for (var key : List.of(
                "web.audit.verify.problem.ALTERED",
                "web.audit.verify.problem.BROKEN_LINK",
                "web.audit.verify.problem.MISSING_BEFORE")) {
            var text = new java.text.MessageFormat(bundle.getProperty(key), locale).format(new Object[] {1056L});
            assertThat(text).as(key).contains("1056");
        }
        var checked = new java.text.MessageFormat(bundle.getProperty("web.audit.verify.checked"), locale)
                .format(new Object[] {1060L, 1060L});
        assertThat(checked).contains("1060.");
    }

    static Stream<Arguments> languages() {
        return Stream.of(
                Arguments.of("messages.properties", java.util.Locale.forLanguageTag("id-ID")),
                Arguments.of("messages_en.properties", java.util.Locale.ENGLISH));
    }
}
