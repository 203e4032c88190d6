package id.dukcapilceria.kk.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.dukcapilceria.kk.domain.kartukeluarga.AnggotaKeluarga;
import id.dukcapilceria.kk.domain.kartukeluarga.GolonganDarah;
import id.dukcapilceria.kk.domain.kartukeluarga.JenisKelamin;
import id.dukcapilceria.kk.domain.kartukeluarga.JenisPekerjaan;
import id.dukcapilceria.kk.domain.kartukeluarga.KartuKeluarga;
import id.dukcapilceria.kk.domain.kartukeluarga.Nik;
import id.dukcapilceria.kk.domain.kartukeluarga.PendidikanDalamKk;
import id.dukcapilceria.kk.domain.kartukeluarga.Perkawinan;
import id.dukcapilceria.kk.domain.kartukeluarga.StatusHubunganDalamKeluarga;
import id.dukcapilceria.kk.portal.demo.DemoDocuments;
import id.dukcapilceria.kk.portal.notification.RecordingGateway;
import id.dukcapilceria.kk.portal.notification.TestNotificationServers;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Each role signs in with a real Chromium and does its SOP step in the portal, as a person would:
 * the nagari operator types in a family, the operator verifies, the Kasi/Kabid first returns it
 * with a reason and later confirms, the Kadis signs with the passphrase, the operator registers and
 * sends, and the nagari operator downloads the signed PDF and hands it over. Screenshots of every
 * step land in target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
@RunAsClient
class PortalBrowserIT {

  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final String PASSWORD = "demo123";
  private static final String KASI_MAIL = "kasi@disdukcapil.example.go.id";
  private static final String CITIZEN_MAIL = "rusdi.chaniago@contoh.id";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return PortalDeployment.portal();
  }

  @ArquillianResource URL deploymentUrl;

  private WebDriver browser;
  private WebDriverWait wait;
  private String base;
  private String testName;
  private int shot;

  @BeforeEach
  void openBrowser(TestInfo info) throws IOException {
    // Micro announces its first non-loopback address; the tests only ever use loopback
    base = "http://127.0.0.1:" + deploymentUrl.getPort() + deploymentUrl.getPath();
    base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    browser = Browsers.chromium();
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    testName = info.getTestMethod().orElseThrow().getName();
    Files.createDirectories(SCREENSHOTS);
    try (var old = Files.list(SCREENSHOTS)) {
      for (Path file : old.filter(f -> f.getFileName().toString().startsWith(testName + "-")).toList()) {
        Files.delete(file);
      }
    }
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void everyRoleDoesItsStepInTheBrowser() throws Exception {
    // the Kasi/Kabid wants to hear of new work: their own notification address, set by themselves
    signIn("kasi");
    click("account:nav-notifications");
    type("address:email", KASI_MAIL);
    click("address:save");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("address:messages"),
        "Alamat pemberitahuan disimpan."));
    screenshot("kasi-notification-address");
    signOut();

    // SOP 1: the nagari operator types in the family and submits
    signIn("nagari.lubukalung");
    assertTrue(browser.getCurrentUrl().endsWith("/nagari/index.xhtml"), browser.getCurrentUrl());
    openIntake();
    // every script the page names exists, and the date pickers speak Indonesian (PrimeFaces
    // ships those texts as "in", the portal's locale is "id": see web.xml)
    assertFalse(browser.getPageSource().contains("RES_NOT_FOUND"), "a script the server could not find");
    assertEquals("Maret", ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
        "return PrimeFaces.getLocaleSettings('id').monthNames[2];"));
    chooseOption("f:jenisLayanan", "Perubahan data");
    // the scans: checked by content, so a text file named .pdf is refused, a real PDF accepted
    Path fake = Files.writeString(Path.of("target", "bukan-pdf.pdf").toAbsolutePath(), "ini teks, bukan PDF");
    upload(0, fake);
    waitForMessage("hanya PDF, JPEG atau PNG");
    for (int row = 0; row < 3; row++) {
      Path scan = Path.of("target", "scan-" + row + ".pdf").toAbsolutePath();
      Files.write(scan, DemoDocuments.pdf("CONTOH PINDAIAN " + row));
      upload(row, scan);
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("f:docs:" + row + ":file"), scan.getFileName().toString()));
    }
    type("f:alamat", "Korong <script>alert(1)</script> Selenium");
    type("f:rt", "2");
    type("f:rw", "1");
    type("f:kodePos", "25581");
    fillMember(0, "1305011003790321", "Rusdi Chaniago", "LAKI-LAKI", "10-03-1979", null, "PETANI/PEKEBUN");
    // while typing, the NIK's own content is shown beside it, to compare with the documents
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("f:members:0:nikHint"), "10-03-..79"));
    assertTrue(browser.findElement(By.id("f:members:0:nikHint")).getText().contains("LAKI-LAKI"),
        browser.findElement(By.id("f:members:0:nikHint")).getText());
    click("f:addMember");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("f:members:1:nik")));
    fillMember(1, "1305015507830322", "Yanti 2", "PEREMPUAN", "15-07-1983", "ISTRI", "MENGURUS RUMAH TANGGA");
    screenshot("nagari-form");

    // the citizen must fetch a paper: the operator saves a draft, signs out, and later resumes it
    // with everything typed and uploaded
    click("f:saveDraft");
    waitForMessage("disimpan");
    signOut();
    signIn("nagari.lubukalung");
    assertTrue(browser.findElement(By.id("f:draft-list")).getText().contains("RUSDI CHANIAGO")
        || browser.findElement(By.id("f:draft-list")).getText().contains("Rusdi Chaniago"),
        browser.findElement(By.id("f:draft-list")).getText());
    screenshot("nagari-draft-listed");
    click("f:draft-list:0:resume");
    waitForMessage("Draf dibuka kembali");
    assertEquals("1305011003790321", browser.findElement(By.id("f:members:0:nik")).getAttribute("value"));
    assertEquals("Yanti 2", browser.findElement(By.id("f:members:1:nama")).getAttribute("value"));
    assertEquals("scan-0.pdf", browser.findElement(By.id("f:docs:0:file")).getText(), "the scans come back too");
    screenshot("nagari-draft-resumed");
    // the citizen wants to be told, by e-mail and WhatsApp, and agrees to it
    type("f:contactEmail", CITIZEN_MAIL);
    type("f:contactPhone", "0812 3456 7890");
    browser.findElement(By.cssSelector("[id='f:contactConsent'] .ui-chkbox-box")).click();

    // a name with a digit: a clear message naming the member, and nothing typed is lost
    click("f:submit");
    waitForMessage("Anggota 2: Nama lengkap tidak boleh memuat angka");
    assertEquals("1305011003790321", browser.findElement(By.id("f:members:0:nik")).getAttribute("value"));
    screenshot("nagari-invalid-name");

    // a one-word name is allowed but must be acknowledged
    type("f:members:1:nama", "Yanti");
    click("f:submit");
    WebElement warnings = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("f:warnings")));
    assertTrue(warnings.getText().contains("Anggota 2: Nama hanya satu kata"), warnings.getText());
    screenshot("nagari-warnings");
    browser.findElement(By.cssSelector("[id='f:acknowledge'] .ui-chkbox-box")).click();
    click("f:submit");
    waitForMessage("Permohonan diajukan ke Dinas.");
    // the citizen's tanda terima: number, documents received and the kode lacak, shown only now
    String nomor = browser.findElement(By.id("f:receipt-nomor")).getText();
    String code = browser.findElement(By.id("f:receipt-code")).getText();
    assertTrue(nomor.startsWith("PMH-"), nomor);
    assertTrue(code.matches("[ABCDEFGHJKMNPQRSTVWXYZ2-9]{4}-[ABCDEFGHJKMNPQRSTVWXYZ2-9]{4}"), code);
    assertTrue(browser.findElement(By.id("f:receipt-documents")).getText().contains("KK lama"),
        browser.findElement(By.id("f:receipt-documents")).getText());
    assertTrue(browser.findElement(By.id("f:receipt-url")).getText().endsWith("/lacak.xhtml?nomor=" + nomor));
    screenshot("nagari-receipt");
    click("f:receiptBack");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("f:draft-list")));
    assertTrue(browser.findElement(By.id("f:draft-list")).getText().contains("Tidak ada draf"),
        "the submitted draft is gone from the drafts");
    assertEquals(nomor, browser.findElement(By.cssSelector("[id='f:all_data'] tr td")).getText());
    screenshot("nagari-submitted");
    signOut();
    citizenSees(nomor, code, "DITERIMA");
    // a wrong code reads exactly as a number that does not exist
    String wrongCode = code.startsWith("A") ? "B" + code.substring(1) : "A" + code.substring(1);
    String[] wrong = lookUpNothing(nomor, wrongCode);
    screenshot("citizen-wrong-code");
    String[] unknown = lookUpNothing("PMH-2099-99999", code);
    assertEquals(wrong[0], unknown[0], "the same sentence for a wrong code and an unknown number");
    assertEquals(wrong[1], unknown[1], "the same page around it");

    // SOP 2, documents missing: the operator sends it back to the nagari; the citizen reads what to
    // bring on the status page and in the e-mail they agreed to, and the nagari corrects it
    signIn("operator");
    openFromWorklist(nomor);
    type("f:reason", "Bawa surat pengantar RT yang asli");
    click("f:sendBack");
    waitForMessage("dikembalikan ke nagari");
    signOut();
    citizenSees(nomor, code, "PERLU_DILENGKAPI");
    assertTrue(browser.findElement(By.id("tracking-status")).getText().contains("Bawa surat pengantar RT yang asli"),
        browser.findElement(By.id("tracking-status")).getText());
    String toBring = TestNotificationServers.mailText(CITIZEN_MAIL, "Permohonan KK " + nomor + " perlu dilengkapi");
    assertTrue(toBring.contains("Yang perlu dilengkapi: Berkas tidak lengkap: Bawa surat pengantar RT yang asli."),
        toBring);
    RecordingGateway.Call whatsApp = gatewayCalls("KK " + nomor + " dikembalikan", 1).get(0);
    assertTrue(whatsApp.body().contains("Bawa surat pengantar RT yang asli") && whatsApp.answered() == 202, whatsApp.body());
    signIn("nagari.lubukalung");
    worklistRow(nomor).findElement(By.cssSelector("a[id$=':correct']")).click();
    wait.until(ExpectedConditions.urlContains("perbaiki="));
    click("f:submit");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("f:warnings")));
    browser.findElement(By.cssSelector("[id='f:acknowledge'] .ui-chkbox-box")).click();
    click("f:submit");
    waitForMessage("diajukan ulang");
    // the citizen lost the tanda terima: a new one, with a new code; the old code opens nothing
    browser.findElement(By.xpath("//tbody[@id='f:all_data']/tr[td[1][text()='" + nomor + "']]"))
        .findElement(By.cssSelector("button[id$=':reissue']")).click();
    waitForMessage("Tanda terima baru dibuat");
    String lostCode = code;
    code = browser.findElement(By.id("f:receipt-code")).getText();
    assertNotEquals(lostCode, code);
    assertEquals(nomor, browser.findElement(By.id("f:receipt-nomor")).getText());
    screenshot("nagari-receipt-reissued");
    signOut();
    lookUpNothing(nomor, lostCode);

    // SOP 2: the operator verifies and records the KK number; the citizen at the counter gives
    // the head of family's NIK, and the worklist narrows to that family on the server
    signIn("operator");
    type("f:filterSearch", "1305011003790321");
    click("f:applyFilter");
    wait.until(ExpectedConditions.textToBe(By.id("f:worklist-count"), "1"));
    assertTrue(worklistRow(nomor).isDisplayed());
    screenshot("operator-worklist-search");
    openFromWorklist(nomor);
    String nomorKk = browser.findElement(By.id("f:nomorKk")).getAttribute("value");
    assertEquals(16, nomorKk.length(), "the demo SIAK source proposes a number");
    // the operator checks the scans the nagari uploaded
    WebElement scan = browser.findElement(By.cssSelector("[id='f:detail'] a.kk-scan"));
    byte[] scanned = download(scan.getAttribute("href"));
    assertTrue(new String(scanned, 0, 5).startsWith("%PDF-"), "the scan is served as uploaded");
    // beside the data: the first scan in the frame, each scan's "view" link targets that frame
    WebElement viewer = browser.findElement(By.id("kk-viewer"));
    assertTrue(viewer.getAttribute("src").contains("/dokumen-persyaratan/"), viewer.getAttribute("src"));
    assertEquals("kk-viewer", browser.findElement(By.cssSelector("[id='f:detail'] a.kk-scan-view")).getAttribute("target"));
    // the duplicate-NIK check: a new family is on no active card
    assertTrue(browser.findElement(By.id("nik-check")).getText().contains("tidak ada anggota yang tercantum pada KK aktif"),
        browser.findElement(By.id("nik-check")).getText());
    assertTrue(browser.findElement(By.id("f:detail")).getText().contains("Korong <script>alert(1)</script> Selenium"),
        "citizen text is shown as text, not run as script");
    // the card as it will be signed, one link away: a PNG picture
    byte[] cardPicture = download(browser.findElement(By.id("card-preview-link")).getAttribute("href"), "image/png");
    assertEquals("PNG", new String(cardPicture, 1, 3, java.nio.charset.StandardCharsets.US_ASCII), "the operator can open the card's picture");
    screenshot("operator-detail");
    click("f:verify");
    waitForMessage("diverifikasi dan diteruskan ke Kasi/Kabid");
    signOut();
    citizenSees(nomor, code, "DIPROSES");
    // the Kasi/Kabid hears of it by e-mail, in the step's words, without the family's name
    String toKasi = TestNotificationServers.mailText(KASI_MAIL, "Permohonan " + nomor + " menunggu di daftar kerja Anda");
    assertTrue(toKasi.contains("menunggu langkah 3. Konfirmasi (Kasi/Kabid)"), toKasi);
    assertFalse(toKasi.toUpperCase(java.util.Locale.ROOT).contains("RUSDI"), toKasi);

    // SOP 3 "tidak": the Kasi/Kabid returns it with a reason
    signIn("kasi");
    openFromWorklist(nomor);
    type("f:reason", "Tanggal lahir istri tidak sesuai akta");
    click("f:return");
    waitForMessage("dikembalikan ke operator");
    screenshot("kasi-returned");
    openBook("account:nav-problems", "f:problem-book");
    assertTrue(browser.findElement(By.id("f:problem-book")).getText().contains("Tanggal lahir istri tidak sesuai akta"),
        "the Kasi/Kabid sees the new entry of the buku permasalahan, still open");
    screenshot("kasi-problem-book");
    signOut();

    // the operator sees the reason, confirms with the nagari, and verifies again
    signIn("operator");
    WebElement row = worklistRow(nomor);
    assertTrue(row.getText().contains("Tanggal lahir istri tidak sesuai akta"), row.getText());
    openFromWorklist(nomor);
    click("f:verify");
    waitForMessage("diverifikasi dan diteruskan ke Kasi/Kabid");
    openBook("account:nav-problems", "f:problem-book");
    assertTrue(browser.findElement(By.id("f:problem-book")).getText().contains("Tanggal lahir istri tidak sesuai akta"));
    screenshot("operator-problem-book");
    signOut();

    // SOP 3 "ya": the Kasi/Kabid confirms
    signIn("kasi");
    openFromWorklist(nomor);
    click("f:confirm");
    waitForMessage("dikonfirmasi dan diteruskan ke Kepala Dinas");
    signOut();

    // SOP 4: the Kadis signs three applications at once on a phone-sized screen (360 × 740):
    // this one and two demo applications; a wrong passphrase first
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(360, 740));
    signIn("kadis");
    screenshot("kadis-worklist-phone");
    openFromWorklist(nomor);
    assertTrue(browser.findElement(By.id("f:detail")).getText().contains("RUSDI CHANIAGO"), "the preview shows the card's data");
    // and the card itself, as it will be signed, drawn as a picture the phone shows
    WebElement card = browser.findElement(By.cssSelector("#card-preview img"));
    wait.until(driver -> ((Number) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
        "return arguments[0].complete ? arguments[0].naturalWidth : 0", card)).intValue() > 1000);
    assertTrue(card.getSize().getWidth() <= 360, "the picture fits the phone's width: " + card.getSize());
    screenshot("kadis-preview");
    List<String> batch = new java.util.ArrayList<>(List.of(nomor));
    for (WebElement other : browser.findElements(By.cssSelector("[id='f:worklist_data'] span.kk-nomor"))) {
      if (batch.size() < 3 && !batch.contains(other.getText())) {
        batch.add(other.getText());
      }
    }
    assertEquals(3, batch.size(), "the demo data has applications waiting for the Kadis");
    for (String chosen : batch) {
      worklistRow(chosen).findElement(By.cssSelector(".ui-selection-column .ui-chkbox-box")).click();
    }
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("f:sign"), "(3)"));
    type("f:passphrase", "salah");
    click("f:sign");
    waitForMessage("Passphrase salah");
    type("f:passphrase", "spesimen-kadis-2026");
    screenshot("kadis-three-chosen");
    WebElement pictureBeforeSigning = browser.findElement(By.cssSelector("#card-preview img"));
    click("f:sign");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("f:bar")));
    assertFalse(ExpectedConditions.stalenessOf(pictureBeforeSigning).apply(browser),
        "starting the batch leaves the card's picture alone (not drawn and audited again)");
    screenshot("kadis-batch-progress");
    waitForMessage("3 dari 3 permohonan ditandatangani secara elektronik");
    String results = browser.findElement(By.id("f:results")).getText();
    for (String signed : batch) {
      assertTrue(results.contains(signed), results);
    }
    assertFalse(results.contains("Gagal"), results);
    assertTrue(browser.findElements(By.cssSelector("#card-preview img")).isEmpty(),
        "once the batch is over the detail is drawn again: the signed application has left it");
    screenshot("kadis-batch-done");
    signOut();
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
    citizenSees(nomor, code, "DITANDATANGANI");

    // SOP 5: the operator records it in the buku register and sends it; the WhatsApp gateway is
    // down meanwhile (it answers 503)
    RecordingGateway gateway = TestNotificationServers.gateway();
    gateway.answer(503);
    signIn("operator");
    openFromWorklist(nomor);
    click("f:register");
    waitForMessage("dicatat di buku register");
    openBook("account:nav-register", "f:register-book");
    // the newest entry is the book's last: the demo's register fills more than one page
    List<WebElement> lastPage = browser.findElements(By.cssSelector("[id='f:register-book'] .ui-paginator-last:not(.ui-state-disabled)"));
    if (!lastPage.isEmpty()) {
      lastPage.get(0).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("f:register-book"), "RUSDI CHANIAGO"));
    }
    assertTrue(browser.findElement(By.id("f:register-book")).getText().contains("RUSDI CHANIAGO"));
    assertTrue(browser.findElement(By.id("f:register-title")).getText()
            .equals("Buku register " + java.time.Year.now(java.time.ZoneId.of("Asia/Jakarta"))),
        "the year of the buku register is written as a year, not as a number with a thousands separator");
    screenshot("operator-register");
    signOut();
    citizenSees(nomor, code, "SIAP_DIAMBIL");
    // the citizen is told by e-mail at once; the gateway is tried three times, each pause longer
    String ready = TestNotificationServers.mailText(CITIZEN_MAIL, "KK untuk permohonan " + nomor + " siap diambil");
    assertTrue(ready.contains("/lacak.xhtml?nomor=" + nomor), ready);
    List<RecordingGateway.Call> tries = gatewayCalls(nomor + " sudah ditandatangani", 3);
    assertEquals(1, tries.stream().map(RecordingGateway.Call::idempotencyKey).distinct().count(), "one message");
    assertTrue(Duration.between(tries.get(0).at(), tries.get(1).at()).toMillis() >= 1000, tries.toString());
    assertTrue(Duration.between(tries.get(1).at(), tries.get(2).at()).toMillis() >= 2000, tries.toString());
    assertEquals("Bearer it-token", tries.get(0).authorization());
    assertTrue(tries.get(0).body().contains("\"to\":\"+6281234567890\""), tries.get(0).body());

    // SOP 7: the nagari operator downloads the signed PDF, prints, hands over and archives
    signIn("nagari.lubukalung");
    WebElement sent = worklistRow(nomor);
    String href = sent.findElement(By.cssSelector("a.kk-download")).getAttribute("href");
    byte[] pdf = download(href);
    assertTrue(new String(pdf, 0, 5).startsWith("%PDF-"), "a PDF is served");
    Files.write(Path.of("target", "browser-downloaded-kk.pdf"), pdf);
    screenshot("nagari-sent");
    // whom the card is handed to is required
    sent.findElement(By.cssSelector("button[id$=':handOver']")).click();
    waitForMessage("Nama penerima KK wajib diisi");
    sent = worklistRow(nomor);
    WebElement recipient = sent.findElement(By.cssSelector("input[id$=':recipient']"));
    recipient.sendKeys("Rusdi Chaniago");
    sent.findElement(By.cssSelector("button[id$=':handOver']")).click();
    waitForMessage("selesai");
    screenshot("nagari-done");

    // the server refuses other roles' pages, whatever the browser asks for
    browser.get(base + "/kasi/index.xhtml");
    assertTrue(browser.findElement(By.id("error-text")).getText().contains("tidak berwenang"));
    screenshot("nagari-forbidden");
    signOut();

    List<String> stages = citizenSees(nomor, code, "SELESAI");
    assertEquals(List.of("DITERIMA", "PERLU_DILENGKAPI", "DITERIMA", "DIPROSES", "DITANDATANGANI", "SIAP_DIAMBIL", "SELESAI"), stages);
    assertFalse(browser.findElement(By.id("tracking-status")).getText().toUpperCase().contains("RUSDI"),
        "no name on the public status page, not even the recipient's");

    // another nagari does not even see this application
    signIn("nagari.katapiang");
    assertFalse(browser.getPageSource().contains(nomor));
    signOut();

    // the Kasi/Kabid's SLA dashboard: every SOP step with its standard, the finished count and charts
    signIn("kasi");
    browser.findElement(By.id("account:nav-sla")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sla:steps")));
    assertEquals(6, browser.findElements(By.cssSelector("[id='sla:steps_data'] tr")).size(), "one row per SOP step");
    assertTrue(Integer.parseInt(browser.findElement(By.id("finished")).getText()) >= 1,
        "at least this walkthrough's application was finished today");
    assertEquals(4, browser.findElements(By.cssSelector(".kk-charts canvas")).size(), "four charts are drawn");
    screenshot("kasi-sla-dashboard");
    // what waits beyond its standard is counted in working time, and the page says on which calendar
    String calendar = browser.findElement(By.id("calendar")).getText();
    assertTrue(calendar.contains("08:00-16:00") && calendar.contains("Senin") && calendar.contains("Jumat")
        && !calendar.contains("Minggu") && calendar.contains("Asia/Jakarta"), calendar);
    assertTrue(browser.findElement(By.id("sla:late")).isDisplayed());
    // the return reasons per nagari and category over the last 30 days: the demo's returns, and the
    // one of this walkthrough (the Kasi/Kabid's, counted under Lubuk Alung); exported as CSV and PDF
    assertTrue(browser.findElement(By.id("returns")).getText().contains("Lubuk Alung"));
    List<WebElement> returnRows = browser.findElements(By.cssSelector("#returns tbody tr"));
    assertTrue(returnRows.size() >= 2, "at least Lubuk Alung, and the totals: " + returnRows.size());
    List<String> totals = returnRows.get(returnRows.size() - 1).findElements(By.tagName("td")).stream()
        .map(WebElement::getText).toList();
    assertEquals("Jumlah", totals.get(0));
    assertTrue(Integer.parseInt(totals.get(totals.size() - 1)) >= returnRows.size() - 1, totals.toString());
    screenshot("kasi-return-reasons");
    String csv = new String(download(browser.findElement(By.id("returns-csv")).getAttribute("href"), "text/csv"),
        java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(csv.lines().findFirst().orElse("").contains("Berkas tidak lengkap"), csv);
    assertTrue(csv.contains("Lubuk Alung"), csv);
    assertEquals(returnRows.size() + 1, csv.lines().count(), "a heading, then the same rows as on the page");
    byte[] returnsPdf = download(browser.findElement(By.id("returns-pdf")).getAttribute("href"));
    try (var document = org.apache.pdfbox.Loader.loadPDF(returnsPdf)) {
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
      assertTrue(text.contains("ALASAN PENGEMBALIAN PER NAGARI") && text.contains("Lubuk Alung"), text);
    }
    Files.write(Path.of("target", "alasan-pengembalian.pdf"), returnsPdf);
    signOut();

    // the administrator sees every step in the audit trail, and its hash chain intact
    signIn("admin");
    assertTrue(browser.findElements(By.id("account:nav-sla")).isEmpty(), "no dashboard link for the administrator");
    assertTrue(browser.findElement(By.id("audit-status")).getText().contains("Jejak audit utuh"));
    assertTrue(browser.findElement(By.id("audit")).getText().contains(nomor));
    screenshot("admin-audit");
    // the WhatsApp message was given up: the administrator sees it, with the gateway's answer and
    // without recipient or text, and sends it again once the gateway is back
    WebElement failedRow = outboxRow(nomor);
    String failedText = failedRow.getText();
    assertTrue(failedText.contains("Siap diambil (warga)") && failedText.contains("WhatsApp/SMS")
        && failedText.contains("Gagal") && failedText.contains("Gateway menjawab HTTP 503"), failedText);
    assertFalse(failedText.contains("0812") || failedText.contains("+62") || failedText.contains("contoh.id"),
        failedText);
    screenshot("admin-outbox-failed");
    gateway.answer(202);
    failedRow.findElement(By.cssSelector("button[id$=':retry']")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("outbox-form:outbox-messages"),
        "Pesan dijadwalkan untuk dikirim ulang."));
    String key = tries.get(0).idempotencyKey();
    long until = System.nanoTime() + 30_000_000_000L;
    while (!gateway.accepted().contains(key) && System.nanoTime() < until) {
      Thread.sleep(200);
    }
    assertTrue(gateway.accepted().contains(key), "sent again with the same key: " + gateway.calls());
    browser.navigate().refresh();
    assertFalse(browser.findElement(By.id("outbox-form:outbox-failed")).getText().contains(nomor));
    screenshot("admin-outbox-resent");
    signOut();
  }

  /** The failed-messages row of the administrator's outbox for an application. */
  private WebElement outboxRow(String nomor) {
    return browser.findElements(By.cssSelector("[id='outbox-form:outbox-failed'] tbody tr")).stream()
        .filter(r -> r.getText().contains(nomor)).findFirst()
        .orElseThrow(() -> new AssertionError(browser.findElement(By.id("outbox")).getText()));
  }

  /** The gateway's calls whose message contains {@code text}, waiting up to 30 s for {@code count} of them. */
  private static List<RecordingGateway.Call> gatewayCalls(String text, int count) throws InterruptedException {
    long until = System.nanoTime() + 30_000_000_000L;
    List<RecordingGateway.Call> calls;
    do {
      calls = TestNotificationServers.gateway().calls().stream().filter(c -> c.body().contains(text)).toList();
      if (calls.size() >= count) {
        return calls;
      }
      Thread.sleep(200);
    } while (System.nanoTime() < until);
    throw new AssertionError("the gateway had " + calls.size() + " calls with '" + text + "', not " + count);
  }

  /**
   * A data change with two changed fields and a newborn, for a family whose card is active: the
   * operator and the Kadis on the phone see what it changes on the card, highlighted.
   */
  @Test
  void theOperatorAndTheKadisOnThePhoneSeeWhatADataChangeChanges() throws Exception {
    DemoUsersOverApi api = new DemoUsersOverApi(base);
    KartuKeluarga family = ApplicationJson.newFamily();
    long first = api.submit(family).getJsonNumber("id").longValue();
    api.verifyAndConfirm(first);
    api.signToHandOver(first, id.dukcapilceria.kk.signature.pki.DemoPki.DEMO_PASSPHRASE);
    // the family's card is active: now a data change, twice, one for the operator and one for the Kadis
    KartuKeluarga changed = withTwoChangesAndANewborn(family);
    String forOperator = api.submit(changed).getString("nomor");
    var forKadis = api.submit(withTwoChangesAndANewborn(family));
    api.verifyAndConfirm(forKadis.getJsonNumber("id").longValue());

    signIn("operator");
    openFromWorklist(forOperator);
    assertChangesShown();
    screenshot("operator-data-change");
    signOut();

    browser.manage().window().setSize(new org.openqa.selenium.Dimension(360, 740));
    signIn("kadis");
    WebElement row = worklistRow(forKadis.getString("nomor"));
    row.findElement(By.cssSelector("button.kk-select")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("detail-title"), forKadis.getString("nomor")));
    assertChangesShown();
    screenshot("kadis-phone-data-change");
    // the card's picture beside the detail marks the change too: the two changed cells in yellow,
    // the newborn's rows in green
    WebElement preview = browser.findElement(By.cssSelector("#card-preview img"));
    java.awt.image.BufferedImage picture = javax.imageio.ImageIO.read(
        new java.io.ByteArrayInputStream(download(preview.getAttribute("src"), "image/png")));
    int yellow = 0;
    int green = 0;
    for (int y = 0; y < picture.getHeight(); y++) {
      for (int x = 0; x < picture.getWidth(); x++) {
        java.awt.Color c = new java.awt.Color(picture.getRGB(x, y));
        yellow += c.getRed() > 230 && c.getGreen() > 200 && c.getBlue() < 150 ? 1 : 0;
        green += c.getGreen() - c.getRed() > 30 && c.getGreen() - c.getBlue() > 30 ? 1 : 0;
      }
    }
    // a cell at 110 dpi is some 80 by 20 pixels; two changed cells, two rows of the new member
    assertTrue(yellow > 2 * 1_000 && yellow < 2 * 12_000, "two cells marked as changed: " + yellow + " pixels");
    assertTrue(green > 20_000, "the newborn's rows marked as added: " + green + " pixels");
    ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", preview);
    screenshot("kadis-phone-preview-marked");
  }

  /**
   * The demo office on first start has a history: over the last 60 days applications were finished
   * on many days, some steps took longer than their time standard, some were returned.
   */
  @Test
  void theDemoDashboardShowsSixtyDaysOfHistory() throws Exception {
    signIn("kasi");
    browser.get(base + "/dasbor/index.xhtml");
    click("sla:sixty");
    // the office's day (WIB), as the dashboard counts it: from 17:00 UTC it is already tomorrow
    String sixtyDaysAgo = java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy")
        .format(LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).minusDays(59));
    wait.until(ExpectedConditions.attributeToBe(By.id("sla:from_input"), "value", sixtyDaysAgo));
    List<WebElement> days = browser.findElements(By.cssSelector("tbody[id='sla:per-day_data'] tr"));
    assertTrue(days.size() >= 6, "finished applications on many days of the period: " + days.size());
    assertTrue(Integer.parseInt(browser.findElement(By.id("finished")).getText().strip()) >= 10,
        browser.findElement(By.id("finished")).getText());
    List<WebElement> nagari = browser.findElements(By.cssSelector("tbody[id='sla:per-nagari_data'] tr"));
    assertTrue(nagari.size() >= 5, "finished applications in the five demo nagari: " + nagari.size());
    screenshot("dashboard-sixty-days");
    signOut();
    // the operator's worklist shows the applications of several nagari and service types
    signIn("operator");
    List<WebElement> rows = browser.findElements(By.cssSelector("tbody[id='f:worklist_data'] tr"));
    long services = rows.stream().map(r -> r.findElements(By.tagName("td")).get(1).getText()).distinct().count();
    assertTrue(services >= 4, "service types in the operator's worklist: " + services);
    screenshot("operator-worklist-demo");
  }

  /** Two changed rows (the head's occupation and blood group), one new member, and the member rows marked. */
  private void assertChangesShown() {
    WebElement changes = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("changes")));
    assertEquals(2, changes.findElements(By.cssSelector("tr.kk-change-changed")).size(), changes.getText());
    assertEquals(1, changes.findElements(By.cssSelector("tr.kk-change-added")).size(), changes.getText());
    assertTrue(changes.getText().contains("GURU") || changes.getText().contains("PETANI/PEKEBUN"), changes.getText());
    assertTrue(changes.getText().contains("NUR AISYAH"), changes.getText());
    assertEquals(2, browser.findElements(By.cssSelector("tr.kk-change-added, tr.kk-change-changed")).size()
        - changes.findElements(By.cssSelector("tr.kk-change-added, tr.kk-change-changed")).size(),
        "the head's row and the newborn's row are marked in the member table too");
  }

  private static KartuKeluarga withTwoChangesAndANewborn(KartuKeluarga family) {
    List<AnggotaKeluarga> members = new ArrayList<>();
    for (AnggotaKeluarga member : family.anggota()) {
      members.add(!member.isKepalaKeluarga() ? member.toBuilder().build() : member.toBuilder()
          .pekerjaan(member.pekerjaan() == JenisPekerjaan.GURU ? JenisPekerjaan.PETANI_PEKEBUN : JenisPekerjaan.GURU)
          .golonganDarah(member.golonganDarah() == GolonganDarah.O ? GolonganDarah.A : GolonganDarah.O).build());
    }
    LocalDate born = LocalDate.now().minusMonths(1);
    members.add(id.dukcapilceria.kk.domain.sintetis.SyntheticFamilies.adult(
            Nik.compose(family.alamat().kodeDesa().kecamatan(), born, JenisKelamin.PEREMPUAN,
                9000 + (int) (System.nanoTime() % 900)).value(),
            "Nur Aisyah", born, StatusHubunganDalamKeluarga.ANAK, Perkawinan.belumKawin())
        .pendidikan(PendidikanDalamKk.TIDAK_BELUM_SEKOLAH).pekerjaan(JenisPekerjaan.BELUM_TIDAK_BEKERJA).build());
    return new KartuKeluarga(family.alamat(), members);
  }

  @Test
  void badInputGetsAClearMessageAtItsFieldAndNothingIsSaved() throws Exception {
    signIn("nagari.lubukalung");
    String applicationsBefore = browser.findElement(By.id("f:all-count")).getText();
    openIntake();
    chooseOption("f:jenisLayanan", "Perubahan data");

    // a Windows program renamed .pdf: refused by its content
    byte[] exe = new byte[4096];
    exe[0] = 'M';
    exe[1] = 'Z';
    upload(0, write("program.pdf", exe));
    waitForMessage("hanya PDF, JPEG atau PNG");
    // a PDF that runs JavaScript when opened
    upload(0, write("berkas-js.pdf", pdfWithJavaScript()));
    waitForMessage("PDF berisi JavaScript");
    // a scan over 5 MB
    byte[] big = new byte[6 * 1024 * 1024];
    System.arraycopy(DemoDocuments.pdf("BESAR"), 0, big, 0, 200);
    upload(0, write("besar.pdf", big));
    waitForMessage("lebih dari 5 MB");
    // a scan the virus scanner (the tests' ClamAV daemon) names as infected
    upload(0, write("terinfeksi.pdf", id.dukcapilceria.kk.portal.dokumen.TestClamd.INFECTED_PDF));
    waitForMessage("virus atau malware");
    assertEquals("", browser.findElement(By.id("f:docs:0:file")).getText(), "no refused file is kept");
    screenshot("nagari-refused-uploads");

    // a malformed NIK and a name with markup: messages naming the member and the field
    type("f:alamat", "Korong Uji Masukan");
    type("f:rt", "1");
    type("f:rw", "1");
    type("f:kodePos", "25581");
    fillMember(0, "13050110037903", "<script>alert('kk')</script>", "LAKI-LAKI", "10-03-1979", null, "PETANI/PEKEBUN");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("f:members:0:nikHint"), "harus 16 angka"));
    click("f:submit");
    waitForMessage("Anggota 1: NIK harus 16 angka");
    String messages = browser.findElement(By.id("f:messages")).getText();
    assertTrue(messages.contains("Anggota 1: Nama lengkap"), messages);
    assertTrue(browser.findElements(By.cssSelector("[id='f:members:0:nik'].ui-state-error")).size() == 1,
        "the NIK field itself is marked");
    assertEquals("<script>alert('kk')</script>",
        browser.findElement(By.id("f:members:0:nama")).getAttribute("value"), "what was typed stays, as text");
    assertNoAlert();
    screenshot("nagari-bad-nik-and-name");

    // the citizen's contact: a fixed line where a mobile number belongs, refused at its field
    type("f:members:0:nik", "1305011003790321");
    type("f:members:0:nama", "Rudi Hartono");
    type("f:contactPhone", "(0751) 123456");
    browser.findElement(By.cssSelector("[id='f:contactConsent'] .ui-chkbox-box")).click();
    click("f:submit");
    waitForMessage("Nomor ponsel harus nomor seluler (diawali 08 atau +628), bukan telepon rumah.");
    screenshot("nagari-contact-refused");

    browser.get(base + "/nagari/index.xhtml");
    assertEquals(applicationsBefore, browser.findElement(By.id("f:all-count")).getText(), "nothing was submitted");
    signOut();
  }

  /** No script of the page opened a dialog, as an injected alert() would. */
  private void assertNoAlert() {
    try {
      String text = browser.switchTo().alert().getText();
      throw new AssertionError("A script ran and opened an alert: " + text);
    } catch (org.openqa.selenium.NoAlertPresentException expected) {
      // nothing ran
    }
  }

  private static Path write(String name, byte[] content) throws IOException {
    Path file = Path.of("target", name).toAbsolutePath();
    Files.write(file, content);
    return file;
  }

  private static byte[] pdfWithJavaScript() throws IOException {
    try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
      document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
      document.getDocumentCatalog().setOpenAction(
          new org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript("app.alert('kk');"));
      document.save(out);
      return out.toByteArray();
    }
  }

  /** Two operators open the same application; the second to act is told it was already handled. */
  @Test
  void twoBrowsersOnOneApplicationOneSucceedsTheOtherIsToldItWasHandled() throws Exception {
    WebDriver first = browser;
    WebDriverWait firstWait = wait;
    WebDriver second = Browsers.chromium();
    try {
      signIn("operator");
      String nomor = browser.findElement(By.xpath(
          "//tbody[@id='f:worklist_data']/tr[td[contains(., 'Diajukan')]]//span[contains(@class,'kk-nomor')]")).getText();
      openFromWorklist(nomor);

      browser = second;
      wait = new WebDriverWait(second, Duration.ofSeconds(30));
      signIn("operator");
      openFromWorklist(nomor);

      browser = first;
      wait = firstWait;
      click("f:verify");
      waitForMessage("diverifikasi dan diteruskan ke Kasi/Kabid");
      screenshot("first-browser-verified");

      browser = second;
      wait = new WebDriverWait(second, Duration.ofSeconds(30));
      click("f:verify");
      waitForMessage("mungkin sudah ditangani petugas lain");
      assertTrue(browser.findElements(By.xpath("//tbody[@id='f:worklist_data']//span[text()='" + nomor + "']")).isEmpty(),
          "the handled application has left the second operator's list");
      screenshot("second-browser-already-handled");
    } finally {
      browser = first;
      wait = firstWait;
      second.quit();
    }
  }

  @Test
  void pagesAllowOnlyScriptsCarryingTheNonceOfTheirRequest() throws Exception {
    HttpResponse<String> first = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(base + "/login.xhtml")).build(), HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> second = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(base + "/login.xhtml")).build(), HttpResponse.BodyHandlers.ofString());
    String nonce = nonceOf(first);
    assertNotEquals(nonce, nonceOf(second), "a new nonce for every page");
    assertTrue(first.body().contains("nonce=\"" + nonce + "\""), "the page's own scripts carry it");
    assertEquals("DENY", first.headers().firstValue("X-Frame-Options").orElse(""));
    assertEquals("nosniff", first.headers().firstValue("X-Content-Type-Options").orElse(""));
  }

  private static String nonceOf(HttpResponse<?> response) {
    return response.headers().allValues("Content-Security-Policy").stream()
        .map(policy -> java.util.regex.Pattern.compile("'nonce-([^']+)'").matcher(policy))
        .filter(java.util.regex.Matcher::find)
        .map(m -> m.group(1))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no nonce policy in " + response.headers().map()));
  }

  @Test
  void loginGivesANewSessionAndLogoutEndsIt() throws Exception {
    browser.manage().deleteAllCookies();
    browser.get(base + "/ruang-kerja");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("j_username")));
    String before = browser.manage().getCookieNamed("JSESSIONID").getValue();
    type("j_username", "operator");
    type("j_password", PASSWORD);
    browser.findElement(By.id("login-submit")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
    String after = browser.manage().getCookieNamed("JSESSIONID").getValue();
    assertNotEquals(before, after, "a session id known before the login is worthless after it");

    signOut();
    HttpResponse<Void> reused = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(base + "/layanan/index.xhtml"))
            .header("Cookie", "JSESSIONID=" + after).build(),
        HttpResponse.BodyHandlers.discarding());
    assertEquals(302, reused.statusCode(), "the old session no longer opens the workspace");
  }

  @Test
  @org.junit.jupiter.api.Order(Integer.MAX_VALUE - 1)
  void theAdministratorAddsANagariOperatorWhoThenSignsInAndTurnsOnTwoStepVerification() throws Exception {
    String name = "nagari.uji" + Long.toString(System.nanoTime(), 36);
    String password = "Sandi-Nagari-2026";
    signIn("admin");
    browser.get(base + "/admin/index.xhtml");
    type("create:username", name);
    type("create:displayName", "Operator Nagari Uji");
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("create:role"))).selectByValue("OPERATOR_NAGARI");
    type("create:password", "lemah");
    click("create:submit");
    // no nagari and a weak password: told at their fields, nothing saved
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("create:nagari-msg"), "wajib memilih nagari"));
    assertTrue(browser.findElement(By.id("create:password-msg")).getText().contains("terlalu lemah"));
    assertFalse(browser.findElement(By.id("users")).getText().contains(name));
    screenshot("admin-refused-at-fields");

    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("create:role"))).selectByValue("OPERATOR_NAGARI");
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("create:nagari"))).selectByValue("13.05.01.2001");
    type("create:password", password);
    click("create:submit");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), name));
    assertTrue(browser.findElement(By.id("users")).getText().contains(name));
    screenshot("admin-created-operator");
    // a backup from the page, while the portal serves: the page says where it went and shows it
    click("backup:backup-now");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Cadangan selesai"));
    assertTrue(browser.findElement(By.id("backup-status")).getText().contains("Cadangan terakhir"),
        browser.findElement(By.id("backup-status")).getText());
    screenshot("admin-backup");
    signOut();

    browser.manage().deleteAllCookies();
    browser.get(base + "/ruang-kerja");
    type("j_username", name);
    type("j_password", password);
    browser.findElement(By.id("login-submit")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("current-user"), "Operator Nagari Uji"));
    screenshot("new-operator-signed-in");

    // the new operator turns two-step verification on with an authenticator app (the test's Totp
    // plays the app), and from then on signs in with the password and the app's code
    browser.findElement(By.id("account:nav-two-step")).click();
    WebElement qr = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("two-step-qr")));
    assertTrue(((Number) ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript("return arguments[0].complete && arguments[0].naturalWidth;", qr)).intValue() > 100,
        "the QR code is a picture the browser decoded (the page's policy allows it)");
    String secret = browser.findElement(By.id("two-step-secret")).getText().replace(" ", "");
    screenshot("two-step-enrolment");
    type("enrol:code", id.dukcapilceria.kk.portal.security.Totp.codeAt(secret, java.time.Instant.now()));
    click("enrol:confirm");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"), "Verifikasi dua langkah aktif"));
    assertTrue(browser.getCurrentUrl().endsWith("/nagari/index.xhtml"), browser.getCurrentUrl());
    signOut();

    browser.manage().deleteAllCookies();
    browser.get(base + "/ruang-kerja");
    type("j_username", name);
    type("j_password", password);
    browser.findElement(By.id("login-submit")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login-error")));
    type("j_username", name);
    type("j_password", password);
    // the next step's code: the enrolment used the current one
    type("j_kode", id.dukcapilceria.kk.portal.security.Totp.codeAt(secret, java.time.Instant.now().plusSeconds(30)));
    browser.findElement(By.id("login-submit")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("current-user"), "Operator Nagari Uji"));
    signOut();
  }

  /**
   * Last: it leaves this name waiting. Three wrong passwords in a row from one address, as a script
   * sends them: the right password right after is refused unchecked, and works once the second of
   * waiting has passed; nobody is locked out for good.
   */
  @Test
  @org.junit.jupiter.api.Order(Integer.MAX_VALUE)
  void wrongPasswordsMakeTheNextTryWaitAndTheRightOneWorksAfterTheWait() throws Exception {
    for (int attempt = 0; attempt < 3; attempt++) {
      assertFalse(signsIn("nagari.katapiang", "tebakan-" + attempt), "wrong password " + attempt);
    }
    assertFalse(signsIn("nagari.katapiang", PASSWORD), "the right password within the wait is refused unchecked");
    Thread.sleep(1_500);
    browser.manage().deleteAllCookies();
    browser.get(base + "/ruang-kerja");
    type("j_username", "nagari.katapiang");
    type("j_password", PASSWORD);
    browser.findElement(By.id("login-submit")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("current-user"), "Katapiang"));
    screenshot("signed-in-after-waiting");
    signOut();
  }

  /** One sign-in through the login form as a script would post it; whether it was accepted. */
  private boolean signsIn(String username, String password) throws Exception {
    java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
    client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/ruang-kerja")).build(),
        java.net.http.HttpResponse.BodyHandlers.discarding());
    java.net.URI form = java.net.URI.create(base + "/j_security_check");
    java.net.http.HttpResponse<Void> answer = client.send(java.net.http.HttpRequest.newBuilder(form)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("j_username=" + username + "&j_password=" + password))
        .build(), java.net.http.HttpResponse.BodyHandlers.discarding());
    return answer.headers().firstValue("Location").orElse("").endsWith("/ruang-kerja");
  }

  @Test
  void aWrongPasswordIsRefusedPolitely() throws Exception {
    browser.get(base + "/ruang-kerja");
    type("j_username", "kasi");
    type("j_password", "bukan-sandinya");
    browser.findElement(By.id("login-submit")).click();
    WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-error")));
    assertTrue(error.getText().contains("salah"), error.getText());
    screenshot("login-failed");
  }

  // --- helpers: what a person does with the page ---

  /**
   * The citizen's status page, with the number and kode lacak of the tanda terima: the stage it
   * shows must be {@code stage}. Answers the stages listed, oldest first.
   */
  private List<String> citizenSees(String nomor, String code, String stage) throws IOException {
    browser.get(base + "/lacak.xhtml?nomor=" + nomor);
    assertEquals(nomor, browser.findElement(By.id("lacak:nomor")).getAttribute("value"), "the number from the link");
    type("lacak:kode", code.toLowerCase(java.util.Locale.ROOT));
    browser.findElement(By.id("lacak:lihat")).click();
    WebElement status = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tracking-status")));
    assertEquals(stage, status.getAttribute("data-stage"), status.getText());
    screenshot("citizen-" + stage.toLowerCase(java.util.Locale.ROOT));
    return browser.findElements(By.cssSelector("#tracking-stages li")).stream()
        .map(li -> li.getAttribute("data-stage")).toList();
  }

  /** A look-up that finds nothing: the page's sentence, and the page's text without what was typed. */
  private String[] lookUpNothing(String nomor, String code) {
    browser.get(base + "/lacak.xhtml");
    type("lacak:nomor", nomor);
    type("lacak:kode", code);
    browser.findElement(By.id("lacak:lihat")).click();
    String sentence = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tracking-none"))).getText();
    assertTrue(browser.findElements(By.id("tracking-status")).isEmpty());
    return new String[] {sentence, browser.findElement(By.tagName("main")).getText()};
  }

  private void signIn(String username) throws IOException {
    browser.manage().deleteAllCookies();
    browser.get(base + "/ruang-kerja");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("j_username")));
    type("j_username", username);
    type("j_password", PASSWORD);
    browser.findElement(By.id("login-submit")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
    screenshot("signed-in-" + username);
  }

  private void signOut() {
    browser.findElement(By.id("account:logout")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("masuk")));
  }

  private void type(String id, String text) {
    WebElement field = browser.findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  /** Follows a link of the header to a book's page and waits for its table. */
  private void openBook(String linkId, String tableId) {
    click(linkId);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id(tableId)));
  }

  /** From the nagari lists to the intake page, which has its own address. */
  private void openIntake() {
    click("f:new-application");
    wait.until(ExpectedConditions.urlContains("/nagari/permohonan.xhtml"));
  }

  private void click(String id) {
    wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
  }

  /**
   * Opens a PrimeFaces dropdown and picks the item with this label. The panel fades in; a click
   * that lands during the fade is ignored by the widget, so the pick is repeated until it shows.
   */
  private void chooseOption(String menuId, String label) {
    By item = By.cssSelector("[id='" + menuId + "_items'] li[data-label='" + label + "']");
    By shown = By.id(menuId + "_label");
    for (int attempt = 0; attempt < 5; attempt++) {
      if (!browser.findElement(By.id(menuId + "_panel")).isDisplayed()) {
        click(menuId);
      }
      wait.until(ExpectedConditions.elementToBeClickable(item)).click();
      try {
        new WebDriverWait(browser, Duration.ofSeconds(2))
            .until(ExpectedConditions.textToBePresentInElementLocated(shown, label));
        return;
      } catch (org.openqa.selenium.TimeoutException retry) {
        // the click fell into the fade-in; pick again
      }
    }
    throw new AssertionError("Could not choose '" + label + "' in " + menuId);
  }

  /** Types one member: the columns a nagari operator fills for an adult; a married couple. */
  private void fillMember(int row, String nik, String name, String sex, String born, String relation, String job) {
    String prefix = "f:members:" + row + ":";
    type(prefix + "nik", nik);
    type(prefix + "nama", name);
    chooseOption(prefix + "jk", sex);
    type(prefix + "tempat", "Lubuk Alung");
    type(prefix + "tgl_input", born);
    chooseOption(prefix + "agama", "ISLAM");
    chooseOption(prefix + "pendidikan", "SLTA / SEDERAJAT");
    chooseOption(prefix + "pekerjaan", job);
    chooseOption(prefix + "kawin", "KAWIN TERCATAT");
    type(prefix + "tglKawin_input", "12-06-2005");
    type(prefix + "aktaKawin", "KUA/123/VI/2005");
    if (relation != null) {
      chooseOption(prefix + "hubungan", relation);
    }
  }

  private void upload(int row, Path file) {
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id='f:docs:" + row + ":upload'] input[type='file']")));
    browser.findElement(By.cssSelector("[id='f:docs:" + row + ":upload'] input[type='file']")).sendKeys(file.toString());
  }

  private WebElement worklistRow(String nomor) {
    return wait.until(ExpectedConditions.presenceOfElementLocated(
        By.xpath("//tbody[@id='f:worklist_data']/tr[.//span[contains(@class,'kk-nomor') and text()='" + nomor + "']]")));
  }

  private void openFromWorklist(String nomor) {
    worklistRow(nomor).findElement(By.cssSelector("button[id$=':select']")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("detail-title"), nomor));
  }

  private void waitForMessage(String text) throws IOException {
    try {
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("f:messages"), text));
    } catch (RuntimeException e) {
      screenshot("FAILED-waiting-for-message");
      throw new AssertionError("Expected message '" + text + "' but the page says: "
          + browser.findElement(By.id("f:messages")).getText(), e);
    }
  }

  private byte[] download(String href) throws IOException, InterruptedException {
    return download(href, "application/pdf");
  }

  private byte[] download(String href, String mediaType) throws IOException, InterruptedException {
    Cookie session = browser.manage().getCookieNamed("JSESSIONID");
    String url = href.replaceFirst("^http://[^/]+", "http://127.0.0.1:" + deploymentUrl.getPort());
    HttpResponse<byte[]> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(url)).header("Cookie", "JSESSIONID=" + session.getValue()).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, response.statusCode());
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(mediaType),
        response.headers().toString());
    return response.body();
  }

  private void screenshot(String name) throws IOException {
    if (!"Derby".equals(id.dukcapilceria.kk.testdb.TestDatabases.vendor())) {
      return; // the same pages on the second run, whose pictures would replace the first's
    }
    byte[] png = Browsers.screenshotOfWholePage(browser);
    Files.write(SCREENSHOTS.resolve(String.format("%s-%02d-%s.png", testName, ++shot, name)), png);
  }
}
