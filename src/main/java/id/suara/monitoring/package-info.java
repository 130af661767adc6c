/**
 * Monitoring and evaluation (issue 12, ADR 0038): the figures a head of division hands to the leadership at the end of a
 * session period and of a year — incoming by kind, channel, category and organ or office; open cases by status and step;
 * timeliness per step and per procedure; handling time; objections; satisfaction; the overdue list and trends — read
 * from tallies the database keeps as cases move (V102), never by grouping every case per request.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Monitoring")
package id.suara.monitoring;
