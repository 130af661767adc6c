/**
 * Demo data (profile {@code demo} only): the four institutions of the seed documents with their units, SOPs, office hours
 * and one staff account per role. Never part of a production start.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package id.suara.demo;
