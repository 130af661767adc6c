package id.suara.recess;

import java.util.UUID;

/** A person on a visit's guest list (invited) and/or attendance list (attended). */
public record VisitAttendee(
        UUID id,
        UUID visitId,
        String name,
        String organisation,
        String address,
        boolean invited,
        boolean attended,
        SourceLine source) {}
