/**
 * The tamper-evident audit log (003 II.C.4, accountability): who read which confidential identity, who did what to which
 * case, who signed in, and who changed accounts, roles, SOPs and calendars. Hash-chained and append-only.
 *
 * <p>Other modules record through {@link id.suara.audit.AuditLog#record}, in their own transaction; sign-ins and staff
 * account changes are recorded here from Spring Security's events and {@link id.suara.staff.StaffAccountChanged}.
 * Auditors and system administrators read the log through {@link id.suara.audit.AuditTrail} ({@code /api/v1/audit}); an
 * operator verifies the chain with {@code --suara.audit.verify}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package id.suara.audit;
