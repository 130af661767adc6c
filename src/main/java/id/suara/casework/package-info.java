/**
 * Casework: a registered submission handled step by step along the SOP version it started with — requirement checks,
 * actions allowed by the current step to holders of its role, an append-only history, deadlines and public tracking.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Casework")
package id.suara.casework;
