package id.dukcapilceria.kk.domain.layanan;

import id.dukcapilceria.kk.domain.kartukeluarga.AnggotaKeluarga;
import id.dukcapilceria.kk.domain.kartukeluarga.KartuKeluarga;
import id.dukcapilceria.kk.domain.kartukeluarga.Kewarganegaraan;
import id.dukcapilceria.kk.domain.kartukeluarga.StatusPerkawinan;
import id.dukcapilceria.kk.domain.shared.Messages;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * One requirement document of a service type and when it is needed: always, when the typed data
 * says so (e.g. a registered marriage needs the buku nikah), or when a circumstance the data cannot
 * show applies (the operator decides, guided by {@link #conditionLabel(Locale)}).
 */
public record Persyaratan(JenisDokumen dokumen, Kondisi kondisi) {

  /** Whether a document is needed for a given card. */
  public enum Perlu {
    YA,
    TIDAK,
    /** The data cannot tell; the operator checks the circumstance named by the condition. */
    MENURUT_KEADAAN
  }

  /** When a document is needed. */
  public enum Kondisi {
    SELALU(kk -> true),
    KEPALA_KAWIN_TERCATAT(kk -> headHas(kk, StatusPerkawinan.KAWIN_TERCATAT)),
    KEPALA_KAWIN_BELUM_TERCATAT(kk -> headHas(kk, StatusPerkawinan.KAWIN_BELUM_TERCATAT)),
    ADA_ANGGOTA_WNA(kk -> kk.anggota().stream().anyMatch(a -> a.kewarganegaraan() == Kewarganegaraan.WNA)),
    KEPALA_CERAI_HIDUP_TERCATAT(kk -> headHas(kk, StatusPerkawinan.CERAI_HIDUP_TERCATAT)),
    KEPALA_CERAI_HIDUP_BELUM_TERCATAT(kk -> headHas(kk, StatusPerkawinan.CERAI_HIDUP_BELUM_TERCATAT)),
    /** A member's marriage or divorce is not recorded: the SPTJM F-1.05 stands for the certificate. */
    ADA_ANGGOTA_BELUM_TERCATAT(kk -> kk.anggota().stream().anyMatch(a -> a.statusPerkawinan().isUnrecorded())),
    /** A spouse comes from another kabupaten/kota. */
    PINDAH_ANTAR_KABUPATEN(null),
    /** The former head has died. */
    KEPALA_LAMA_MENINGGAL(null),
    /** The former head has moved away. */
    KEPALA_LAMA_PINDAH(null),
    /** The split is because of a marriage. */
    KARENA_PERKAWINAN(null),
    /** The split is because of a divorce. */
    KARENA_PERCERAIAN(null),
    /** The mover already has a KK. */
    PEMOHON_PUNYA_KK(null),
    /** The mover comes from abroad. */
    DATANG_DARI_LUAR_NEGERI(null),
    /** The card was lost. */
    KK_HILANG(null),
    /** The card was damaged. */
    KK_RUSAK(null);

    private final Predicate<KartuKeluarga> fromData;

    Kondisi(Predicate<KartuKeluarga> fromData) {
      this.fromData = fromData;
    }

    Perlu evaluate(KartuKeluarga kk) {
      if (fromData == null) {
        return Perlu.MENURUT_KEADAAN;
      }
      return fromData.test(kk) ? Perlu.YA : Perlu.TIDAK;
    }

    private static boolean headHas(KartuKeluarga kk, StatusPerkawinan status) {
      return kk.kepalaKeluarga().map(AnggotaKeluarga::statusPerkawinan).filter(status::equals).isPresent();
    }
  }

  public static Persyaratan selalu(JenisDokumen dokumen) {
    return new Persyaratan(dokumen, Kondisi.SELALU);
  }

  public static Persyaratan jika(JenisDokumen dokumen, Kondisi kondisi) {
    return new Persyaratan(dokumen, kondisi);
  }

  /** Whether this document is needed for {@code kk}. */
  public Perlu perluUntuk(KartuKeluarga kk) {
    return kondisi.evaluate(kk);
  }

  /** When the document is needed, as the operator's checklist says it. */
  public String conditionLabel(Locale locale) {
    return Messages.text("Kondisi." + kondisi.name(), locale);
  }
}
