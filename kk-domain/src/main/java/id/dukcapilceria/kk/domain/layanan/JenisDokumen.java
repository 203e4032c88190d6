package id.dukcapilceria.kk.domain.layanan;

import id.dukcapilceria.kk.domain.shared.Messages;
import java.util.Locale;

/**
 * The requirement documents (persyaratan) the KK services ask for, from docs/domain.md §4. Online
 * services want scans of the originals, not photocopies (Lampiran surat 470/13287/Dukcapil).
 */
public enum JenisDokumen {
  /** F-1.02, Formulir Pendaftaran Peristiwa Kependudukan. */
  FORMULIR_F102,
  /** F-1.05, SPTJM perkawinan/perceraian belum tercatat. */
  SPTJM_F105,
  /** F-1.06, Surat pernyataan perubahan elemen data kependudukan. */
  FORMULIR_F106,
  KK_LAMA,
  KTP_EL,
  BUKU_NIKAH,
  AKTA_PERCERAIAN,
  AKTA_KELAHIRAN,
  AKTA_KEMATIAN,
  /** Surat keterangan pindah (SKPWNI). */
  SKPWNI,
  SURAT_KETERANGAN_DATANG_LUAR_NEGERI,
  /** The KK the mover joins (KK yang akan ditumpangi). */
  KK_YANG_DITUMPANGI,
  SURAT_PERNYATAAN_TIDAK_KEBERATAN,
  /** Ijazah, court decision, certificate with catatan pinggir and the like. */
  BUKTI_PERUBAHAN_DATA,
  PASPOR,
  KITAS_KITAP,
  /** SKCK / STMD for a foreigner moving in. */
  SKCK_STMD,
  SURAT_KEHILANGAN_KEPOLISIAN,
  KK_RUSAK,
  /** For a resident vulnerable in population administration (Perpres 96/2018; docs/domain.md §4). */
  SURAT_PENGGANTI_TANDA_IDENTITAS,
  /** Petikan Keputusan Presiden tentang pewarganegaraan: a foreigner who became a citizen. */
  KEPPRES_PEWARGANEGARAAN,
  /** Berita acara pengucapan sumpah atau pernyataan janji setia, of the new citizen. */
  BERITA_ACARA_SUMPAH;

  public String label() {
    return Messages.text("JenisDokumen." + name());
  }

  public String label(Locale locale) {
    return Messages.text("JenisDokumen." + name(), locale);
  }
}
