package id.suara.calendar;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A dated entry of the working calendar, national ({@code institutionId} null) or for one institution, with its Indonesian
 * and English names and the source that declares it, e.g. the joint ministerial decree (SKB).
 */
public record Holiday(
        UUID id, UUID institutionId, LocalDate date, HolidayType type, String nameId, String nameEn, String source) {

    public Holiday {
        if (id == null || date == null || type == null) {
            throw new IllegalArgumentException("A holiday needs an id, a date and a type");
        }
    }

    /** Whether the entry applies to every institution. */
    public boolean national() {
        return institutionId == null;
    }
}
