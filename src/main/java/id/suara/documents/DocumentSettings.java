package id.suara.documents;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param publicBaseUrl the address the public reaches this Suara at, printed (as a QR code and as text) on every document
 *     so that anyone can open its verification page
 */
@ConfigurationProperties("suara.documents")
record DocumentSettings(
        @DefaultValue("http://localhost:8080") String publicBaseUrl) {}
