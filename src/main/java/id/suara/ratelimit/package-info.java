/**
 * Rate limiting of the public API: per-client token buckets on submitting and tracking, and a lockout after repeated
 * failed tracking lookups, so that flooding the intake or guessing tracking codes is not feasible. Staff endpoints are
 * not limited here (their sign-in has its own back-off).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Rate limiting")
package id.suara.ratelimit;
