package id.dukcapilceria.kk.domain.kartukeluarga;

import id.dukcapilceria.kk.domain.shared.Messages;
import java.util.Locale;

/**
 * The KK service types (jenis layanan) of domain.md §4. First cut: the names only; the required
 * documents per type come with the full model.
 */
public enum JenisLayanan {
  KELUARGA_BARU,
  PENGGANTIAN_KEPALA_KELUARGA,
  PISAH_KK,
  PERUBAHAN_DATA,
  TAMBAH_ANGGOTA_KELAHIRAN,
  TAMBAH_ANGGOTA_PINDAH_DATANG,
  KURANG_ANGGOTA_KEMATIAN,
  KURANG_ANGGOTA_PINDAH_KELUAR,
  KK_HILANG_RUSAK;

  public String label() {
    return Messages.text("JenisLayanan." + name());
  }

  public String label(Locale locale) {
    return Messages.text("JenisLayanan." + name(), locale);
  }
}
