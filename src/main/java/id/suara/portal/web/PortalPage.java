package id.suara.portal.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller whose handlers render the public portal's pages: their refusals (an unknown institution, a page
 * number that is no number) are pages in the site's layout ({@link PortalPageErrors}), not the API's problem documents.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface PortalPage {}
