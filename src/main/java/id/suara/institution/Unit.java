package id.suara.institution;

import java.util.UUID;

/** A part of an institution that cases can be routed to: a division, a council organ, the leadership, a government office. */
public record Unit(UUID id, UUID institutionId, String code, String name, UnitType type) {}
