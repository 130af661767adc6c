package id.suara.portal.web;

import id.suara.casework.ComplainantConversation;
import id.suara.casework.ComplainantConversation.Period;
import id.suara.casework.SatisfactionIndex;
import id.suara.institution.Institution;
import id.suara.institution.Institutions;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;

/**
 * The IKM (index of public satisfaction) as the portal's pages show it (ADR 0036), read by their templates as
 * {@code @publicSatisfaction}: per institution and period of a year chosen on the page ({@code ikmYear},
 * {@code ikmPeriod}), and the objection counts of the public statistics.
 */
@Component("publicSatisfaction")
public class PublicSatisfactionPanel {

    private final ComplainantConversation conversation;
    private final Institutions institutions;
    private final Clock clock;

    PublicSatisfactionPanel(ComplainantConversation conversation, Institutions institutions, Clock clock) {
        this.conversation = conversation;
        this.institutions = institutions;
        this.clock = clock;
    }

    /** The IKM of one institution for each period of the chosen year, and the years to choose from. */
    public record Panel(
            Institution institution,
            int year,
            Period period,
            List<ComplainantConversation.PeriodIndex> rows,
            List<Integer> years,
            List<Period> periods) {}

    /** One institution's IKM of a whole year. */
    public record Row(Institution institution, SatisfactionIndex index) {}

    public Panel of(Institution institution, String yearParam, String periodParam) {
        int current = clock.instant().atZone(institution.zone()).getYear();
        int year = parseYear(yearParam, current);
        var period = parsePeriod(periodParam);
        return new Panel(
                institution,
                year,
                period,
                conversation.satisfaction(institution.id(), year, period),
                IntStream.rangeClosed(current - 4, current)
                        .boxed()
                        .sorted((a, b) -> b - a)
                        .toList(),
                List.of(Period.values()));
    }

    /**
     * The IKM of the chosen year of every institution that has responses in it: a province's portal lists dozens of
     * institutions, and a row saying "no responses yet" for most of them would only weigh the page down.
     */
    public List<Row> allInstitutions(String yearParam) {
        return institutions.all().stream()
                .map(i -> {
                    int year = parseYear(
                            yearParam, clock.instant().atZone(i.zone()).getYear());
                    return new Row(
                            i,
                            conversation
                                    .satisfaction(i.id(), year, Period.YEAR)
                                    .getFirst()
                                    .index());
                })
                .filter(r -> r.index().respondents() > 0)
                .toList();
    }

    public ComplainantConversation.ObjectionCounts objections(Institution institution) {
        return conversation.objectionCounts(institution.id());
    }

    private static int parseYear(String value, int current) {
        if (value == null || !value.strip().matches("\\d{4}")) {
            return current;
        }
        int year = Integer.parseInt(value.strip());
        return year < 2000 || year > current + 1 ? current : year;
    }

    private static Period parsePeriod(String value) {
        if (value == null) {
            return Period.YEAR;
        }
        try {
            return Period.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Period.YEAR;
        }
    }
}
