package nl.werkstroom.support;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.ReducedMotion;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real browser for tests that look at a page as a person does: Debian's Chromium (installed by
 * {@code scripts/ensure-chromium}), driven by Playwright, headless and offline. Playwright is never
 * allowed to download a browser. Each {@link #newSession(int)} is a fresh browser profile: its own
 * cookies, so one test can be several people.
 */
public final class Browser implements AutoCloseable {

  /** Override with -Dwerkstroom.chromium=/path/to/chromium. */
  private static final String CHROMIUM = System.getProperty("werkstroom.chromium", "/usr/bin/chromium");
  private static final List<String> OFFLINE_ARGUMENTS = List.of("--no-sandbox", "--disable-gpu",
      "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
      "--disable-dev-shm-usage");

  private final Playwright playwright;
  private final com.microsoft.playwright.Browser chromium;

  private Browser(Playwright playwright, com.microsoft.playwright.Browser chromium) {
    this.playwright = playwright;
    this.chromium = chromium;
  }

  public static Browser launch() {
    if (!Files.isExecutable(Path.of(CHROMIUM))) {
      throw new IllegalStateException("No Chromium at " + CHROMIUM + " for the browser tests: install Debian's "
          + "package (scripts/ensure-chromium does) or leave these tests out with -DskipBrowserTests");
    }
    Playwright playwright = Playwright.create(new Playwright.CreateOptions()
        .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    try {
      com.microsoft.playwright.Browser chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
          .setExecutablePath(Path.of(CHROMIUM))
          .setHeadless(true)
          .setArgs(OFFLINE_ARGUMENTS));
      return new Browser(playwright, chromium);
    } catch (RuntimeException e) {
      playwright.close();
      throw e;
    }
  }

  /** A new browser profile against the application on this port: Dutch, Amsterdam time, a desktop window. */
  public Session newSession(int port) {
    BrowserContext context = chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
        .setBaseURL("http://localhost:" + port)
        .setLocale("nl-NL")
        .setTimezoneId("Europe/Amsterdam")
        .setViewportSize(1280, 900)
        .setAcceptDownloads(true)
        // Charts drawn at once, without animation: a picture shows the finished page.
        .setReducedMotion(ReducedMotion.REDUCE));
    context.setDefaultTimeout(20_000);
    return new Session(context);
  }

  /**
   * Where a test leaves pictures for people: the build directory ({@code target} or the one
   * {@code -Dbuild.dir} chose), found from where the test classes were compiled to, unless
   * {@code -Dwerkstroom.screenshots} names another.
   */
  public static Path screenshotDirectory() {
    String chosen = System.getProperty("werkstroom.screenshots");
    if (chosen != null && !chosen.isBlank()) {
      return Path.of(chosen);
    }
    try {
      Path testClasses = Path.of(Browser.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return testClasses.getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException("Cannot find the build directory from the test classes", e);
    }
  }

  @Override
  public void close() {
    try {
      chromium.close();
    } finally {
      playwright.close();
    }
  }

  /** One person's browser: one page, its cookies, and what went wrong in its scripts. */
  public static final class Session implements AutoCloseable {

    private final BrowserContext context;
    private final Page page;
    private final List<String> scriptErrors = new CopyOnWriteArrayList<>();

    private Session(BrowserContext context) {
      this.context = context;
      this.page = context.newPage();
      page.onPageError(error -> scriptErrors.add("page error: " + error));
      page.onConsoleMessage(message -> {
        if ("error".equals(message.type())) {
          scriptErrors.add("console: " + message.text() + " at " + message.location());
        }
      });
    }

    public Page page() {
      return page;
    }

    public BrowserContext context() {
      return context;
    }

    /** Script errors and console errors (a refused Content-Security-Policy shows here too). */
    public List<String> scriptErrors() {
      return List.copyOf(scriptErrors);
    }

    @Override
    public void close() {
      context.close();
    }
  }
}
