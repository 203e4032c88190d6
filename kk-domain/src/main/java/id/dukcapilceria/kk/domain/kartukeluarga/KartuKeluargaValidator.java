package id.dukcapilceria.kk.domain.kartukeluarga;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The one entry point for rules across fields of a card. First cut: exactly one head of family,
 * NIKs unique within the card, no birth date in the future.
 */
public final class KartuKeluargaValidator {

  private KartuKeluargaValidator() {}

  public static List<Violation> validate(KartuKeluarga kk, java.time.LocalDate today) {
    List<Violation> violations = new ArrayList<>();
    long heads = kk.anggota().stream().filter(AnggotaKeluarga::isKepalaKeluarga).count();
    if (heads == 0) {
      violations.add(Violation.error("kk.noHead", "anggota"));
    } else if (heads > 1) {
      violations.add(Violation.error("kk.manyHeads", "anggota", heads));
    }
    Set<Nik> seen = new HashSet<>();
    for (int i = 0; i < kk.anggota().size(); i++) {
      AnggotaKeluarga member = kk.anggota().get(i);
      if (!seen.add(member.nik())) {
        violations.add(Violation.error("kk.duplicateNik", "anggota[" + i + "].nik", member.nik().value()));
      }
      if (member.tanggalLahir().isAfter(today)) {
        violations.add(Violation.error("kk.birthInFuture", "anggota[" + i + "].tanggalLahir"));
      }
    }
    return List.copyOf(violations);
  }
}
