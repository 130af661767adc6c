/**
 * Staff accounts, their roles (SOP swimlanes) and how staff sign in.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Staff")
package id.suara.staff;
