package id.suara.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import id.suara.test.TestAttachmentDirectory;
import id.suara.test.TestClockConfiguration;
import id.suara.test.TestDatabase;
import id.suara.test.TestMailServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.PageLoadStrategy;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Base of the tests that drive the real application, on a random port, in a headless Chromium: Debian's
 * {@code /usr/bin/chromium} through {@code /usr/bin/chromedriver}, never a downloaded browser or driver. The context is
 * that of {@link id.suara.test.SuaraIntegrationTest} (demo data, test clock, the run's attachment directory and mail server) with cookies
 * allowed over plain HTTP.
 *
 * <p>One browser per test class, with a fresh profile and the HTTP cache disabled, so every page load is a first load.
 * The viewport is a 360×740 phone unless the class overrides {@link #viewport()} (or calls {@link #useViewport}). When
 * Chromium or chromedriver is missing the tests are skipped with a printed notice ({@link BrowserAvailability}).
 *
 * <p>What a test gets: {@link #open}, {@link #screenshot} (full page, to {@code target/screenshots/<test>-<page>.png}),
 * {@link #assertAccessible()} (axe-core, WCAG 2.1 A and AA), {@link #assertPageWeightBelow}, {@link
 * #assertNoHorizontalScroll()}, keyboard helpers ({@link #tabStopsFromTop}, {@link #assertSkipLinkFirstThenNavigation},
 * {@link #assertSkipLinkMovesFocusToMain}) and {@link #signIn}. A failing test leaves a screenshot of the page it was on
 * ({@code <test>-<method>-failure.png}).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "suara.security.secure-cookies=false")
@AutoConfigureMockMvc // the shared test helpers (id.suara.test.Api, TestAccounts) use MockMvc
@ActiveProfiles({"demo", "test"})
@ContextConfiguration(
        initializers = {
            TestDatabase.Initializer.class,
            TestAttachmentDirectory.Initializer.class,
            TestMailServer.Initializer.class
        })
@Import(TestClockConfiguration.class)
@ExtendWith({BrowserAvailability.class, BrowserTest.FailureScreenshots.class})
@Tag("browser")
public abstract class BrowserTest {

    /** The viewports the tests use: a low-end Android phone, an office PC, and an office PC's browser window. */
    public enum Viewport {
        PHONE(360, 740, true),
        DESKTOP(1366, 768, false),
        OFFICE_WINDOW(1280, 900, false);

        final int width;
        final int height;
        final boolean mobile;

        Viewport(int width, int height, boolean mobile) {
            this.width = width;
            this.height = height;
            this.mobile = mobile;
        }
    }

    /** Where screenshots go (a test artifact). */
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /** axe-core as installed from the npm registry by {@code npm ci --prefix src/test/browser} (see pom.xml). */
    static final Path BROWSER_PACKAGES = Path.of("src", "test", "browser");

    static final Path AXE = BROWSER_PACKAGES.resolve(Path.of("node_modules", "axe-core", "axe.min.js"));

    private static final int MAX_SCREENSHOT_HEIGHT = 8000;

    /** The browser of the running test class (test classes run one after the other). */
    private static ChromeDriver driver;

    private static Path profileDirectory;
    private static Viewport currentViewport;
    private static String axeSource;

    @LocalServerPort
    protected int port;

    /** The viewport this class starts with; override for {@link Viewport#DESKTOP}. */
    protected Viewport viewport() {
        return Viewport.PHONE;
    }

    /** This class's browser, started on first use. */
    protected ChromeDriver browser() {
        if (driver == null) {
            driver = startBrowser();
            useViewport(viewport());
        }
        return driver;
    }

    /** A test that changed the viewport leaves the class's own for the next test. */
    @AfterEach
    void backToTheClassViewport() {
        if (driver != null && currentViewport != viewport()) {
            useViewport(viewport());
        }
    }

    @AfterAll
    static void quitBrowser() {
        if (driver != null) {
            try {
                driver.quit();
            } finally {
                driver = null;
                currentViewport = null;
                deleteRecursively(profileDirectory);
            }
        }
    }

    private static ChromeDriver startBrowser() {
        // Selenium Manager never runs (it could download a driver or a browser): Selenium skips it when the service
        // names the driver executable, as below; the system property says the same, and Surefire points the
        // environment variable SE_MANAGER_PATH at nothing (pom.xml), so that any call to it would fail, not download.
        System.setProperty("webdriver.chrome.driver", BrowserAvailability.CHROMEDRIVER.toString());
        try {
            profileDirectory = Files.createTempDirectory("suara-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var options = new ChromeOptions();
        options.setBinary(BrowserAvailability.CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-extensions",
                "--disable-default-apps",
                "--no-first-run",
                "--no-default-browser-check",
                "--hide-scrollbars",
                "--lang=id-ID",
                "--window-size=1366,768",
                "--user-data-dir=" + profileDirectory);
        // An Indonesian phone: the portal speaks Bahasa Indonesia unless asked otherwise
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "id-ID,id"));
        options.setPageLoadStrategy(PageLoadStrategy.NORMAL);
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(BrowserAvailability.CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogOutput(OutputStream.nullOutputStream())
                .build();
        var chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        chrome.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        chrome.executeCdpCommand("Network.enable", Map.of());
        chrome.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
        return chrome;
    }

    /** Switches the viewport (device metrics emulation: a phone is a touch screen honouring the meta viewport). */
    protected void useViewport(Viewport viewport) {
        browser()
                .executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        Map.of(
                                "width", viewport.width,
                                "height", viewport.height,
                                "deviceScaleFactor", 1,
                                "mobile", viewport.mobile));
        currentViewport = viewport;
    }

    /** The absolute address of a path of the application under test. */
    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Loads a page of the application (waiting for its load event). */
    protected void open(String path) {
        browser().get(url(path));
    }

    /** The element of the current page matched by a CSS selector. */
    protected WebElement find(String cssSelector) {
        return browser().findElement(By.cssSelector(cssSelector));
    }

    /** Signs in through the login form (fields {@code username} and {@code password}). */
    protected void signIn(String username, String password) {
        open("/login");
        find("input[name=username]").sendKeys(username);
        var passwordField = find("input[name=password]");
        passwordField.sendKeys(password);
        toNextPage(passwordField::submit);
    }

    /**
     * Does something that leads to another page (submitting a form, following a link) and waits until the browser shows
     * a new document that has finished loading.
     */
    protected void toNextPage(Runnable action) {
        script("window.suaraPreviousPage = true");
        action.run();
        new WebDriverWait(browser(), Duration.ofSeconds(30))
                .ignoring(WebDriverException.class)
                .until(
                        driver -> Boolean.TRUE.equals(
                                ((JavascriptExecutor) driver)
                                        .executeScript(
                                                "return window.suaraPreviousPage === undefined && document.readyState === 'complete'")));
    }

    /** Submits the form of the field matched by a CSS selector and waits for the page that answers it. */
    protected void submitForm(String cssSelector) {
        toNextPage(find(cssSelector)::submit);
    }

    /** Follows a link (or presses a button) and waits for the page it leads to. */
    protected void follow(WebElement element) {
        toNextPage(element::click);
    }

    /** Runs JavaScript in the page. */
    protected Object script(String source, Object... arguments) {
        return browser().executeScript(source, arguments);
    }

    // ---------------------------------------------------------------------------------------------------- screenshots

    /** Saves a full-page screenshot of the current page as {@code target/screenshots/<test class>-<page>.png}. */
    protected Path screenshot(String page) {
        return screenshotTo(getClass().getSimpleName() + "-" + page);
    }

    private static Path screenshotTo(String name) {
        if (driver == null) {
            return null;
        }
        @SuppressWarnings("unchecked")
        var metrics = (Map<String, Object>) driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        var content = (Map<String, Object>) metrics.get("cssContentSize");
        double width = Math.max(((Number) content.get("width")).doubleValue(), currentViewport.width);
        double height = Math.min(
                Math.max(((Number) content.get("height")).doubleValue(), currentViewport.height),
                MAX_SCREENSHOT_HEIGHT);
        var shot = driver.executeCdpCommand(
                "Page.captureScreenshot",
                Map.of(
                        "format",
                        "png",
                        "captureBeyondViewport",
                        true,
                        "clip",
                        Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        var file = SCREENSHOTS.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".png");
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    // -------------------------------------------------------------------------------------------------- accessibility

    /** axe-core finds no WCAG 2.0/2.1 level A or AA violation on the current page. */
    protected void assertAccessible() {
        var violations = axeViolations();
        if (!violations.isEmpty()) {
            fail("axe-core found " + violations.size() + " accessibility violation(s) on "
                    + browser().getCurrentUrl() + ":\n"
                    + violations.stream().map(BrowserTest::describe).collect(Collectors.joining("\n")));
        }
    }

    /** The violations axe-core reports on the current page (WCAG 2.0/2.1 A and AA rules). */
    @SuppressWarnings("unchecked")
    protected List<Map<String, Object>> axeViolations() {
        script(axeSource());
        var result = browser().executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                          .then(results => done(results.violations.map(v => ({
                              id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
                              nodes: v.nodes.map(n => ({target: n.target.join(' '), html: n.html,
                                                        summary: n.failureSummary}))}))))
                          .catch(error => done('axe failed: ' + error));
                        """);
        if (result instanceof String error) {
            throw new IllegalStateException(error);
        }
        return (List<Map<String, Object>>) result;
    }

    @SuppressWarnings("unchecked")
    private static String describe(Map<String, Object> violation) {
        var nodes = (List<Map<String, Object>>) violation.get("nodes");
        return "- " + violation.get("id") + " (" + violation.get("impact") + "): " + violation.get("help") + " "
                + violation.get("helpUrl") + "\n"
                + nodes.stream()
                        .map(node -> "    " + node.get("target") + "  " + node.get("html") + "\n      "
                                + String.valueOf(node.get("summary")).replace("\n", "\n      "))
                        .collect(Collectors.joining("\n"));
    }

    private static synchronized String axeSource() {
        if (axeSource == null) {
            if (!Files.isRegularFile(AXE)) {
                installAxe();
            }
            try {
                axeSource = Files.readString(AXE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axeSource;
    }

    /** Outside Maven (an IDE run): install the pinned axe-core from the npm registry as the build would. */
    private static void installAxe() {
        var command = List.of(
                "npm",
                "ci",
                "--prefix",
                BROWSER_PACKAGES.toString(),
                "--prefer-offline",
                "--no-audit",
                "--no-fund",
                "--loglevel=error");
        try {
            var process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(AXE + " is missing and `" + String.join(" ", command) + "` failed");
            }
        } catch (IOException e) {
            throw new IllegalStateException(
                    AXE + " is missing; install it with `" + String.join(" ", command) + "` (needs node and npm)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------------------------------------------- page weight

    /**
     * The bytes transferred to load the current page: the document and every resource it loaded (Resource Timing's
     * {@code transferSize}, or {@code encodedBodySize} where that is 0). The cache is disabled, so this is a first load.
     */
    protected long pageWeight() {
        return transfers().values().stream().mapToLong(Long::longValue).sum();
    }

    /** The current page (with everything it loaded) weighs less than {@code bytes} transferred. */
    protected void assertPageWeightBelow(long bytes) {
        var transfers = transfers();
        long total = transfers.values().stream().mapToLong(Long::longValue).sum();
        System.out.printf(
                "Page weight of %s: %d bytes in %d transfers%n", browser().getCurrentUrl(), total, transfers.size());
        assertThat(total)
                .as(
                        "bytes transferred for %s:%n%s",
                        browser().getCurrentUrl(),
                        transfers.entrySet().stream()
                                .map(e -> "  " + e.getValue() + "  " + e.getKey())
                                .collect(Collectors.joining("\n")))
                .isLessThan(bytes);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Long> transfers() {
        var entries = (List<Map<String, Object>>) script("""
                const size = e => e.transferSize > 0 ? e.transferSize : (e.encodedBodySize || 0);
                return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
                  .map(e => ({name: e.name, bytes: size(e)}));
                """);
        return entries.stream()
                .collect(Collectors.toMap(
                        e -> (String) e.get("name"),
                        e -> ((Number) e.get("bytes")).longValue(),
                        Long::sum,
                        java.util.LinkedHashMap::new));
    }

    // ------------------------------------------------------------------------------------------------------- layout

    /** The current page fits the viewport's width: nothing makes the reader scroll sideways. */
    protected void assertNoHorizontalScroll() {
        var width = ((Number) script("return document.documentElement.scrollWidth")).intValue();
        var widest = width <= currentViewport.width
                ? ""
                : (String) script(
                        "const w = arguments[0]; return [...document.querySelectorAll('body *')]"
                                + ".filter(e => e.getBoundingClientRect().right > w && !e.parentElement.closest('.table-scroll'))"
                                + ".filter(e => ![...e.children].some(c => c.getBoundingClientRect().right > w))"
                                + ".slice(0, 5).map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '')"
                                + " + ' ' + Math.round(e.getBoundingClientRect().right) + 'px: '"
                                + " + (e.textContent || '').trim().slice(0, 40)).join('; ')",
                        currentViewport.width);
        assertThat(width)
                .as(
                        "document width of %s at a %d px viewport; too wide: %s",
                        browser().getCurrentUrl(), currentViewport.width, widest)
                .isLessThanOrEqualTo(currentViewport.width);
    }

    // ----------------------------------------------------------------------------------------------------- keyboard

    /** Presses Tab once and returns the element that then has the focus. */
    protected WebElement pressTab() {
        new Actions(browser()).sendKeys(Keys.TAB).perform();
        return browser().switchTo().activeElement();
    }

    /** Presses a key on the focused element and returns the element that then has the focus. */
    protected WebElement press(CharSequence key) {
        new Actions(browser()).sendKeys(key).perform();
        return browser().switchTo().activeElement();
    }

    /** Reloads the current page (without its #fragment) so the next Tab starts at the top of the document. */
    protected void focusFromTop() {
        var current = browser().getCurrentUrl();
        var hash = current.indexOf('#');
        browser().get(hash < 0 ? current : current.substring(0, hash));
    }

    /** The first {@code count} Tab stops of the current page, from the top, in order. */
    protected List<WebElement> tabStopsFromTop(int count) {
        focusFromTop();
        var stops = new ArrayList<WebElement>();
        for (int i = 0; i < count; i++) {
            stops.add(pressTab());
        }
        return stops;
    }

    /**
     * From the top of the current page, the first Tab stop is the skip link to {@code #main}; the next ones stay in the
     * header and pass every link of its navigation, in order, before anything else.
     */
    protected void assertSkipLinkFirstThenNavigation() {
        focusFromTop();
        var navigation = browser().findElements(By.cssSelector("header nav a"));
        assertThat(navigation).as("navigation links in the header").isNotEmpty();
        var first = pressTab();
        assertThat(first.getAttribute("class"))
                .as("first Tab stop: %s", label(first))
                .contains("skip");
        assertThat(first.getAttribute("href")).as("the skip link's target").endsWith("#main");
        var reached = new ArrayList<WebElement>();
        for (int i = 0; i < navigation.size() + 5 && reached.size() < navigation.size(); i++) {
            var stop = pressTab();
            assertThat((Boolean) script("return !!arguments[0].closest('header')", stop))
                    .as(
                            "Tab stop %d (%s) is still in the header; navigation links not yet reached: %s",
                            i + 2,
                            label(stop),
                            navigation.subList(reached.size(), navigation.size()).stream()
                                    .map(BrowserTest::label)
                                    .toList())
                    .isTrue();
            if (stop.equals(navigation.get(reached.size()))) {
                reached.add(stop);
            }
        }
        assertThat(reached).as("navigation links reached by Tab, in order").hasSameSizeAs(navigation);
    }

    /** Activating the skip link with Enter moves the focus to {@code main}: the next Tab stop is inside it. */
    protected void assertSkipLinkMovesFocusToMain() {
        focusFromTop();
        var skip = pressTab();
        assertThat(skip.getAttribute("class"))
                .as("first Tab stop: %s", label(skip))
                .contains("skip");
        var focused = press(Keys.ENTER);
        assertThat(focused.getAttribute("id"))
                .as("focus after the skip link: %s", label(focused))
                .isEqualTo("main");
        var next = pressTab();
        assertThat((Boolean) script("return !!arguments[0].closest('main')", next))
                .as("the Tab stop after the skip link (%s) is inside main", label(next))
                .isTrue();
    }

    /** A readable name of an element for assertion messages. */
    protected static String label(WebElement element) {
        var text = element.getText().strip().replaceAll("\\s+", " ");
        if (text.length() > 60) {
            text = text.substring(0, 57) + "...";
        }
        var href = element.getAttribute("href");
        return "<" + element.getTagName() + (href == null ? "" : " href=" + href) + ">"
                + (text.isEmpty() ? "" : " \"" + text + "\"");
    }

    private static void deleteRecursively(Path directory) {
        if (directory == null || !Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // a leftover temporary profile is harmless
        }
    }

    /** Leaves a screenshot of the page a failing test was on. */
    static final class FailureScreenshots implements AfterTestExecutionCallback {

        @Override
        public void afterTestExecution(ExtensionContext context) {
            if (context.getExecutionException().isPresent() && driver != null) {
                try {
                    screenshotTo(context.getRequiredTestClass().getSimpleName() + "-"
                            + context.getRequiredTestMethod().getName() + "-" + context.getDisplayName()
                            + "-failure");
                } catch (RuntimeException ignored) {
                    // the failure itself is what matters
                }
            }
        }
    }
}
