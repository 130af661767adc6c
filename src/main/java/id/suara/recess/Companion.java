package id.suara.recess;

import java.util.UUID;

/**
 * A companion (pendamping) assigned to a member for one recess: a staff account, or a named person with a phone number.
 *
 * @param name the person's name; for a staff account, its display name
 */
public record Companion(
        UUID id, UUID recessId, UUID memberId, String memberName, UUID staffAccountId, String name, String phone) {}
