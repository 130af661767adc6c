/**
 * The tamper-evident audit log (003 II.C.4, accountability): who read which confidential identity, who did what to which
 * case, who signed in, and who changed accounts, roles, SOPs and calendars. Hash-chained and append-only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package id.suara.audit;
