package id.dukcapilceria.kk.portal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumDriver;

/** Headless Chromium as the browser tests use it: its own profile, nothing from the network. */
final class Browsers {

  private Browsers() {}

  static WebDriver chromium() throws IOException {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("kk.it.chromium", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--window-size=1280,900",
        "--user-data-dir=" + Files.createTempDirectory("kk-chromium"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(Path.of(System.getProperty("kk.it.chromedriver", "/usr/bin/chromedriver")).toFile())
            .build();
    return new ChromeDriver(service, options);
  }

  /** Tall enough for any page of the portal; a screenshot above it is cut there. */
  private static final double TALLEST_SCREENSHOT = 8000;

  /**
   * The whole page, not only the window: what a step shows is often below the fold (the resumed
   * draft under the lists, the detail under the worklist), and a screenshot of the window alone
   * would not show it to whoever looks at them.
   */
  static byte[] screenshotOfWholePage(WebDriver browser) {
    if (!(browser instanceof ChromiumDriver chromium)) {
      return ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
    }
    Map<String, Object> metrics = chromium.executeCdpCommand("Page.getLayoutMetrics", Map.of());
    Map<?, ?> content = (Map<?, ?>) metrics.get("cssContentSize");
    double width = ((Number) content.get("width")).doubleValue();
    double height = Math.min(((Number) content.get("height")).doubleValue(), TALLEST_SCREENSHOT);
    Map<String, Object> shot = chromium.executeCdpCommand("Page.captureScreenshot", Map.of(
        "format", "png",
        "captureBeyondViewport", true,
        "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
    return Base64.getDecoder().decode((String) shot.get("data"));
  }
}
