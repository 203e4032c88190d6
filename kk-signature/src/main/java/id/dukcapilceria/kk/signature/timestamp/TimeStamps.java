package id.dukcapilceria.kk.signature.timestamp;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.model.TimestampBinary;
import eu.europa.esig.dss.spi.x509.tsp.TSPSource;
import id.dukcapilceria.kk.domain.shared.Sha256;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.util.Selector;

/**
 * RFC 3161 time-stamps over any bytes that are not a PDF (the audit trail's seals): asked of a
 * time-stamp authority (the demo PKI's in the demo, BSrE's TSA in service) and checked again
 * later: the token covers exactly these bytes (SHA-256), its signature holds, and its signer
 * chains to one of the trusted roots with the certificates the token carries.
 */
public final class TimeStamps {

  private final TSPSource authority;
  private final List<X509Certificate> trustedRoots;

  public TimeStamps(TSPSource authority, Collection<X509Certificate> trustedRoots) {
    this.authority = Objects.requireNonNull(authority, "authority");
    this.trustedRoots = List.copyOf(trustedRoots);
  }

  /** The time-stamp token (DER) over {@code content}. */
  public byte[] stamp(byte[] content) {
    byte[] digest = HexFormat.of().parseHex(Sha256.hex(content));
    TimestampBinary token = authority.getTimeStampResponse(DigestAlgorithm.SHA256, digest);
    return token.getBytes();
  }

  /**
   * When {@code token} says {@code content} existed.
   *
   * @throws InvalidTimeStampException if the token is not a time-stamp of these bytes by a
   *     trusted authority
   */
  public Instant verify(byte[] content, byte[] token) {
    try {
      TimeStampToken stamp = new TimeStampToken(new CMSSignedData(token));
      byte[] expected = HexFormat.of().parseHex(Sha256.hex(content));
      if (!stamp.getTimeStampInfo().getMessageImprintAlgOID().equals(org.bouncycastle.asn1.nist.NISTObjectIdentifiers.id_sha256)
          || !MessageDigest.isEqual(expected, stamp.getTimeStampInfo().getMessageImprintDigest())) {
        throw new InvalidTimeStampException("The time-stamp is not over these bytes");
      }
      List<X509Certificate> carried = carried(stamp);
      X509Certificate signer = signerOf(stamp, carried);
      stamp.validate(new JcaSimpleSignerInfoVerifierBuilder().build(signer));
      requireChainToRoot(signer, carried);
      return stamp.getTimeStampInfo().getGenTime().toInstant();
    } catch (InvalidTimeStampException e) {
      throw e;
    } catch (Exception e) {
      throw new InvalidTimeStampException("The time-stamp cannot be read or does not verify: " + e.getMessage());
    }
  }

  @SuppressWarnings("unchecked")
  private static List<X509Certificate> carried(TimeStampToken stamp) throws CertificateException {
    List<X509Certificate> certificates = new ArrayList<>();
    JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
    for (X509CertificateHolder holder : stamp.getCertificates().getMatches((Selector<X509CertificateHolder>) null)) {
      certificates.add(converter.getCertificate(holder));
    }
    return certificates;
  }

  @SuppressWarnings("unchecked")
  private static X509Certificate signerOf(TimeStampToken stamp, List<X509Certificate> carried) throws CertificateException {
    var matches = stamp.getCertificates().getMatches((Selector<X509CertificateHolder>) stamp.getSID());
    if (matches.isEmpty()) {
      throw new InvalidTimeStampException("The time-stamp does not carry its signer's certificate");
    }
    return new JcaX509CertificateConverter().getCertificate((X509CertificateHolder) matches.iterator().next());
  }

  /** Up from the signer through the carried certificates, each checked, to a trusted root. */
  private void requireChainToRoot(X509Certificate signer, List<X509Certificate> carried) {
    X509Certificate current = signer;
    for (int depth = 0; depth < 5; depth++) {
      for (X509Certificate root : trustedRoots) {
        if (issuedBy(current, root)) {
          return;
        }
      }
      X509Certificate next = null;
      for (X509Certificate candidate : carried) {
        if (!candidate.equals(current) && issuedBy(current, candidate)) {
          next = candidate;
          break;
        }
      }
      if (next == null) {
        break;
      }
      current = next;
    }
    throw new InvalidTimeStampException("The time-stamp authority does not chain to a trusted root");
  }

  private static boolean issuedBy(X509Certificate certificate, X509Certificate issuer) {
    if (!certificate.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
      return false;
    }
    try {
      certificate.verify(issuer.getPublicKey());
      return true;
    } catch (Exception wrongKey) {
      return false;
    }
  }

  /** A token that is not a trusted time-stamp of the given bytes. */
  public static final class InvalidTimeStampException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InvalidTimeStampException(String message) {
      super(message);
    }
  }
}
