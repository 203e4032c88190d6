package id.dukcapilceria.kk.signature.authority;

import java.util.Objects;

/**
 * The officer who signs, as the card prints them and as a signing authority knows them: the name
 * and NIP printed under the signature, and the NIK by which BSrE finds their certificate (none for
 * a key held here).
 */
public record Signatory(String name, String nip, String nik) {

  public Signatory {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("The signing officer needs a name");
    }
    nip = Objects.requireNonNullElse(nip, "");
    if (nik != null && !nik.matches("\\d{16}")) {
      throw new IllegalArgumentException("A NIK has 16 digits");
    }
  }
}
