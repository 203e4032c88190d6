package id.dukcapilceria.kk.portal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The public verification page in headless Chromium, for {@link PublicVerificationIT}. Kept apart
 * from the test class because that class is also loaded inside the server, which has no Selenium.
 */
final class PublicPage implements AutoCloseable {

  private final WebDriver browser;
  private final String base;
  private final Path screenshots;
  private int shot;

  PublicPage(String base, Path screenshots) throws IOException {
    this.browser = Browsers.chromium();
    this.base = base;
    this.screenshots = screenshots;
    Files.createDirectories(screenshots);
  }

  void open(String pathAndQuery) {
    browser.get(base + pathAndQuery);
  }

  String attribute(String id, String name) {
    return browser.findElement(By.id(id)).getAttribute(name);
  }

  String text(String id) {
    return browser.findElement(By.id(id)).getText();
  }

  boolean present(String id) {
    return !browser.findElements(By.id(id)).isEmpty();
  }

  int count(String css) {
    return browser.findElements(By.cssSelector(css)).size();
  }

  String source() {
    return browser.getPageSource();
  }

  void click(String id) {
    browser.findElement(By.id(id)).click();
  }

  void awaitText(String id, String text) {
    await(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
  }

  /** Chooses the file in the upload form (which sends it at once) and waits for the old result to go. */
  void upload(Path file) {
    Optional<WebElement> old = browser.findElements(By.id("verdict")).stream().findFirst();
    browser.findElement(By.cssSelector("[id='pv:pdf'] input[type='file']")).sendKeys(file.toString());
    old.ifPresent(previous -> await(ExpectedConditions.stalenessOf(previous)));
  }

  /** Waits for a verdict of the given colour and returns its ETSI indication. */
  String awaitVerdict(String colour) {
    await(ExpectedConditions.attributeToBe(By.id("verdict"), "data-colour", colour));
    return attribute("verdict", "data-indication");
  }

  void screenshot(String name) throws IOException {
    byte[] png = Browsers.screenshotOfWholePage(browser);
    Files.write(screenshots.resolve(String.format("public-verification-%02d-%s.png", ++shot, name)), png);
  }

  private <T> T await(ExpectedCondition<T> condition) {
    return new WebDriverWait(browser, Duration.ofSeconds(30)).until(condition);
  }

  @Override
  public void close() {
    browser.quit();
  }
}
