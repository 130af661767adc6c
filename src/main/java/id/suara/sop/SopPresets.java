package id.suara.sop;

import id.suara.shared.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SOPs Suara ships, one JSON file per procedure in {@code resources/sop/presets}, named after its code. They are read
 * strictly (an unknown or misspelt property is an error, not a silent default) and checked with
 * {@link SopDefinitionValidator} once, when this is created, so a broken preset stops the application at startup.
 */
@Component
public class SopPresets {

    /** Where the shipped presets live. */
    public static final String LOCATION = "classpath*:sop/presets/*.json";

    private final Map<String, SopDefinition> byCode;

    /** The presets shipped on the classpath. */
    public SopPresets() {
        this(LOCATION);
    }

    /** The presets matching a Spring resource pattern, e.g. {@code "file:/tmp/presets/*.json"} in a test. */
    public SopPresets(String locationPattern) {
        this.byCode = load(locationPattern);
    }

    /** Every preset, ordered by code. */
    public List<SopDefinition> all() {
        return List.copyOf(byCode.values());
    }

    public Optional<SopDefinition> find(String code) {
        return Optional.ofNullable(code).map(byCode::get);
    }

    /** The reader for preset files: strict about unknown properties, nulls for primitives and duplicate keys. */
    static JsonMapper strictMapper() {
        return JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    private static Map<String, SopDefinition> load(String locationPattern) {
        var mapper = strictMapper();
        Resource[] resources;
        try {
            resources = new PathMatchingResourcePatternResolver(SopPresets.class.getClassLoader())
                    .getResources(locationPattern);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list SOP presets at " + locationPattern, e);
        }
        var definitions = new ArrayList<SopDefinition>();
        for (var resource : resources) {
            var definition = read(mapper, resource);
            var fileName = resource.getFilename();
            var expectedCode = fileName == null ? null : fileName.substring(0, fileName.length() - ".json".length());
            if (!definition.code().equals(expectedCode)) {
                throw new IllegalStateException("SOP preset " + resource + " has code " + definition.code()
                        + "; it must be named after its file");
            }
            try {
                SopDefinitionValidator.validate(definition);
            } catch (InvalidInputException e) {
                throw new IllegalStateException("SOP preset " + resource + " is invalid: " + e.errors(), e);
            }
            definitions.add(definition);
        }
        definitions.sort(Comparator.comparing(SopDefinition::code));
        var result = new LinkedHashMap<String, SopDefinition>();
        for (var definition : definitions) {
            if (result.putIfAbsent(definition.code(), definition) != null) {
                throw new IllegalStateException("Two SOP presets have the code " + definition.code());
            }
        }
        return Collections.unmodifiableMap(result);
    }

    private static SopDefinition read(JsonMapper mapper, Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return mapper.readValue(in, SopDefinition.class);
        } catch (IOException | JacksonException e) {
            throw new IllegalStateException("Cannot read SOP preset " + resource + ": " + e.getMessage(), e);
        }
    }
}
