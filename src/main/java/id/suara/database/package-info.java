/**
 * Where Suara keeps its data: an embedded PostgreSQL started by the application itself unless {@code spring.datasource.url}
 * points to an external server (see docs/adr/0002-embedded-postgresql-by-default.md).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Database")
package id.suara.database;
