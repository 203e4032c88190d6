package id.dukcapilceria.kk.portal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

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
}
