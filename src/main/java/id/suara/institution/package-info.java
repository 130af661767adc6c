/**
 * Institutions (tenants) and their organisation: units such as secretariat divisions, council organs and government offices,
 * and the roles (SOP swimlanes) staff can hold.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Institutions")
package id.suara.institution;
