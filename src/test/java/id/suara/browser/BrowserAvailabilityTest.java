package id.suara.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** When the browser tests run, skip or fail, decided without a browser. */
class BrowserAvailabilityTest {

    @Test
    void runsTheBrowserTestsWhenNothingIsMissingRequiredOrNot() {
        assertThat(BrowserAvailability.decide(null, false).isDisabled()).isFalse();
        assertThat(BrowserAvailability.decide(null, true).isDisabled()).isFalse();
    }

    @Test
    void skipsTheBrowserTestsWithTheReasonWhenTheBrowserIsMissingAndNotRequired() {
        var result = BrowserAvailability.decide("chromium/chromedriver not found (/usr/bin/chromium)", false);

        assertThat(result.isDisabled()).isTrue();
        assertThat(result.getReason())
                .hasValueSatisfying(reason -> assertThat(reason).contains("/usr/bin/chromium"));
    }

    @Test
    void failsTheBrowserTestsWhenTheBrowserIsMissingButRequired() {
        assertThatThrownBy(
                        () -> BrowserAvailability.decide("chromium/chromedriver not found (/usr/bin/chromium)", true))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessageContaining("-Dbrowser.required=true")
                .hasMessageContaining("/usr/bin/chromium");
    }

    @Test
    void aSkipAskedForOnPurposeAlsoFailsWhenTheBrowserTestsAreRequired() {
        assertThatThrownBy(() -> BrowserAvailability.decide("-Dbrowser.skip was given", true))
                .isInstanceOf(ExtensionConfigurationException.class);
    }

    @Test
    void theRequirementIsReadFromTheBrowserRequiredProperty() {
        var before = System.getProperty("browser.required");
        try {
            System.setProperty("browser.required", "true");
            assertThat(BrowserAvailability.required()).isTrue();
            System.setProperty("browser.required", "false");
            assertThat(BrowserAvailability.required()).isFalse();
            System.clearProperty("browser.required");
            assertThat(BrowserAvailability.required()).isFalse();
        } finally {
            if (before == null) {
                System.clearProperty("browser.required");
            } else {
                System.setProperty("browser.required", before);
            }
        }
    }
}
