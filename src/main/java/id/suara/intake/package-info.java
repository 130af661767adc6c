/**
 * Intake: receiving submissions from every channel, checking their form, registering them with a registration number,
 * a public tracking number and a secret access code, storing their attachments and producing the receipt (tanda terima).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Intake")
package id.suara.intake;
