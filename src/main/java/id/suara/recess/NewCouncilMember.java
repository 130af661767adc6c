package id.suara.recess;

import java.time.LocalDate;
import java.util.UUID;

/** A member as the administrator enters or changes them. */
public record NewCouncilMember(
        String name, UUID factionId, UUID dapilId, LocalDate activeFrom, LocalDate activeTo, UUID staffAccountId) {}
