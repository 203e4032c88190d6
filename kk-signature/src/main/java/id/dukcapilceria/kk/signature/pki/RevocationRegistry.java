package id.dukcapilceria.kk.signature.pki;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The demo PKI's list of revoked certificates, kept in {@code revoked.txt} of the PKI directory
 * (one line per certificate: issuer, serial in hex, revocation time), so that a revocation
 * survives a restart. Both the OCSP responder and the CRLs answer from it.
 */
final class RevocationRegistry {

  static final String FILE = "revoked.txt";

  private final Path file;
  private final Map<String, Instant> revoked = new ConcurrentHashMap<>();

  RevocationRegistry(Path dir) {
    this.file = dir.resolve(FILE);
    if (Files.exists(file)) {
      try {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          String[] parts = line.split("\t");
          if (parts.length == 3) {
            revoked.put(key(parts[0], new BigInteger(parts[1], 16)), Instant.parse(parts[2]));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + file, e);
      }
    }
  }

  synchronized void revoke(X509Certificate certificate, Instant at) {
    String issuer = certificate.getIssuerX500Principal().getName();
    String key = key(issuer, certificate.getSerialNumber());
    if (revoked.putIfAbsent(key, at) != null) {
      return; // revoked before: the first revocation time stands
    }
    String line = issuer + "\t" + certificate.getSerialNumber().toString(16) + "\t" + at + "\n";
    try {
      Files.writeString(file, line, StandardCharsets.UTF_8,
          StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      revoked.remove(key);
      throw new UncheckedIOException("Cannot record the revocation in " + file, e);
    }
  }

  Optional<Instant> revokedAt(X509Certificate certificate) {
    return Optional.ofNullable(
        revoked.get(key(certificate.getIssuerX500Principal().getName(), certificate.getSerialNumber())));
  }

  /** Every revoked certificate issued by the named CA, by serial number. */
  Map<BigInteger, Instant> issuedBy(X509Certificate authority) {
    String prefix = authority.getSubjectX500Principal().getName() + "#";
    Map<BigInteger, Instant> result = new java.util.TreeMap<>();
    revoked.forEach((key, at) -> {
      if (key.startsWith(prefix)) {
        result.put(new BigInteger(key.substring(prefix.length()), 16), at);
      }
    });
    return result;
  }

  private static String key(String issuer, BigInteger serial) {
    return issuer + "#" + serial.toString(16);
  }
}
