/**
 * The public face of Suara: submitting aspirations and complaints and tracking them without an account.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Public portal")
package id.suara.portal;
