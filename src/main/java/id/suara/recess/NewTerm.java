package id.suara.recess;

import java.time.LocalDate;

/** A term as the administrator enters it. */
public record NewTerm(LocalDate startsOn, LocalDate endsOn) {}
