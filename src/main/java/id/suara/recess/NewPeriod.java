package id.suara.recess;

import java.time.LocalDate;

/** A period as the administrator enters it. */
public record NewPeriod(PeriodKind kind, Integer year, Integer sitting, LocalDate startsOn, LocalDate endsOn) {}
