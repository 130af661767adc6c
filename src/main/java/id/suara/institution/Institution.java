package id.suara.institution;

import java.time.ZoneId;
import java.util.UUID;

/**
 * A tenant: a DPRD secretariat or a government office. Every record in Suara belongs to one.
 *
 * @param registrationPattern pattern of human-readable registration numbers, see {@code RegistrationNumberFormat}
 */
public record Institution(
        UUID id, String code, String name, InstitutionKind kind, ZoneId zone, String registrationPattern) {}
