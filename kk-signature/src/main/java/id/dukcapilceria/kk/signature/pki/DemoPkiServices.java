package id.dukcapilceria.kk.signature.pki;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.spi.x509.revocation.crl.CRLToken;
import eu.europa.esig.dss.spi.x509.revocation.ocsp.OCSPToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.asn1.cmp.PKIStatusInfo;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.tsp.TimeStampResp;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.Req;
import org.bouncycastle.tsp.TimeStampRequest;

/**
 * The demo PKI's services over HTTP, where a PKI made with {@link DemoPki#createWithServices} says
 * they are: OCSP ({@code POST /ocsp}, RFC 6960), the issuing CA's CRL ({@code GET /crl}) and an RFC
 * 3161 time-stamp authority ({@code POST /tsa}, with HTTP Basic credentials if set). They stand in
 * for BSrE's and Root CA Indonesia's services in the tests of the online sources, so that those
 * fetch over real HTTP exactly as in production. It listens before the PKI exists (the PKI's
 * certificates carry its address) and answers 503 until {@link #answerFor} is called.
 */
public final class DemoPkiServices implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(DemoPkiServices.class.getName());
  /** An OCSP or time-stamp request is a few hundred bytes. */
  private static final int MAX_REQUEST_BYTES = 64 * 1024;

  private final HttpServer server;
  private final ExecutorService threads;
  private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
  private volatile DemoPki pki;
  private volatile String tsaAuthorization;

  private DemoPkiServices(HttpServer server, ExecutorService threads) {
    this.server = server;
    this.threads = threads;
  }

  /** Listens on {@code port} of this machine (0: any free port). */
  public static DemoPkiServices listen(int port) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 32);
    ExecutorService threads = Executors.newFixedThreadPool(4);
    DemoPkiServices services = new DemoPkiServices(server, threads);
    server.setExecutor(threads);
    server.createContext("/", services::handle);
    server.start();
    return services;
  }

  /** The address to create the PKI with. */
  public URI base() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  /** Answers for {@code pki} from now on. */
  public DemoPkiServices answerFor(DemoPki pki) {
    this.pki = pki;
    return this;
  }

  /** The time-stamp authority wants these HTTP Basic credentials from now on. */
  public DemoPkiServices timeStampAccount(String user, String password) {
    this.tsaAuthorization = "Basic " + Base64.getEncoder().encodeToString(
        (user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return this;
  }

  /** How many calls reached {@code path} ({@code /ocsp}, {@code /crl}, {@code /tsa}). */
  public int calls(String path) {
    return calls.getOrDefault(path, new AtomicInteger()).get();
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    calls.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
    try (exchange) {
      DemoPki answering = pki;
      if (answering == null) {
        reply(exchange, 503, "text/plain", new byte[0]);
        return;
      }
      String method = exchange.getRequestMethod();
      if (path.equals("/ocsp") && method.equals("POST")) {
        reply(exchange, 200, "application/ocsp-response", ocsp(answering, body(exchange)));
      } else if (path.equals("/crl") && method.equals("GET")) {
        reply(exchange, 200, "application/pkix-crl", crl(answering));
      } else if (path.equals("/tsa") && method.equals("POST")) {
        String wanted = tsaAuthorization;
        if (wanted != null && !wanted.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
          reply(exchange, 401, "text/plain", new byte[0]);
          return;
        }
        reply(exchange, 200, "application/timestamp-reply", timeStamp(answering, body(exchange)));
      } else {
        reply(exchange, 404, "text/plain", new byte[0]);
      }
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "A demo PKI service call failed", e);
    }
  }

  private static byte[] body(HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      byte[] bytes = in.readNBytes(MAX_REQUEST_BYTES + 1);
      if (bytes.length > MAX_REQUEST_BYTES) {
        throw new IOException("request too large");
      }
      return bytes;
    }
  }

  private static void reply(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  /** The in-process responder's answer for the first certificate asked about. */
  private static byte[] ocsp(DemoPki pki, byte[] request) throws IOException {
    try {
      Req asked = new OCSPReq(request).getRequestList()[0];
      Optional<X509Certificate> subject = pki.certificates().stream()
          .filter(c -> c.getSerialNumber().equals(asked.getCertID().getSerialNumber())).findFirst();
      if (subject.isEmpty()) {
        return new OCSPRespBuilder().build(OCSPRespBuilder.UNAUTHORIZED, null).getEncoded();
      }
      X509Certificate issuer = pki.issuerOf(subject.get());
      OCSPToken token = (OCSPToken) pki.ocspSource().getRevocationToken(
          new CertificateToken(subject.get()), new CertificateToken(issuer));
      return new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL, token.getBasicOCSPResp()).getEncoded();
    } catch (org.bouncycastle.cert.ocsp.OCSPException | ArrayIndexOutOfBoundsException e) {
      throw new IOException("not an OCSP request", e);
    }
  }

  private static byte[] crl(DemoPki pki) {
    CRLToken token = (CRLToken) pki.crlSource().getRevocationToken(
        new CertificateToken(pki.kadisCertificate()), new CertificateToken(pki.issuingCertificate()));
    return token.getEncoded();
  }

  private static byte[] timeStamp(DemoPki pki, byte[] request) throws IOException {
    TimeStampRequest asked = new TimeStampRequest(request);
    DigestAlgorithm algorithm = DigestAlgorithm.forOID(asked.getMessageImprintAlgOID().getId());
    byte[] token = pki.tspSource().getTimeStampResponse(algorithm, asked.getMessageImprintDigest()).getBytes();
    return new TimeStampResp(new PKIStatusInfo(PKIStatus.granted), ContentInfo.getInstance(token)).getEncoded();
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
