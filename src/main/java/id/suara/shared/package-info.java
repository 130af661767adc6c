/**
 * Shared kernel: small value types and the error vocabulary every module uses.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package id.suara.shared;
