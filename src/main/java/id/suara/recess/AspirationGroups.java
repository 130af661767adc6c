package id.suara.recess;

import id.suara.institution.Institution;
import id.suara.shared.ForbiddenException;
import id.suara.shared.InvalidInputException;
import id.suara.shared.NotFoundException;
import id.suara.staff.StaffMember;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The same need heard from several members at the same place (ADR 0032): Suara suggests aspirations of different
 * members of one sitting year heard in the same district and village whose summaries share most of their words; the
 * secretariat groups the ones it agrees are the same into a group, which the pokir list proposes once. Every aspiration
 * of a group keeps its case, its member and its visit.
 */
@Service
public class AspirationGroups {

    static final int TITLE_MAX = 200;

    /** Two summaries ask for the same thing when this share of the shorter one's words is in the other. */
    static final double SIMILAR = 0.6;

    /** Words that say nothing about what is asked for. */
    private static final Set<String> STOP_WORDS = Set.of(
            "dan",
            "di",
            "ke",
            "dari",
            "yang",
            "untuk",
            "dengan",
            "pada",
            "atau",
            "ini",
            "itu",
            "agar",
            "bagi",
            "oleh",
            "mohon",
            "permohonan",
            "usulan",
            "usul",
            "minta",
            "meminta",
            "perlu",
            "segera",
            "warga",
            "desa",
            "kelurahan",
            "kecamatan",
            "dusun",
            "rt",
            "rw",
            "the",
            "of",
            "and",
            "a",
            "an",
            "to",
            "in",
            "for");

    public record AspirationGroup(UUID id, UUID institutionId, String title, List<RecessAspiration> aspirations) {}

    /** Aspirations of different members that seem to ask for the same thing at the same place. */
    public record GroupSuggestion(String district, String village, List<RecessAspiration> aspirations) {}

    private final JdbcClient jdbc;
    private final RecessCalendar calendar;
    private final RecessVisits visits;

    AspirationGroups(JdbcClient jdbc, RecessCalendar calendar, RecessVisits visits) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.visits = visits;
    }

    /** The aspirations of the recess's sitting year, the pool that grouping looks at. */
    private List<RecessAspiration> ofYear(Institution institution, SittingPeriod recess) {
        return jdbc.sql("""
                        select a.*, m.name as member_name, s.registration_number
                        from recess_aspiration a
                        join council_member m on m.id = a.member_id
                        join submission s on s.id = a.case_id
                        join sitting_period p on p.id = a.recess_id
                        where a.institution_id = ? and p.year = ?
                        order by a.district, a.village, a.created_at""")
                .params(institution.id(), recess.year())
                .query((rs, n) -> RecessVisits.aspiration(rs))
                .list();
    }

    /**
     * Suggestions for a recess's sitting year: clusters of aspirations heard at the same district and village from at
     * least two different members, linked pairwise by similar summaries (or problems), not all in one group already.
     */
    @Transactional(readOnly = true)
    public List<GroupSuggestion> suggestions(StaffMember actor, Institution institution, UUID recessId) {
        RecessVisits.requireSeen(actor, institution);
        var recess = calendar.recess(institution.id(), recessId);
        var byPlace = new LinkedHashMap<String, List<RecessAspiration>>();
        for (var a : ofYear(institution, recess)) {
            byPlace.computeIfAbsent(placeKey(a), k -> new ArrayList<>()).add(a);
        }
        var out = new ArrayList<GroupSuggestion>();
        for (var place : byPlace.values()) {
            int n = place.size();
            var parent = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
            }
            var words = place.stream().map(a -> words(a.summary())).toList();
            var problemWords = place.stream().map(a -> words(a.problem())).toList();
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    if (!place.get(i).memberId().equals(place.get(j).memberId())
                            && (similar(words.get(i), words.get(j))
                                    || (similar(words.get(i), problemWords.get(j))
                                            && similar(words.get(j), problemWords.get(i))))) {
                        parent[find(parent, i)] = find(parent, j);
                    }
                }
            }
            var clusters = new LinkedHashMap<Integer, List<RecessAspiration>>();
            for (int i = 0; i < n; i++) {
                clusters.computeIfAbsent(find(parent, i), k -> new ArrayList<>())
                        .add(place.get(i));
            }
            for (var cluster : clusters.values()) {
                var members = cluster.stream().map(RecessAspiration::memberId).collect(Collectors.toSet());
                var groups = cluster.stream()
                        .map(a -> a.groupId() == null ? "" : a.groupId().toString())
                        .collect(Collectors.toSet());
                boolean allGrouped = groups.size() == 1 && !groups.contains("");
                if (members.size() >= 2 && !allGrouped) {
                    var first = cluster.getFirst();
                    out.add(new GroupSuggestion(first.district(), first.village(), List.copyOf(cluster)));
                }
            }
        }
        return out;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static String placeKey(RecessAspiration a) {
        return normalised(a.district()) + "|" + (a.village() == null ? "" : normalised(a.village()));
    }

    /** Lower case, without accents or punctuation, single spaces. */
    static String normalised(String text) {
        var plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ");
        return plain.strip();
    }

    /** The words of a text that say what it is about: normalised, without stop words and one-letter words. */
    static Set<String> words(String text) {
        return Arrays.stream(normalised(text).split(" "))
                .filter(w -> w.length() > 1 && !STOP_WORDS.contains(w))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Whether most of the shorter set's words are in the other, and at least two when both have two. */
    static boolean similar(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        var shared = new HashSet<>(a);
        shared.retainAll(b);
        int smaller = Math.min(a.size(), b.size());
        return shared.size() >= Math.min(2, smaller) && shared.size() >= SIMILAR * smaller;
    }

    /** The groups holding aspirations of the recess's sitting year, each with its aspirations. */
    @Transactional(readOnly = true)
    public List<AspirationGroup> groups(StaffMember actor, Institution institution, UUID recessId) {
        RecessVisits.requireSeen(actor, institution);
        var recess = calendar.recess(institution.id(), recessId);
        var byGroup = new LinkedHashMap<UUID, List<RecessAspiration>>();
        for (var a : ofYear(institution, recess)) {
            if (a.groupId() != null) {
                byGroup.computeIfAbsent(a.groupId(), k -> new ArrayList<>()).add(a);
            }
        }
        if (byGroup.isEmpty()) {
            return List.of();
        }
        var titles = new LinkedHashMap<UUID, String>();
        jdbc.sql("select id, title from recess_aspiration_group where institution_id = ? order by title")
                .param(institution.id())
                .query(rs -> {
                    titles.put(rs.getObject("id", UUID.class), rs.getString("title"));
                });
        var out = new ArrayList<AspirationGroup>();
        titles.forEach((id, title) -> {
            if (byGroup.containsKey(id)) {
                out.add(new AspirationGroup(id, institution.id(), title, List.copyOf(byGroup.get(id))));
            }
        });
        return out;
    }

    /** Groups aspirations (none in another group yet) under a title. */
    @Transactional
    public AspirationGroup group(StaffMember actor, Institution institution, String title, List<UUID> aspirationIds) {
        requireGrouper(actor, institution);
        var name = RecessVisits.strip(title);
        if (name == null || name.length() > TITLE_MAX) {
            throw InvalidInputException.invalid(
                    "title", "must name the need the group proposes, at most " + TITLE_MAX + " characters");
        }
        var chosen = chosen(institution, aspirationIds);
        if (chosen.size() < 2) {
            throw InvalidInputException.invalid("aspirationIds", "choose at least two aspirations to group");
        }
        for (var a : chosen) {
            if (a.groupId() != null) {
                throw new RecessConflict(
                        "aspirationIds", "alreadyGrouped", "\"" + a.summary() + "\" is in another group already");
            }
        }
        var id = UUID.randomUUID();
        jdbc.sql("insert into recess_aspiration_group (id, institution_id, title, created_by) values (?, ?, ?, ?)")
                .params(id, institution.id(), name, actor.id())
                .update();
        for (var a : chosen) {
            jdbc.sql("update recess_aspiration set group_id = ? where id = ?")
                    .params(id, a.id())
                    .update();
        }
        var details = new LinkedHashMap<String, Object>();
        details.put("title", name);
        details.put("aspirations", chosen.size());
        details.put(
                "members",
                chosen.stream()
                        .map(RecessAspiration::memberName)
                        .distinct()
                        .sorted()
                        .toList()
                        .toString());
        calendar.record(actor, institution, "recess.group.created", "recess-aspiration-group", id, details);
        return group(institution, id);
    }

    /** Adds aspirations (in no group yet) to a group. */
    @Transactional
    public AspirationGroup add(StaffMember actor, Institution institution, UUID groupId, List<UUID> aspirationIds) {
        requireGrouper(actor, institution);
        group(institution, groupId);
        var chosen = chosen(institution, aspirationIds);
        if (chosen.isEmpty()) {
            throw InvalidInputException.invalid("aspirationIds", "choose the aspirations to add");
        }
        for (var a : chosen) {
            if (a.groupId() != null && !a.groupId().equals(groupId)) {
                throw new RecessConflict(
                        "aspirationIds", "alreadyGrouped", "\"" + a.summary() + "\" is in another group already");
            }
            jdbc.sql("update recess_aspiration set group_id = ? where id = ?")
                    .params(groupId, a.id())
                    .update();
        }
        var details = new LinkedHashMap<String, Object>();
        details.put("added", chosen.size());
        calendar.record(actor, institution, "recess.group.added", "recess-aspiration-group", groupId, details);
        return group(institution, groupId);
    }

    /** Takes an aspiration out of its group; a group left with fewer than two is dissolved. */
    @Transactional
    public void remove(StaffMember actor, Institution institution, UUID groupId, UUID aspirationId) {
        requireGrouper(actor, institution);
        var group = group(institution, groupId);
        if (group.aspirations().stream().noneMatch(a -> a.id().equals(aspirationId))) {
            throw new NotFoundException("Aspiration " + aspirationId + " not in group " + groupId);
        }
        jdbc.sql("update recess_aspiration set group_id = null where id = ?")
                .param(aspirationId)
                .update();
        var details = new LinkedHashMap<String, Object>();
        details.put("removed", aspirationId.toString());
        calendar.record(actor, institution, "recess.group.removed", "recess-aspiration-group", groupId, details);
        if (group.aspirations().size() - 1 < 2) {
            dissolve(actor, institution, groupId);
        }
    }

    /** Ungroups: every aspiration of the group stays, with its case, member and visit; the group goes. */
    @Transactional
    public void ungroup(StaffMember actor, Institution institution, UUID groupId) {
        requireGrouper(actor, institution);
        group(institution, groupId);
        dissolve(actor, institution, groupId);
    }

    private void dissolve(StaffMember actor, Institution institution, UUID groupId) {
        jdbc.sql("update recess_aspiration set group_id = null where group_id = ?")
                .param(groupId)
                .update();
        jdbc.sql("delete from recess_aspiration_group where id = ?")
                .param(groupId)
                .update();
        calendar.record(actor, institution, "recess.group.dissolved", "recess-aspiration-group", groupId, Map.of());
    }

    /** One group of the institution with its aspirations, or a 404. */
    @Transactional(readOnly = true)
    public AspirationGroup group(Institution institution, UUID groupId) {
        var title = jdbc.sql("select title from recess_aspiration_group where institution_id = ? and id = ?")
                .params(institution.id(), groupId)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("Group " + groupId + " not found"));
        var aspirations = jdbc.sql("""
                        select a.*, m.name as member_name, s.registration_number
                        from recess_aspiration a
                        join council_member m on m.id = a.member_id
                        join submission s on s.id = a.case_id
                        where a.group_id = ? order by m.name, a.created_at""")
                .param(groupId)
                .query((rs, n) -> RecessVisits.aspiration(rs))
                .list();
        return new AspirationGroup(groupId, institution.id(), title, aspirations);
    }

    private List<RecessAspiration> chosen(Institution institution, List<UUID> aspirationIds) {
        var out = new ArrayList<RecessAspiration>();
        for (var id : aspirationIds == null ? List.<UUID>of() : new LinkedHashSet<>(aspirationIds)) {
            out.add(visits.aspiration(institution.id(), id)
                    .orElseThrow(() -> InvalidInputException.unprocessable(
                            "aspirationIds", "aspiration " + id + " is not one of the institution's")));
        }
        return out;
    }

    /** Grouping spans members: the secretariat groups, not a member's companions. */
    private void requireGrouper(StaffMember actor, Institution institution) {
        RecessVisits.requireSeen(actor, institution);
        if (!visits.keepsAllVisits(actor, institution)) {
            throw new ForbiddenException("Only the secretariat groups the aspirations of several members");
        }
        calendar.lock(institution.id());
    }
}
