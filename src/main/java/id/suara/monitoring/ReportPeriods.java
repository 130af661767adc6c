package id.suara.monitoring;

import id.suara.recess.PeriodKind;
import id.suara.recess.RecessCalendar;
import id.suara.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** The periods an institution reports on: years, quarters, months, date ranges, and its masa sidang and masa reses. */
@Service
public class ReportPeriods {

    private final RecessCalendar calendar;

    ReportPeriods(RecessCalendar calendar) {
        this.calendar = calendar;
    }

    /**
     * The period written as {@code key} ({@link ReportPeriod#key()}); a masa sidang or reses from the institution's DPRD
     * calendar. Refused naming {@code period} when the key is malformed or names a sitting the calendar lacks.
     */
    public ReportPeriod parse(UUID institutionId, String key) {
        var text = key == null ? "" : key.strip().toLowerCase(java.util.Locale.ROOT);
        var m = ReportPeriod.SITTING.matcher(text);
        if (m.matches()) {
            var kind = m.group(1).equals("reses") ? PeriodKind.RECESS : PeriodKind.SESSION;
            int year = Integer.parseInt(m.group(2));
            int sitting = Integer.parseInt(m.group(3));
            return calendar.periods(institutionId, year).stream()
                    .filter(p -> p.kind() == kind && p.sitting() == sitting)
                    .findFirst()
                    .map(p -> ReportPeriod.sitting(
                            kind == PeriodKind.RECESS, p.year(), p.sitting(), p.startsOn(), p.endsOn()))
                    .orElseThrow(() -> InvalidInputException.invalid(
                            "period", "the institution's calendar has no such session period or recess"));
        }
        return ReportPeriod.parseCalendarKey(text);
    }

    /** The periods of a year to choose from: the year, its masa sidang and masa reses in date order, its quarters. */
    public List<ReportPeriod> choices(UUID institutionId, int year) {
        var out = new ArrayList<ReportPeriod>();
        out.add(ReportPeriod.year(year));
        for (var p : calendar.periods(institutionId, year)) {
            out.add(ReportPeriod.sitting(
                    p.kind() == PeriodKind.RECESS, p.year(), p.sitting(), p.startsOn(), p.endsOn()));
        }
        for (int q = 1; q <= 4; q++) {
            out.add(ReportPeriod.quarter(year, q));
        }
        return out;
    }
}
