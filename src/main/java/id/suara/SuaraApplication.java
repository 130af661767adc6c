package id.suara;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Suara: receives and handles the public's aspirations and complaints as each institution's SOP prescribes. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SuaraApplication {

    public static void main(String[] args) {
        SpringApplication.run(SuaraApplication.class, args);
    }
}
