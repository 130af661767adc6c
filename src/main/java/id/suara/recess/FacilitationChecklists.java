package id.suara.recess;

import id.suara.institution.Role;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The recess facilitation checklists Suara ships, one JSON file per version in {@code resources/recess/facilitation},
 * named {@code <code>.v<version>.json}. Read strictly and checked once, when this is created, so that a broken
 * checklist stops the application at startup, as a broken SOP preset does.
 */
@Component
class FacilitationChecklists {

    static final String LOCATION = "classpath*:recess/facilitation/*.json";

    private static final Pattern FILE_NAME = Pattern.compile("([a-z][a-z0-9]*(?:-[a-z0-9]+)*)\\.v([1-9][0-9]*)\\.json");

    private final List<FacilitationChecklist> checklists;

    FacilitationChecklists() {
        this(LOCATION);
    }

    FacilitationChecklists(String locationPattern) {
        this.checklists = load(locationPattern);
    }

    /** Every version of every checklist, by code then version. */
    List<FacilitationChecklist> all() {
        return checklists;
    }

    /** The checklist a new facilitation uses: the latest version of the one shipped checklist. */
    FacilitationChecklist current() {
        return checklists.getLast();
    }

    Optional<FacilitationChecklist> find(String code, int version) {
        return checklists.stream()
                .filter(c -> c.code().equals(code) && c.version() == version)
                .findFirst();
    }

    private static List<FacilitationChecklist> load(String locationPattern) {
        var mapper = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        Resource[] resources;
        try {
            resources = new PathMatchingResourcePatternResolver(FacilitationChecklists.class.getClassLoader())
                    .getResources(locationPattern);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list facilitation checklists at " + locationPattern, e);
        }
        var loaded = new ArrayList<FacilitationChecklist>();
        for (var resource : resources) {
            FacilitationChecklist checklist;
            try (InputStream in = resource.getInputStream()) {
                checklist = mapper.readValue(in, FacilitationChecklist.class);
            } catch (IOException | JacksonException e) {
                throw new IllegalStateException(
                        "Cannot read facilitation checklist " + resource + ": " + e.getMessage(), e);
            }
            var name = resource.getFilename() == null ? "" : resource.getFilename();
            var matcher = FILE_NAME.matcher(name);
            if (!matcher.matches()
                    || !matcher.group(1).equals(checklist.code())
                    || Integer.parseInt(matcher.group(2)) != checklist.version()) {
                throw new IllegalStateException("Facilitation checklist " + resource + " is " + checklist.code()
                        + " version " + checklist.version() + "; name it " + checklist.code() + ".v"
                        + checklist.version() + ".json");
            }
            var problems = problems(checklist);
            if (!problems.isEmpty()) {
                throw new IllegalStateException("Facilitation checklist " + resource + " is invalid: " + problems);
            }
            loaded.add(checklist);
        }
        if (loaded.isEmpty()) {
            throw new IllegalStateException("No facilitation checklist at " + locationPattern);
        }
        loaded.sort(Comparator.comparing(FacilitationChecklist::code).thenComparing(FacilitationChecklist::version));
        if (loaded.stream().map(FacilitationChecklist::code).distinct().count() > 1) {
            throw new IllegalStateException("Suara ships one facilitation checklist (in versions); found "
                    + loaded.stream()
                            .map(FacilitationChecklist::code)
                            .distinct()
                            .toList());
        }
        return List.copyOf(loaded);
    }

    /**
     * What is wrong with a checklist: every item needs a code (once), a name, an owner who is a staff role, a source, and
     * a due day within the limit, no earlier than the item before it; empty when it is workable.
     */
    static List<String> problems(FacilitationChecklist checklist) {
        var problems = new ArrayList<String>();
        if (checklist.title() == null || blank(checklist.documentNumber()) || blank(checklist.source())) {
            problems.add("a checklist needs a title, a document number and a source");
        }
        if (checklist.version() < 1) {
            problems.add("the version counts from 1");
        }
        if (checklist.limitWorkingDays() < 1 || blank(checklist.limitSource())) {
            problems.add("the time limit needs a number of working days and its source");
        }
        if (checklist.items().isEmpty()) {
            problems.add("a checklist needs items");
        }
        var codes = new HashSet<String>();
        int previousDue = 0;
        for (var item : checklist.items()) {
            var at = "item " + item.code() + ": ";
            if (blank(item.code()) || !codes.add(item.code())) {
                problems.add(at + "needs a code of its own");
            }
            if (blank(item.number()) || item.name() == null || item.ownerTitle() == null || item.scope() == null) {
                problems.add(at + "needs a number, a name, the owner's title and a scope");
            }
            if (item.ownerRole() == null || !item.ownerRole().assignable() || item.ownerRole() == Role.SYSTEM_ADMIN) {
                problems.add(at + "needs an owner role a staff account of the institution holds");
            }
            if (item.companionOwns() && item.scope() != ItemScope.COMPANION) {
                problems.add(at + "only a per-companion item can be owned by the companion");
            }
            if (blank(item.source())
                    || !item.source().startsWith(checklist.source().split(" ")[0] + ", langkah ")) {
                problems.add(at + "must cite the seed document and its step (\"<file>, langkah N\")");
            }
            if (item.dueWorkingDays() < previousDue || item.dueWorkingDays() > checklist.limitWorkingDays()) {
                problems.add(at + "is due no earlier than the item before it and within the limit");
            }
            previousDue = Math.max(previousDue, item.dueWorkingDays());
        }
        return problems;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
