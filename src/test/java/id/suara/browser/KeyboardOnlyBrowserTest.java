package id.suara.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Keyboard-only use: a citizen submits and tracks a complaint, and an officer signs in, finds it, checks its requirements
 * and writes an internal note, all with Tab, typing, the arrow keys, Space and Enter. Every Tab stop on the way shows
 * where the focus is.
 */
class KeyboardOnlyBrowserTest extends BrowserTest {

    /** More Tab stops than any page on the way has before the element sought. */
    private static final int MAX_TAB_STOPS = 80;

    @Test
    void aCitizenAndAnOfficerUseTheirPagesWithTheKeyboardAlone() {
        browser().manage().deleteAllCookies();
        open("/i/dprd-kebumen/lapor");
        tabTo("#kind");
        chooseWithArrowKeys("COMPLAINT");
        tabTo("#name");
        type("Budi Santoso");
        tabTo("#identityNumber");
        type("3305010101900123");
        tabTo("#address");
        type("Jl. Melati 7, Kebumen");
        tabTo("#phone");
        type("+62 812 0000 2222");
        tabTo("#confidential");
        press(Keys.SPACE);
        assertThat(find("#confidential").isSelected())
                .as("Space ticks the confidentiality box")
                .isTrue();
        tabTo("#title");
        type("Lampu jalan padam di Jl. Melati");
        tabTo("#purpose");
        type("Mohon lampu jalan diperbaiki");
        tabTo("#substance");
        type("Sudah dua minggu lampu jalan padam sehingga rawan kecelakaan.");
        tabTo("main form button[type=submit]");
        toNextPage(() -> press(Keys.ENTER));

        var trackingNumber = find("input[name=trackingNumber]").getDomProperty("value");
        var accessCode = find("input[name=accessCode]").getDomProperty("value");
        assertThat(trackingNumber).startsWith("SR-");

        open("/lacak");
        tabTo("#trackingNumber");
        type(trackingNumber);
        tabTo("#accessCode");
        type(accessCode);
        toNextPage(() -> press(Keys.ENTER));
        assertThat(find("main").getText()).contains(trackingNumber).contains("Terdaftar");

        open("/login");
        tabTo("#username");
        type("kebumen.petugas");
        tabTo("#password");
        type("suara-demo");
        toNextPage(() -> press(Keys.ENTER));
        assertThat(browser().getCurrentUrl()).doesNotContain("/login");

        tabTo("#q");
        type(trackingNumber);
        toNextPage(() -> press(Keys.ENTER));
        tabTo("main a[href^='/kantor/kasus/']");
        toNextPage(() -> press(Keys.ENTER));
        assertThat(find("main").getText()).contains("Lampu jalan padam di Jl. Melati");

        for (var box : browser().findElements(By.cssSelector("input[name=met]"))) {
            tabTo(box);
            press(Keys.SPACE);
            assertThat(box.isSelected()).as("Space ticks %s", label(box)).isTrue();
        }
        tabTo("#check-note");
        type("Lengkap, diperiksa dengan papan ketik.");
        var checkButton = find("#check-note")
                .findElement(By.xpath("ancestor::form"))
                .findElement(By.cssSelector("button[type=submit]"));
        tabTo(checkButton);
        toNextPage(() -> press(Keys.ENTER));
        assertThat(browser().findElements(By.cssSelector(".errors"))).isEmpty();
        assertThat(find("main").getText()).contains("Lengkap, diperiksa dengan papan ketik.");

        tabTo("#note-text");
        type("Catatan internal lewat papan ketik.");
        var noteButton = find("#note-text")
                .findElement(By.xpath("ancestor::form"))
                .findElement(By.cssSelector("button[type=submit]"));
        tabTo(noteButton);
        toNextPage(() -> press(Keys.SPACE));
        assertThat(find("ul.notes").getText()).contains("Catatan internal lewat papan ketik.");
        screenshot("case-after-keyboard");
    }

    private void tabTo(String cssSelector) {
        tabTo(find(cssSelector));
    }

    /**
     * Presses Tab until the element has the focus, from wherever the focus is now; fails if it is not reached or if a
     * stop on the way has no visible focus indicator.
     */
    private void tabTo(WebElement target) {
        if (browser().switchTo().activeElement().equals(target)) {
            return; // e.g. the login form's autofocus
        }
        for (int i = 0; i < MAX_TAB_STOPS; i++) {
            var focused = pressTab();
            if ("body".equals(focused.getTagName())) {
                continue; // past the last stop, the focus leaves the document before it wraps around
            }
            assertFocusVisible(focused);
            if (focused.equals(target)) {
                return;
            }
        }
        fail(
                "%s was not reached within %d Tab stops on %s",
                label(target), MAX_TAB_STOPS, browser().getCurrentUrl());
    }

    private void assertFocusVisible(WebElement focused) {
        var indicator = (String) script(
                "const s = getComputedStyle(arguments[0]);"
                        + " return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0"
                        + " ? s.outlineStyle + ' ' + s.outlineWidth : (s.boxShadow !== 'none' ? s.boxShadow : '');",
                focused);
        assertThat(indicator)
                .as("focus indicator of %s on %s", label(focused), browser().getCurrentUrl())
                .isNotEmpty();
    }

    private void type(String text) {
        press(text);
    }

    /** Moves the focused select's choice with the Down key until it holds the value. */
    private void chooseWithArrowKeys(String value) {
        var select = browser().switchTo().activeElement();
        for (int i = 0; i < 10 && !value.equals(select.getDomProperty("value")); i++) {
            press(Keys.ARROW_DOWN);
        }
        assertThat(select.getDomProperty("value"))
                .as("choice of %s", label(select))
                .isEqualTo(value);
    }
}
