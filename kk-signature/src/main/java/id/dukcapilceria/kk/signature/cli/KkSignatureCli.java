package id.dukcapilceria.kk.signature.cli;

import eu.europa.esig.dss.enumerations.SignatureLevel;
import id.dukcapilceria.kk.domain.kartukeluarga.KartuKeluarga;
import id.dukcapilceria.kk.domain.kartukeluarga.NomorKk;
import id.dukcapilceria.kk.domain.sintetis.SyntheticFamilies;
import id.dukcapilceria.kk.domain.wilayah.WilayahDirectory;
import id.dukcapilceria.kk.signature.authority.Authorisation;
import id.dukcapilceria.kk.signature.authority.Signatory;
import id.dukcapilceria.kk.signature.authority.SigningAuthority;
import id.dukcapilceria.kk.signature.authority.SigningRefusal;
import id.dukcapilceria.kk.signature.authority.SigningSession;
import id.dukcapilceria.kk.signature.bsre.BsreSimulator;
import id.dukcapilceria.kk.signature.pades.KkPadesSigner;
import id.dukcapilceria.kk.signature.pki.DemoPki;
import id.dukcapilceria.kk.signature.render.KkDocument;
import id.dukcapilceria.kk.signature.render.KkPdfRenderer;
import id.dukcapilceria.kk.signature.setup.SigningAuthorities;
import id.dukcapilceria.kk.signature.verify.InvalidPdfException;
import id.dukcapilceria.kk.signature.verify.KkSignatureVerifier;
import id.dukcapilceria.kk.signature.verify.TrustAnchors;
import id.dukcapilceria.kk.signature.verify.VerificationReport;
import java.io.ByteArrayInputStream;
import java.io.Console;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code java -jar kk-signature-cli.jar <command>}: the signature module without the portal.
 *
 * <pre>
 * demo-pki DIR                                       create the demo PKI; writes DIR/root.pem
 * render-demo OUT.pdf                                an unsigned synthetic KK (SPESIMEN)
 * sign IN.pdf OUT.pdf --pki DIR [--level B-B|B-T|B-LT|B-LTA] [--authority NAME] [--nik NIK]
 * verify FILE.pdf [--trust ROOT.pem]                 JSON report on standard output
 * bsre-simulator --pki DIR --nik NIK [--port 8091] [--delay-ms 0]
 * </pre>
 *
 * {@code sign} signs through any signing authority ({@code pkcs12}, the demo key, by default); the
 * authority's settings come from the environment under the portal's names ({@code
 * KK_SIGNING_PKCS11_LIBRARY}, {@code KK_SIGNING_BSRE_URL}, …).
 *
 * The passphrase of the Kadis key comes from {@code KK_SIGN_PASSPHRASE} or is asked for; it is
 * never written anywhere. Exit codes of {@code verify}: 0 TOTAL_PASSED, 1 TOTAL_FAILED or no
 * signature, 2 INDETERMINATE; every command: 64 bad usage, 65 input that is not a readable PDF,
 * 66 missing input file, 69 signing authority unavailable or refusing, 77 wrong passphrase or PIN.
 */
public final class KkSignatureCli {

  static final int OK = 0;
  static final int FAILED = 1;
  static final int INDETERMINATE = 2;
  static final int USAGE = 64;
  static final int BAD_INPUT = 65;
  static final int NO_INPUT = 66;
  static final int UNAVAILABLE = 69;
  static final int WRONG_PASSPHRASE = 77;
  private static final String SIGN_USAGE =
      "sign IN.pdf OUT.pdf --pki DIR [--level B-B|B-T|B-LT|B-LTA] [--authority pkcs12|pkcs11|bsre-v1|bsre-v2] [--nik NIK]";
  private static final String SIMULATOR_USAGE = "bsre-simulator --pki DIR --nik NIK [--port 8091] [--delay-ms 0]";
  static final String PASSPHRASE_VARIABLE = "KK_SIGN_PASSPHRASE";

  private final PrintStream out;
  private final PrintStream err;
  private final Map<String, String> environment;

  KkSignatureCli(PrintStream out, PrintStream err, Map<String, String> environment) {
    this.out = out;
    this.err = err;
    this.environment = environment;
  }

  public static void main(String[] args) {
    // DSS reports every step at INFO and logs a damaged file's parse failures as WARN with a stack
    // trace; the tool's own output (the report, the message) says what matters, so only errors
    // unless KK_LOG_LEVEL asks for more (warn, info, debug)
    String level = System.getenv().getOrDefault("KK_LOG_LEVEL", "error");
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", level);
    System.exit(new KkSignatureCli(System.out, System.err, System.getenv()).run(args));
  }

  int run(String[] args) {
    if (args.length == 0) {
      return usage("Perintah belum diberikan.");
    }
    try {
      return switch (args[0]) {
        case "demo-pki" -> args.length == 2 ? demoPki(Path.of(args[1])) : usage("demo-pki DIR");
        case "render-demo" -> args.length == 2 ? renderDemo(Path.of(args[1])) : usage("render-demo OUT.pdf");
        case "sign" -> sign(args);
        case "bsre-simulator" -> bsreSimulator(args);
        case "verify" -> verify(args);
        case "help", "--help", "-h" -> usage(null);
        default -> usage("Perintah tidak dikenal: " + args[0]);
      };
    } catch (NoSuchFileException e) {
      err.println("Berkas tidak ditemukan: " + e.getFile());
      return NO_INPUT;
    } catch (InvalidPdfException e) {
      err.println(e.getMessage());
      return BAD_INPUT;
    } catch (SigningRefusal refusal) {
      err.println(refusal.message(java.util.Locale.forLanguageTag("id")));
      return refusal.reason() == SigningRefusal.Reason.WRONG_AUTHORISATION ? WRONG_PASSPHRASE
          : refusal.reason() == SigningRefusal.Reason.FAILED ? BAD_INPUT : UNAVAILABLE;
    } catch (MissingPassphrase e) {
      err.println("Passphrase belum diberikan: isi " + PASSPHRASE_VARIABLE + " atau jalankan di terminal.");
      return WRONG_PASSPHRASE;
    } catch (IOException e) {
      err.println("Tidak dapat membaca atau menulis berkas: " + e.getMessage());
      return NO_INPUT;
    }
  }

  private int demoPki(Path dir) throws IOException {
    char[] passphrase = passphrase("Passphrase baru untuk kunci Kadis demo: ");
    DemoPki pki = DemoPki.createOrOpen(dir, passphrase);
    Files.writeString(dir.resolve("root.pem"), TrustAnchors.pem(pki.rootCertificate()), StandardCharsets.US_ASCII);
    err.println("PKI demo ada di " + dir.toAbsolutePath() + "; sertifikat akar: " + dir.resolve("root.pem"));
    return OK;
  }

  /** The demo card's office: the demo regency, Kabupaten Padang Pariaman, in WIB. */
  private static final id.dukcapilceria.kk.domain.pejabat.IssuingOffice DEMO_OFFICE =
      id.dukcapilceria.kk.domain.pejabat.IssuingOffice.of(id.dukcapilceria.kk.domain.kartukeluarga.KodeWilayah.of("13.05"),
          WilayahDirectory.shared(), java.time.ZoneId.of("Asia/Jakarta"));

  private int renderDemo(Path target) throws IOException {
    LocalDate today = LocalDate.now();
    KartuKeluarga kk = new SyntheticFamilies(2019, today, WilayahDirectory.shared(), DEMO_OFFICE.regency()).next();
    kk.assignNomorKk(NomorKk.compose(kk.alamat().kodeDesa().kecamatan(), today, 1));
    WilayahDirectory.RegionNames names = WilayahDirectory.shared().hierarchyOf(kk.alamat().kodeDesa());
    KkDocument document = new KkDocument(kk, names.desa(), names.kecamatan(), names.kabupaten(), names.provinsi(),
        today, id.dukcapilceria.kk.domain.pejabat.SigningOfficial.head("KADIS DEMO (SPESIMEN)", "00000000 000000 0 000"),
        DEMO_OFFICE, "https://kk.demo.invalid/verifikasi", KkDocument.Certificate.DEMO);
    Files.write(target, new KkPdfRenderer().render(document));
    err.println("KK contoh (belum ditandatangani) ditulis ke " + target);
    return OK;
  }

  private int sign(String[] args) throws IOException {
    List<String> positional = new ArrayList<>();
    Path pkiDir = null;
    SignatureLevel level = KkPadesSigner.DEFAULT_LEVEL;
    String authorityName = SigningAuthorities.PKCS12;
    String nik = null;
    for (int i = 1; i < args.length; i++) {
      switch (args[i]) {
        case "--pki" -> {
          if (++i >= args.length) {
            return usage("--pki memerlukan folder PKI");
          }
          pkiDir = Path.of(args[i]);
        }
        case "--level" -> {
          if (++i >= args.length || KkPadesSigner.levelOf(args[i]).isEmpty()) {
            return usage("--level harus B-B, B-T, B-LT atau B-LTA");
          }
          level = KkPadesSigner.levelOf(args[i]).orElseThrow();
        }
        case "--authority" -> {
          if (++i >= args.length) {
            return usage("--authority harus pkcs12, pkcs11, bsre-v1 atau bsre-v2");
          }
          authorityName = args[i];
        }
        case "--nik" -> {
          if (++i >= args.length) {
            return usage("--nik memerlukan NIK penanda tangan (16 angka)");
          }
          nik = args[i];
        }
        default -> positional.add(args[i]);
      }
    }
    if (positional.size() != 2 || pkiDir == null) {
      return usage(SIGN_USAGE);
    }
    if (!Files.isRegularFile(pkiDir.resolve("kadis.p12"))) {
      err.println("Folder PKI tidak berisi kunci Kadis: " + pkiDir);
      return NO_INPUT;
    }
    byte[] pdf = Files.readAllBytes(Path.of(positional.get(0)));
    if (!KkSignatureVerifier.looksLikePdf(pdf)) {
      throw new InvalidPdfException("Berkas bukan dokumen PDF.", null);
    }
    Map<String, String> settings = signingSettings();
    settings.put(SigningAuthorities.AUTHORITY, authorityName);
    SigningAuthority authority;
    Signatory signatory;
    try {
      authority = SigningAuthorities.configured(settings, DemoPki.createOrOpen(pkiDir));
      signatory = new Signatory("KADIS", "", nik);
    } catch (IllegalArgumentException e) {
      return usage(e.getMessage());
    }
    char[] passphrase = passphrase("Passphrase atau PIN penanda tangan: ");
    byte[] signed;
    try (Authorisation authorisation = Authorisation.passphrase(passphrase);
        SigningSession session = authority.open(signatory, authorisation)) {
      signed = session.sign(pdf, level);
    } finally {
      java.util.Arrays.fill(passphrase, '\0');
    }
    Files.write(Path.of(positional.get(1)), signed);
    err.println("Ditandatangani (" + level + ", " + authority.name() + ") ke " + positional.get(1));
    return OK;
  }

  /**
   * The signing authority's settings from the environment, named as the portal reads them
   * (MicroProfile Config's rule: {@code kk.signing.bsre.url} is {@code KK_SIGNING_BSRE_URL}).
   */
  private Map<String, String> signingSettings() {
    Map<String, String> settings = new java.util.HashMap<>();
    for (String key : SigningAuthorities.KEYS) {
      String value = environment.get(key.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "_"));
      if (value != null) {
        settings.put(key, value);
      }
    }
    return settings;
  }

  /**
   * A BSrE gateway stand-in beside the portal for a demo: the officer's NIK and passphrase, the
   * integrating system's account (KK_SIGNING_BSRE_USER, KK_SIGNING_BSRE_PASSWORD), the demo PKI
   * whose Kadis key it signs with; runs until stopped.
   */
  private int bsreSimulator(String[] args) throws IOException {
    Path pkiDir = null;
    int port = 8091;
    String nik = null;
    long delayMillis = 0;
    for (int i = 1; i < args.length; i++) {
      if (i + 1 >= args.length) {
        return usage(SIMULATOR_USAGE);
      }
      switch (args[i]) {
        case "--pki" -> pkiDir = Path.of(args[++i]);
        case "--port" -> port = Integer.parseInt(args[++i]);
        case "--nik" -> nik = args[++i];
        case "--delay-ms" -> delayMillis = Long.parseLong(args[++i]);
        default -> {
          return usage(SIMULATOR_USAGE);
        }
      }
    }
    String user = environment.get("KK_SIGNING_BSRE_USER");
    String password = environment.get("KK_SIGNING_BSRE_PASSWORD");
    if (pkiDir == null || nik == null || user == null || password == null) {
      return usage(SIMULATOR_USAGE);
    }
    char[] officerPassphrase = passphrase("Passphrase BSrE penanda tangan: ");
    char[] pkiPassphrase = environment.getOrDefault("KK_PKI_PASSPHRASE", DemoPki.DEMO_PASSPHRASE).toCharArray();
    BsreSimulator simulator = new BsreSimulator(DemoPki.createOrOpen(pkiDir), pkiPassphrase, user, password)
        .officer(nik, new String(officerPassphrase));
    java.util.Arrays.fill(officerPassphrase, '\0');
    java.util.Arrays.fill(pkiPassphrase, '\0');
    simulator.delay(java.time.Duration.ofMillis(delayMillis));
    java.net.URI address = simulator.start(port);
    err.println("Simulator BSrE berjalan di " + address + " (v1 dan v2); hentikan dengan Ctrl+C.");
    Runtime.getRuntime().addShutdownHook(new Thread(simulator::close));
    try {
      Thread.currentThread().join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return OK;
  }

  private int verify(String[] args) throws IOException {
    List<String> positional = new ArrayList<>();
    List<X509Certificate> trusted = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      if (args[i].equals("--trust")) {
        if (++i >= args.length) {
          return usage("--trust memerlukan sertifikat akar (PEM)");
        }
        X509Certificate root = certificate(Path.of(args[i]));
        if (root == null) {
          err.println("Sertifikat akar tidak dapat dibaca: " + args[i]);
          return BAD_INPUT;
        }
        trusted.add(root);
      } else {
        positional.add(args[i]);
      }
    }
    if (positional.size() != 1) {
      return usage("verify FILE.pdf [--trust ROOT.pem]");
    }
    VerificationReport report = new KkSignatureVerifier(trusted).verify(Files.readAllBytes(Path.of(positional.get(0))));
    out.println(ReportJson.of(report));
    return switch (report.indication()) {
      case TOTAL_PASSED -> OK;
      case INDETERMINATE -> INDETERMINATE;
      case TOTAL_FAILED, NO_SIGNATURE -> FAILED;
    };
  }

  private char[] passphrase(String prompt) {
    String fromEnvironment = environment.get(PASSPHRASE_VARIABLE);
    if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
      return fromEnvironment.toCharArray();
    }
    Console console = System.console();
    if (console == null) {
      throw new MissingPassphrase();
    }
    char[] typed = console.readPassword(prompt);
    return typed == null ? new char[0] : typed;
  }

  private static X509Certificate certificate(Path pem) throws IOException {
    try {
      return (X509Certificate) CertificateFactory.getInstance("X.509")
          .generateCertificate(new ByteArrayInputStream(Files.readAllBytes(pem)));
    } catch (CertificateException | ClassCastException e) {
      return null;
    }
  }

  /** No passphrase in the environment and no terminal to ask on. */
  private static final class MissingPassphrase extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  private int usage(String problem) {
    if (problem != null) {
      err.println(problem);
    }
    err.println("""
        Penggunaan: java -jar kk-signature-cli.jar PERINTAH
          demo-pki DIR                                   buat PKI demo; sertifikat akar di DIR/root.pem
          render-demo OUT.pdf                            KK contoh sintetis, belum ditandatangani
          sign IN.pdf OUT.pdf --pki DIR [--level B-B|B-T|B-LT|B-LTA]
               [--authority pkcs12|pkcs11|bsre-v1|bsre-v2] [--nik NIK]
                                                         pengaturan otoritas dari KK_SIGNING_* (docs/signing.md)
          verify FILE.pdf [--trust ROOT.pem]             laporan JSON; keluar 0 lulus, 1 gagal, 2 tak tentu
          bsre-simulator --pki DIR --nik NIK [--port 8091] [--delay-ms 0]
                                                         gateway BSrE tiruan untuk demo (KK_SIGNING_BSRE_USER/_PASSWORD)
        Passphrase (atau PIN) dari variabel lingkungan KK_SIGN_PASSPHRASE, atau ditanyakan.""");
    return problem == null ? OK : USAGE;
  }
}
