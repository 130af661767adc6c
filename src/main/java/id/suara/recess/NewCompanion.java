package id.suara.recess;

import java.util.UUID;

/** A companion as the administrator assigns them: either {@code staffAccountId}, or {@code name} and {@code phone}. */
public record NewCompanion(UUID staffAccountId, String name, String phone) {}
