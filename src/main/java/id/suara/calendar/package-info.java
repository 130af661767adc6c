/**
 * Working calendar: working days, holidays and collective leave, office hours, and the one deadline calculator every SOP time limit goes through.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Working calendar")
package id.suara.calendar;
