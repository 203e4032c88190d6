package id.dukcapilceria.kk.signature.bsre;

import eu.europa.esig.dss.enumerations.SignatureLevel;
import id.dukcapilceria.kk.signature.authority.Authorisation;
import id.dukcapilceria.kk.signature.authority.Signatory;
import id.dukcapilceria.kk.signature.authority.SignerStatus;
import id.dukcapilceria.kk.signature.authority.SigningAuthority;
import id.dukcapilceria.kk.signature.authority.SigningRefusal;
import id.dukcapilceria.kk.signature.authority.SigningSession;
import id.dukcapilceria.kk.signature.online.OnlineSources;
import id.dukcapilceria.kk.signature.pades.KkPadesSigner;
import id.dukcapilceria.kk.signature.pades.SigningRefusedException;
import id.dukcapilceria.kk.signature.pki.DemoPki;
import id.dukcapilceria.kk.signature.render.KkPdfRenderer;
import id.dukcapilceria.kk.signature.render.QrCode;
import id.dukcapilceria.kk.signature.render.SignatureBox;
import id.dukcapilceria.kk.signature.verify.IssuedDocuments;
import id.dukcapilceria.kk.signature.verify.KkSignatureVerifier;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * BSrE's electronic signature through the agency's Esign Client Service gateway, v1 (multipart,
 * one PDF per call) or v2 (JSON, several PDFs per call). The officer is found by NIK; their status is
 * asked before anything is sent; the passphrase (or BeSign's one-time code, v2) goes with each sign
 * call and is wiped when the session closes. A sign call is never retried: a call that gets no answer
 * in time has an unknown outcome ({@link SigningRefusal.Reason#OUTCOME_UNKNOWN}), and nothing is
 * stored for it. What comes back is checked ({@link ReturnedCardCheck}) and raised to the
 * configured level (BSrE stops at B-T) before it is accepted. The first call of a session goes
 * alone: a wrong passphrase is then told once, not repeated for every card (BSrE may lock the
 * officer's certificate after several wrong passphrases). A one-time code from the BeSign app (v2)
 * is good for one call, so a batch authorised with one goes in a single call.
 */
public final class BsreAuthority implements SigningAuthority {

  private static final Logger LOG = Logger.getLogger(BsreAuthority.class.getName());
  /** No answer of the gateway is read beyond this: a call carries at most a few dozen cards. */
  static final int MAX_ANSWER_BYTES = 64 * 1024 * 1024;

  /** Which of the gateway's APIs. */
  public enum Api {
    V1,
    V2
  }

  /** Where the gateway is and how this system signs in to it (from configuration, never a page). */
  public record Gateway(URI base, String user, char[] password, Duration connectTimeout, Duration readTimeout) {
    public Gateway {
      Objects.requireNonNull(base);
      Objects.requireNonNull(user);
      password = password.clone();
      base = base.toString().endsWith("/") ? base : URI.create(base + "/");
    }

    String authorization() {
      return "Basic " + Base64.getEncoder().encodeToString(
          (user + ":" + new String(password)).getBytes(StandardCharsets.UTF_8));
    }
  }

  /**
   * How BSrE's signature shows on the card: not at all, or as the QR code of the card's own link
   * (the one its printed QR code leads to) at a text tag the renderer writes, or at the renderer's
   * signature box by coordinates.
   *
   * @param tag the tag's text, for {@link Mode#TAG}
   */
  public record Appearance(Mode mode, String tag) {
    public static final Appearance INVISIBLE = new Appearance(Mode.INVISIBLE, null);

    public enum Mode {
      INVISIBLE,
      TAG,
      COORDINATES
    }

    public Appearance {
      Objects.requireNonNull(mode);
      if (mode == Mode.TAG && (tag == null || tag.isBlank())) {
        throw new IllegalArgumentException("A visible signature at a tag needs the tag");
      }
      tag = mode == Mode.TAG ? tag : null;
    }
  }

  /**
   * @param filesPerCall v2: cards per sign call (1 for v1)
   * @param concurrency sign calls at once
   * @param appearance how the signature shows on the card
   */
  public record Options(int filesPerCall, int concurrency, Appearance appearance) {
    public Options {
      if (filesPerCall < 1 || concurrency < 1) {
        throw new IllegalArgumentException("at least one file per call and one call at once");
      }
      Objects.requireNonNull(appearance);
    }
  }

  private final Api api;
  private final Gateway gateway;
  private final ReturnedCardCheck check;
  private final KkPadesSigner extender;
  private final boolean specimen;
  private final int filesPerCall;
  private final int concurrency;
  private final Appearance appearance;
  private final HttpClient http;

  /**
   * @param check the officer's certificate and the verifier the returned cards must pass
   * @param extender raises BSrE's B-T to the configured level (its revocation sources serve the
   *     officer's chain)
   * @param specimen whether the certificates are the demo PKI's (a simulator)
   */
  BsreAuthority(Api api, Gateway gateway, ReturnedCardCheck check, KkPadesSigner extender, boolean specimen,
      Options options) {
    this.api = Objects.requireNonNull(api);
    this.gateway = Objects.requireNonNull(gateway);
    this.check = Objects.requireNonNull(check);
    this.extender = Objects.requireNonNull(extender);
    this.specimen = specimen;
    this.filesPerCall = api == Api.V1 ? 1 : options.filesPerCall();
    this.concurrency = options.concurrency();
    this.appearance = options.appearance();
    this.http = HttpClient.newBuilder().connectTimeout(gateway.connectTimeout())
        .version(HttpClient.Version.HTTP_1_1).build();
  }

  /**
   * A gateway whose officer holds the demo PKI's Kadis certificate (the simulator): the returned
   * cards must be signed with that certificate, are verified against the demo root with its OCSP
   * responder and extended with its sources; they are specimens.
   */
  public static BsreAuthority overDemoPki(Api api, Gateway gateway, DemoPki pki, Options options) {
    KkSignatureVerifier verifier = new KkSignatureVerifier(List.of(pki.rootCertificate()), pki.ocspSource());
    return new BsreAuthority(api, gateway, new ReturnedCardCheck(pki.kadisCertificate(), verifier),
        pki.padesSigner(), true, options);
  }

  /**
   * A production gateway: the returned cards must be signed with {@code officer}'s certificate,
   * verify under the self-signed roots among {@code authorities} (Root CA Indonesia), and are
   * extended with the online sources (BSrE's OCSP and CRLs, the configured time-stamp authority).
   * They are not specimens.
   *
   * @param authorities the root(s) and the issuing CA(s) of the officer's certificate
   */
  public static BsreAuthority overChain(Api api, Gateway gateway, X509Certificate officer,
      Collection<X509Certificate> authorities, OnlineSources online, Options options) {
    List<X509Certificate> roots = authorities.stream()
        .filter(ca -> ca.getSubjectX500Principal().equals(ca.getIssuerX500Principal())).toList();
    KkSignatureVerifier verifier = new KkSignatureVerifier(roots, online.ocsp(), online.crls(), IssuedDocuments.NONE);
    return new BsreAuthority(api, gateway, new ReturnedCardCheck(officer, verifier),
        new KkPadesSigner(online.timeStamps(), online.ocsp(), online.crls(), authorities), false, options);
  }

  @Override
  public String name() {
    return api == Api.V1 ? "bsre-v1" : "bsre-v2";
  }

  @Override
  public boolean issuesSpecimens() {
    return specimen;
  }

  /** A production gateway's officer holds a BSrE certificate; the simulator's is the demo PKI's. */
  @Override
  public boolean certifiedByBsre() {
    return !specimen;
  }

  @Override
  public Optional<String> signatureTag() {
    return Optional.ofNullable(appearance.tag());
  }

  /** v2 takes BeSign's one-time code ("totp") where v1 takes only the passphrase. */
  @Override
  public boolean acceptsOneTimeCodes() {
    return api == Api.V2;
  }

  @Override
  public SignerStatus status(Signatory signatory) {
    if (signatory.nik() == null) {
      return SignerStatus.NOT_REGISTERED;
    }
    try {
      HttpRequest.Builder request = api == Api.V1
          ? call("api/user/status/" + signatory.nik()).GET()
          : call("api/v2/user/check/status").header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("nik", signatory.nik()).build().toString()));
      Reply answer = send(request.build());
      JsonObject json = json(answer.body());
      if (answer.statusCode() == 401 || answer.statusCode() >= 500) {
        LOG.warning(() -> "The BSrE gateway answered the status call with HTTP " + answer.statusCode());
        return SignerStatus.UNAVAILABLE;
      }
      String status = json.getString("status", "");
      int code = json.containsKey("status_code") && json.get("status_code") instanceof jakarta.json.JsonNumber n ? n.intValue() : 0;
      if (status.equals("ISSUE")) {
        return SignerStatus.READY;
      }
      if (status.equals("NO_CERTIFICATE") || code == BsreSimulator.CODE_NO_CERTIFICATE) {
        return SignerStatus.NO_CERTIFICATE;
      }
      if (status.equals("NOT_REGISTERED") || code == BsreSimulator.CODE_NOT_REGISTERED || answer.statusCode() == 404) {
        return SignerStatus.NOT_REGISTERED;
      }
      LOG.warning(() -> "The BSrE gateway gave an unknown status: " + status + " " + code);
      return SignerStatus.UNAVAILABLE;
    } catch (SigningRefusal unreachable) {
      return SignerStatus.UNAVAILABLE;
    }
  }

  @Override
  public SigningSession open(Signatory signatory, Authorisation authorisation) {
    if (api == Api.V1 && authorisation.kind() != Authorisation.Kind.PASSPHRASE) {
      throw new SigningRefusal(SigningRefusal.Reason.WRONG_AUTHORISATION, "the v1 gateway takes a passphrase only");
    }
    switch (status(signatory)) {
      case READY -> { }
      case NOT_REGISTERED -> throw new SigningRefusal(SigningRefusal.Reason.NOT_REGISTERED, signatory.name());
      case NO_CERTIFICATE -> throw new SigningRefusal(SigningRefusal.Reason.NO_CERTIFICATE, signatory.name());
      default -> throw new SigningRefusal(SigningRefusal.Reason.UNAVAILABLE, "status");
    }
    return new Session(signatory, authorisation.kind(), authorisation.secret().clone());
  }

  private HttpRequest.Builder call(String path) {
    return HttpRequest.newBuilder(gateway.base().resolve(path))
        .timeout(gateway.readTimeout())
        .header("Authorization", gateway.authorization());
  }

  /** One call; an unreachable gateway or no answer in time become the officer's refusals. */
  private Reply send(HttpRequest request) {
    try {
      HttpResponse<InputStream> answer = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = answer.body()) {
        byte[] bytes = body.readNBytes(MAX_ANSWER_BYTES + 1);
        if (bytes.length > MAX_ANSWER_BYTES) {
          throw new SigningRefusal(SigningRefusal.Reason.UNAVAILABLE, "an answer over " + MAX_ANSWER_BYTES + " bytes");
        }
        return new Reply(answer.statusCode(), answer.headers().firstValue("Content-Type").orElse(""), bytes);
      }
    } catch (HttpTimeoutException e) {
      throw new SigningRefusal(SigningRefusal.Reason.OUTCOME_UNKNOWN, "no answer within " + gateway.readTimeout(), e);
    } catch (ConnectException e) {
      throw new SigningRefusal(SigningRefusal.Reason.UNAVAILABLE, "cannot connect to " + gateway.base(), e);
    } catch (IOException e) {
      throw new SigningRefusal(SigningRefusal.Reason.OUTCOME_UNKNOWN, e.getClass().getSimpleName(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SigningRefusal(SigningRefusal.Reason.OUTCOME_UNKNOWN, "interrupted", e);
    }
  }

  private static JsonObject json(byte[] body) {
    try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
      return reader.readObject();
    } catch (RuntimeException notJson) {
      return JsonObject.EMPTY_JSON_OBJECT;
    }
  }

  /** A gateway's refusal of a sign call, by BSrE's code where it gives one, else by HTTP status. */
  private static SigningRefusal refusalOf(Reply answer) {
    JsonObject json = json(answer.body());
    int code = json.get("status_code") instanceof jakarta.json.JsonNumber n ? n.intValue() : 0;
    String text = (json.getString("error", "") + " " + json.getString("message", "")).toLowerCase(Locale.ROOT);
    if (code == BsreSimulator.CODE_WRONG_PASSPHRASE || text.contains("passphrase") || text.contains("totp")) {
      return new SigningRefusal(SigningRefusal.Reason.WRONG_AUTHORISATION, null);
    }
    if (code == BsreSimulator.CODE_NOT_REGISTERED) {
      return new SigningRefusal(SigningRefusal.Reason.NOT_REGISTERED, null);
    }
    if (code == BsreSimulator.CODE_NO_CERTIFICATE) {
      return new SigningRefusal(SigningRefusal.Reason.NO_CERTIFICATE, null);
    }
    String detail = "HTTP " + answer.statusCode() + (code == 0 ? "" : " code " + code);
    LOG.warning(() -> "The BSrE gateway refused a sign call: " + detail);
    return new SigningRefusal(SigningRefusal.Reason.UNAVAILABLE, detail);
  }

  /** The gateway's answer to one call, read within {@link #MAX_ANSWER_BYTES}. */
  private record Reply(int statusCode, String contentType, byte[] body) {}

  /** The officer's session: the passphrase kept only until it closes. */
  private final class Session implements SigningSession {

    private final Signatory signatory;
    private final Authorisation.Kind kind;
    private final char[] secret;

    Session(Signatory signatory, Authorisation.Kind kind, char[] secret) {
      this.signatory = signatory;
      this.kind = kind;
      this.secret = secret;
    }

    @Override
    public String signerName() {
      return KkPadesSigner.commonName(check.officer());
    }

    @Override
    public List<Result> signAll(List<byte[]> cards, SignatureLevel level, Progress progress) {
      boolean visible = appearance.mode() != Appearance.Mode.INVISIBLE;
      if (kind == Authorisation.Kind.ONE_TIME_CODE && visible && cards.size() > 1) {
        SigningRefusal oneCard = new SigningRefusal(SigningRefusal.Reason.ONE_CARD_PER_CODE, cards.size() + " cards");
        List<Result> refused = new ArrayList<>();
        for (int i = 0; i < cards.size(); i++) {
          refused.add(new Result(i, null, oneCard));
          progress.cardDone(refused.get(i), i + 1, cards.size());
        }
        return refused;
      }
      // a one-time code is good for one call: the whole batch goes in it; a visible signature
      // carries the card's own QR code, and a call's signature properties serve all its files
      int perCall = kind == Authorisation.Kind.ONE_TIME_CODE ? Math.max(1, cards.size())
          : visible ? 1 : filesPerCall;
      List<List<Integer>> calls = new ArrayList<>();
      for (int start = 0; start < cards.size(); start += perCall) {
        List<Integer> indexes = new ArrayList<>();
        for (int i = start; i < Math.min(cards.size(), start + perCall); i++) {
          indexes.add(i);
        }
        calls.add(indexes);
      }
      Result[] results = new Result[cards.size()];
      AtomicInteger done = new AtomicInteger();
      if (calls.isEmpty()) {
        return List.of();
      }
      // the first call alone: a refusal of the officer ends the session without further calls
      List<Result> first = signCall(cards, calls.get(0), level);
      record(first, results, done, cards.size(), progress);
      SigningRefusal stop = first.stream().map(Result::refusal).filter(Objects::nonNull)
          .filter(r -> r.reason() == SigningRefusal.Reason.WRONG_AUTHORISATION
              || r.reason() == SigningRefusal.Reason.NOT_REGISTERED || r.reason() == SigningRefusal.Reason.NO_CERTIFICATE)
          .findFirst().orElse(null);
      List<List<Integer>> rest = calls.subList(1, calls.size());
      if (stop != null) {
        for (List<Integer> call : rest) {
          record(call.stream().map(i -> new Result(i, null, stop)).toList(), results, done, cards.size(), progress);
        }
        return List.of(results);
      }
      ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(concurrency, rest.size())));
      try {
        List<Future<List<Result>>> pending = new ArrayList<>();
        for (List<Integer> call : rest) {
          pending.add(pool.submit(() -> {
            List<Result> outcome = signCall(cards, call, level);
            record(outcome, results, done, cards.size(), progress);
            return outcome;
          }));
        }
        for (Future<List<Result>> future : pending) {
          future.get();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Signing was interrupted", e);
      } catch (ExecutionException e) {
        throw new IllegalStateException("Signing failed unexpectedly", e.getCause());
      } finally {
        pool.shutdownNow();
      }
      return List.of(results);
    }

    private void record(List<Result> outcome, Result[] results, AtomicInteger done, int total, Progress progress) {
      for (Result result : outcome) {
        results[result.index()] = result;
        progress.cardDone(result, done.incrementAndGet(), total);
      }
    }

    /** One sign call for the cards at {@code indexes}; every card gets its result. */
    private List<Result> signCall(List<byte[]> cards, List<Integer> indexes, SignatureLevel level) {
      List<byte[]> returned;
      try {
        returned = api == Api.V1 ? List.of(signV1(cards.get(indexes.get(0)))) : signV2(indexes.stream().map(cards::get).toList());
      } catch (SigningRefusal refusal) {
        return indexes.stream().map(i -> new Result(i, null, refusal)).toList();
      }
      List<Result> outcome = new ArrayList<>();
      for (int k = 0; k < indexes.size(); k++) {
        int index = indexes.get(k);
        try {
          outcome.add(new Result(index, accept(cards.get(index), returned.get(k), level), null));
        } catch (SigningRefusal refusal) {
          LOG.warning(() -> "A card returned by the BSrE gateway was refused: " + refusal.getMessage());
          outcome.add(new Result(index, null, refusal));
        }
      }
      return outcome;
    }

    private byte[] accept(byte[] sent, byte[] returned, SignatureLevel level) {
      check.requireSignedOriginal(sent, returned);
      byte[] extended;
      try {
        extended = extender.extend(returned, level);
      } catch (SigningRefusedException e) {
        throw new SigningRefusal(SigningRefusal.Reason.CERTIFICATE_NOT_USABLE, e.getMessage(), e);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "A card returned by the BSrE gateway could not be extended", e);
        throw new SigningRefusal(SigningRefusal.Reason.RETURNED_DOCUMENT_REFUSED, "cannot be extended: " + e.getMessage(), e);
      }
      check.requireValid(extended);
      return extended;
    }

    private byte[] signV1(byte[] card) {
      Map<String, MultipartForm.Part> form = new LinkedHashMap<>();
      form.put("file", new MultipartForm.Part(card, "kk.pdf"));
      form.put("nik", text(signatory.nik()));
      byte[] passphrase = new String(secret).getBytes(StandardCharsets.UTF_8);
      form.put("passphrase", new MultipartForm.Part(passphrase, null));
      form.put("reason", text(KkPadesSigner.REASON));
      if (appearance.mode() == Appearance.Mode.INVISIBLE) {
        form.put("tampilan", text("invisible"));
      } else {
        SignatureBox stamp = stampBox();
        form.put("tampilan", text("visible"));
        form.put("linkQR", text(CardLink.of(card)));
        form.put("width", text(points(stamp.width())));
        form.put("height", text(points(stamp.height())));
        if (appearance.mode() == Appearance.Mode.TAG) {
          form.put("tag_koordinat", text(appearance.tag()));
        } else {
          form.put("page", text(Integer.toString(stamp.page())));
          form.put("xAxis", text(points(stamp.x())));
          form.put("yAxis", text(points(stamp.y())));
        }
      }
      String boundary = MultipartForm.newBoundary();
      byte[] body = MultipartForm.encode(boundary, form);
      Arrays.fill(passphrase, (byte) 0);
      Reply answer = send(call("api/sign/pdf")
          .header("Content-Type", "multipart/form-data; boundary=" + boundary)
          .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
      Arrays.fill(body, (byte) 0);
      if (answer.statusCode() != 200 || !answer.contentType().startsWith("application/pdf")) {
        throw refusalOf(answer);
      }
      return answer.body();
    }

    private List<byte[]> signV2(List<byte[]> batch) {
      JsonArrayBuilder files = Json.createArrayBuilder();
      batch.forEach(card -> files.add(Base64.getEncoder().encodeToString(card)));
      JsonObjectBuilder properties = Json.createObjectBuilder().add("reason", KkPadesSigner.REASON);
      if (appearance.mode() == Appearance.Mode.INVISIBLE) {
        properties.add("tampilan", "INVISIBLE");
      } else {
        // one card per call (signAll): the picture is that card's QR code
        SignatureBox stamp = stampBox();
        properties.add("tampilan", "VISIBLE")
            .add("imageBase64", Base64.getEncoder().encodeToString(QrCode.png(CardLink.of(batch.get(0)), 4)))
            .add("width", Math.round(stamp.width())).add("height", Math.round(stamp.height()));
        if (appearance.mode() == Appearance.Mode.TAG) {
          properties.add("tag", appearance.tag());
        } else {
          properties.add("page", stamp.page()).add("originX", Math.round(stamp.x())).add("originY", Math.round(stamp.y()));
        }
      }
      String body = Json.createObjectBuilder()
          .add("nik", signatory.nik())
          .add(kind == Authorisation.Kind.ONE_TIME_CODE ? "totp" : "passphrase", new String(secret))
          .add("signatureProperties", Json.createArrayBuilder().add(properties))
          .add("file", files)
          .build().toString();
      Reply answer = send(call("api/v2/sign/pdf").header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(body)).build());
      if (answer.statusCode() != 200) {
        throw refusalOf(answer);
      }
      List<byte[]> signed = new ArrayList<>();
      try {
        for (JsonString file : json(answer.body()).getJsonArray("file").getValuesAs(JsonString.class)) {
          signed.add(Base64.getDecoder().decode(file.getString()));
        }
      } catch (RuntimeException e) {
        throw new SigningRefusal(SigningRefusal.Reason.RETURNED_DOCUMENT_REFUSED, "an answer without the signed files", e);
      }
      if (signed.size() != batch.size()) {
        throw new SigningRefusal(SigningRefusal.Reason.RETURNED_DOCUMENT_REFUSED,
            signed.size() + " files returned for " + batch.size());
      }
      return signed;
    }

    @Override
    public void close() {
      Arrays.fill(secret, '\0');
    }
  }

  /**
   * Where BSrE's stamp goes: a square as tall as the renderer's signature box, at its left, in
   * points from the page's top-left corner (our choice of origin; see docs/signing.md).
   */
  static SignatureBox stampBox() {
    SignatureBox box = KkPdfRenderer.signatureBox();
    return new SignatureBox(box.page(), box.x(), box.y(), box.height(), box.height());
  }

  private static String points(float value) {
    return Integer.toString(Math.round(value));
  }

  private static MultipartForm.Part text(String value) {
    return new MultipartForm.Part(value.getBytes(StandardCharsets.UTF_8), null);
  }
}
