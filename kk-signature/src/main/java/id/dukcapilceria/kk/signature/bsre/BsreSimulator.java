package id.dukcapilceria.kk.signature.bsre;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import id.dukcapilceria.kk.signature.pades.KkPadesSigner;
import id.dukcapilceria.kk.signature.pades.VisibleSignature;
import id.dukcapilceria.kk.signature.pki.DemoPki;
import id.dukcapilceria.kk.signature.pki.KadisCredentials;
import id.dukcapilceria.kk.signature.render.QrCode;
import id.dukcapilceria.kk.signature.render.SignatureBox;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A stand-in for an agency's BSrE Esign Client Service gateway, over the demo PKI: the v1
 * (multipart) and v2 (JSON) calls that {@link BsreAuthority} makes, with HTTP Basic for the
 * integrating system, officers known by NIK with their passphrase, BSrE's refusals (wrong
 * passphrase, not registered, no certificate), a configurable delay, and the faults a client must
 * catch ({@link Fault}). It signs as BSrE does: the whole PDF, PAdES B-T, the time-stamp of the
 * demo PKI. The shapes are those in docs/signing.md, as far as they are known from public
 * integrations; where they are not, the simulator's choice is marked there.
 */
public final class BsreSimulator implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(BsreSimulator.class.getName());
  /** No request to the simulator is larger: 20 cards of a few hundred kilobytes, in base64. */
  static final int MAX_BODY_BYTES = 64 * 1024 * 1024;
  /** BSrE's codes as public integrations report them (docs/signing.md). */
  static final int CODE_NOT_REGISTERED = 2011;
  static final int CODE_NO_CERTIFICATE = 2021;
  static final int CODE_WRONG_PASSPHRASE = 2031;

  /** What the gateway gets wrong on purpose, for the client's checks. */
  public enum Fault {
    NONE,
    /** Signs a changed copy of the document: the signed revision is not what was sent. */
    CHANGED_DOCUMENT,
    /** Signs with another PKI's key: the signer is not the officer. */
    OTHER_SIGNER,
    /** Answers 500 to every sign call. */
    SERVER_ERROR
  }

  /** An officer as BSrE knows them: ISSUE (has a certificate), NO_CERTIFICATE; others are NOT_REGISTERED. */
  private record Officer(String status, char[] passphrase) {}

  private final Map<String, Officer> officers = new ConcurrentHashMap<>();
  private final Map<String, String> oneTimeCodes = new ConcurrentHashMap<>();
  private final DemoPki pki;
  private final KadisCredentials key;
  private final KkPadesSigner signer;
  private final Path otherPkiFolder;
  private final String gatewayAuthorization;
  private final AtomicInteger signCalls = new AtomicInteger();
  private volatile KadisCredentials otherKey;
  private volatile KkPadesSigner otherSigner;
  private volatile Duration delay = Duration.ZERO;
  private volatile Fault fault = Fault.NONE;
  private HttpServer server;
  private ExecutorService threads;

  /**
   * @param pki the demo PKI whose Kadis key this gateway signs with (BSrE holds the key)
   * @param pkiPassphrase the passphrase of that key file
   * @param gatewayUser the integrating system's user name at the gateway
   * @param gatewayPassword its password
   */
  public BsreSimulator(DemoPki pki, char[] pkiPassphrase, String gatewayUser, String gatewayPassword) {
    this.pki = pki;
    this.key = pki.openKadisKey(pkiPassphrase);
    this.signer = pki.padesSigner();
    this.otherPkiFolder = pki.folder().resolve("bsre-simulator-other");
    this.gatewayAuthorization = "Basic " + Base64.getEncoder()
        .encodeToString((gatewayUser + ":" + gatewayPassword).getBytes(StandardCharsets.UTF_8));
  }

  /** An officer with a certificate, who authorises with {@code passphrase}. */
  public BsreSimulator officer(String nik, String passphrase) {
    officers.put(nik, new Officer("ISSUE", passphrase.toCharArray()));
    return this;
  }

  /**
   * A one-time code the officer's BeSign app shows now: accepted once, in place of the passphrase,
   * by a v2 sign call.
   */
  public BsreSimulator oneTimeCode(String nik, String code) {
    oneTimeCodes.put(nik, code);
    return this;
  }

  /** An officer registered at BSrE without a certificate. */
  public BsreSimulator officerWithoutCertificate(String nik) {
    officers.put(nik, new Officer("NO_CERTIFICATE", new char[0]));
    return this;
  }

  /** BSrE no longer knows the officer. */
  public BsreSimulator unregister(String nik) {
    officers.remove(nik);
    return this;
  }

  /** How long each sign call waits before it is answered (a slow network or gateway). */
  public void delay(Duration delay) {
    this.delay = delay;
  }

  public void fault(Fault fault) {
    this.fault = fault;
  }

  /** How many sign calls reached the gateway, refused ones included (a client must not retry one on its own). */
  public int signCalls() {
    return signCalls.get();
  }

  /** Starts listening on {@code port} of this machine (0: any free port); returns the base URL. */
  public synchronized URI start(int port) throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
    threads = Executors.newFixedThreadPool(16);
    server.setExecutor(threads);
    server.createContext("/", this::handle);
    server.start();
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  @Override
  public synchronized void close() {
    if (server != null) {
      server.stop(0);
      threads.shutdownNow();
      server = null;
    }
    key.close();
    if (otherKey != null) {
      otherKey.close();
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      if (path.endsWith("/sign/pdf")) {
        sleep(delay);
      }
      if (!gatewayAuthorization.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
        json(exchange, 401, Json.createObjectBuilder().add("timestamp", Instant.now().toString())
            .add("status", 401).add("error", "Unauthorized").add("path", path).build());
        return;
      }
      byte[] body = readBody(exchange);
      String method = exchange.getRequestMethod();
      if (method.equals("GET") && path.startsWith("/api/user/status/")) {
        status(exchange, path.substring("/api/user/status/".length()));
      } else if (method.equals("POST") && path.equals("/api/v2/user/check/status")) {
        status(exchange, read(body).getString("nik", ""));
      } else if (method.equals("POST") && path.equals("/api/sign/pdf")) {
        signV1(exchange, body);
      } else if (method.equals("POST") && path.equals("/api/v2/sign/pdf")) {
        signV2(exchange, body);
      } else {
        json(exchange, 404, error(404, "Not Found"));
      }
    } catch (IllegalArgumentException | jakarta.json.JsonException | ClassCastException | NullPointerException bad) {
      // what BSrE's gateway answers to a request it cannot read, as the probe report saw it
      LOG.log(Level.FINE, "A request the simulator could not read", bad);
      answerQuietly(exchange, 500, error(500, "Internal Server Error"));
    } catch (RuntimeException failed) {
      LOG.log(Level.WARNING, "The simulator failed to sign", failed);
      answerQuietly(exchange, 500, error(500, "Internal Server Error"));
    }
  }

  private void status(HttpExchange exchange, String nik) throws IOException {
    Officer officer = officers.get(nik);
    String status = officer == null ? "NOT_REGISTERED" : officer.status();
    var answer = Json.createObjectBuilder().add("status", status);
    switch (status) {
      case "NOT_REGISTERED" -> answer.add("status_code", CODE_NOT_REGISTERED).add("message", "User tidak terdaftar");
      case "NO_CERTIFICATE" -> answer.add("status_code", CODE_NO_CERTIFICATE).add("message", "User belum memiliki sertifikat");
      default -> answer.add("status_code", 1111).add("message", "Sertifikat aktif");
    }
    json(exchange, 200, answer.build());
  }

  private void signV1(HttpExchange exchange, byte[] body) throws IOException {
    Map<String, MultipartForm.Part> form = MultipartForm.decode(
        exchange.getRequestHeaders().getFirst("Content-Type"), body);
    if (refused(exchange, form.get("nik").text(), form.get("passphrase").text().toCharArray())) {
      return;
    }
    byte[] card = form.get("file").content();
    VisibleSignature visible = VisibleSignature.NONE;
    if (form.containsKey("tampilan") && form.get("tampilan").text().equals("visible")) {
      byte[] png = QrCode.png(form.get("linkQR").text(), 4);
      visible = VisibleSignature.picture(png, form.containsKey("tag_koordinat")
          ? atTag(card, form.get("tag_koordinat").text(), number(form.get("width").text()), number(form.get("height").text()))
          : new SignatureBox(Integer.parseInt(form.get("page").text()), number(form.get("xAxis").text()),
              number(form.get("yAxis").text()), number(form.get("width").text()), number(form.get("height").text())));
    }
    byte[] signed = sign(card, visible);
    exchange.getResponseHeaders().set("Content-Type", "application/pdf");
    exchange.sendResponseHeaders(200, signed.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(signed);
    }
  }

  private void signV2(HttpExchange exchange, byte[] body) throws IOException {
    long started = System.nanoTime();
    JsonObject request = read(body);
    String nik = request.getString("nik", "");
    if (request.containsKey("totp")) {
      signCalls.incrementAndGet();
      JsonObject unknown = officerRefusal(nik);
      if (unknown != null) {
        json(exchange, 400, unknown);
        return;
      }
      if (!oneTimeCodes.remove(nik, request.getString("totp", ""))) {
        json(exchange, 400, Json.createObjectBuilder().add("status_code", CODE_WRONG_PASSPHRASE)
            .add("error", "TOTP tidak valid").build());
        return;
      }
    } else if (refused(exchange, nik, request.getString("passphrase", "").toCharArray())) {
      return;
    }
    List<byte[]> files = new ArrayList<>();
    for (JsonString file : request.getJsonArray("file").getValuesAs(JsonString.class)) {
      files.add(Base64.getDecoder().decode(file.getString()));
    }
    JsonObject properties = request.getJsonArray("signatureProperties").getJsonObject(0);
    JsonArrayBuilder signed = Json.createArrayBuilder();
    files.parallelStream().map(card -> sign(card, visibleV2(properties, card))).toList()
        .forEach(pdf -> signed.add(Base64.getEncoder().encodeToString(pdf)));
    json(exchange, 200, Json.createObjectBuilder()
        .add("time", (System.nanoTime() - started) / 1_000_000).add("file", signed).build());
  }

  /**
   * Counts a sign call and answers it with BSrE's refusal (400) or the fault's server error (500)
   * when there is one; the passphrase is wiped.
   *
   * @return whether the call is answered
   */
  private boolean refused(HttpExchange exchange, String nik, char[] passphrase) throws IOException {
    signCalls.incrementAndGet();
    JsonObject refusal = refusal(nik, passphrase);
    Arrays.fill(passphrase, '\0');
    if (refusal != null) {
      json(exchange, 400, refusal);
      return true;
    }
    if (fault == Fault.SERVER_ERROR) {
      json(exchange, 500, error(500, "Internal Server Error"));
      return true;
    }
    return false;
  }

  /** BSrE's refusal of a sign call for this officer and passphrase, or null to sign. */
  private JsonObject refusal(String nik, char[] passphrase) {
    JsonObject unknown = officerRefusal(nik);
    if (unknown != null) {
      return unknown;
    }
    Officer officer = officers.get(nik);
    if (!java.security.MessageDigest.isEqual(new String(passphrase).getBytes(StandardCharsets.UTF_8),
        new String(officer.passphrase()).getBytes(StandardCharsets.UTF_8))) {
      return Json.createObjectBuilder().add("status_code", CODE_WRONG_PASSPHRASE).add("error", "Passphrase anda salah").build();
    }
    return null;
  }

  /** BSrE's refusal of an officer it does not know or who has no certificate, or null. */
  private JsonObject officerRefusal(String nik) {
    Officer officer = officers.get(nik);
    if (officer == null) {
      return Json.createObjectBuilder().add("status_code", CODE_NOT_REGISTERED).add("error", "User tidak terdaftar").build();
    }
    if (!officer.status().equals("ISSUE")) {
      return Json.createObjectBuilder().add("status_code", CODE_NO_CERTIFICATE).add("error", "User belum memiliki sertifikat").build();
    }
    return null;
  }

  private byte[] sign(byte[] pdf, VisibleSignature visible) {
    return switch (fault) {
      case CHANGED_DOCUMENT -> signer.sign(changed(pdf), key, SignatureLevel.PAdES_BASELINE_T, visible);
      case OTHER_SIGNER -> otherSigner().sign(pdf, otherKey, SignatureLevel.PAdES_BASELINE_T, visible);
      default -> signer.sign(pdf, key, SignatureLevel.PAdES_BASELINE_T, visible);
    };
  }

  /** v2's signature properties: INVISIBLE, or VISIBLE with the picture at a tag or by page and origin. */
  private static VisibleSignature visibleV2(JsonObject properties, byte[] card) {
    if (!properties.getString("tampilan", "INVISIBLE").equals("VISIBLE")) {
      return VisibleSignature.NONE;
    }
    byte[] png = Base64.getDecoder().decode(properties.getString("imageBase64"));
    float width = properties.getJsonNumber("width").bigDecimalValue().floatValue();
    float height = properties.getJsonNumber("height").bigDecimalValue().floatValue();
    return VisibleSignature.picture(png, properties.containsKey("tag")
        ? atTag(card, properties.getString("tag"), width, height)
        : new SignatureBox(properties.getInt("page"), properties.getJsonNumber("originX").bigDecimalValue().floatValue(),
            properties.getJsonNumber("originY").bigDecimalValue().floatValue(), width, height));
  }

  private static float number(String text) {
    return Float.parseFloat(text.strip());
  }

  /**
   * The stamp's place at the first occurrence of {@code tag}: its top-left corner at the tag's
   * (the simulator's reading of BSrE's tag_koordinat; docs/signing.md). A tag that is not in the
   * document is refused as BSrE's gateway would refuse a request it cannot serve.
   */
  private static SignatureBox atTag(byte[] card, String tag, float width, float height) {
    try (PDDocument document = Loader.loadPDF(card)) {
      TagFinder finder = new TagFinder(tag);
      finder.getText(document);
      if (finder.found == null) {
        throw new IllegalArgumentException("tag not found: " + tag);
      }
      return new SignatureBox(finder.found.page(), finder.found.x(), finder.found.y(), width, height);
    } catch (IOException e) {
      throw new IllegalArgumentException("not a PDF", e);
    }
  }

  /** Finds where a text begins, in points from the top-left corner of its page. */
  private static final class TagFinder extends PDFTextStripper {
    private final String tag;
    private SignatureBox found;

    TagFinder(String tag) throws IOException {
      this.tag = tag;
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
      int at = text.indexOf(tag);
      if (found == null && at >= 0 && at < positions.size()) {
        TextPosition first = positions.get(at);
        found = new SignatureBox(getCurrentPageNo(), first.getXDirAdj(), first.getYDirAdj() - first.getHeightDir(), 0, 0);
      }
      super.writeString(text, positions);
    }
  }

  /** The document rewritten with another title: what was sent is no longer what is signed. */
  private static byte[] changed(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      document.getDocumentInformation().setTitle("Diubah oleh gateway");
      var out = new java.io.ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalArgumentException("not a PDF", e);
    }
  }

  private synchronized KkPadesSigner otherSigner() {
    if (otherSigner == null) {
      DemoPki other = DemoPki.createOrOpen(otherPkiFolder, "lain".toCharArray());
      otherKey = other.openKadisKey("lain".toCharArray());
      otherSigner = other.padesSigner();
    }
    return otherSigner;
  }

  private static byte[] readBody(HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
      if (body.length > MAX_BODY_BYTES) {
        throw new IllegalArgumentException("request larger than " + MAX_BODY_BYTES + " bytes");
      }
      return body;
    }
  }

  private static JsonObject read(byte[] body) {
    try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
      return reader.readObject();
    }
  }

  private static JsonObject error(int status, String error) {
    return Json.createObjectBuilder().add("status", status).add("error", error).build();
  }

  private static void json(HttpExchange exchange, int status, JsonObject body) throws IOException {
    byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static void answerQuietly(HttpExchange exchange, int status, JsonObject body) {
    try {
      json(exchange, status, body);
    } catch (IOException | RuntimeException alreadyAnswered) {
      // the answer had begun, or the client went away
    }
  }

  private static void sleep(Duration delay) {
    if (delay.isZero()) {
      return;
    }
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
