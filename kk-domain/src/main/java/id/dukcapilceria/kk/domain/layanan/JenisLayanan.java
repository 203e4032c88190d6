package id.dukcapilceria.kk.domain.layanan;

import static id.dukcapilceria.kk.domain.layanan.JenisDokumen.AKTA_KELAHIRAN;
import static id.dukcapilceria.kk.domain.layanan.JenisDokumen.AKTA_KEMATIAN;
import static id.dukcapilceria.kk.domain.layanan.JenisDokumen.AKTA_PERCERAIAN;
import static id.dukcapilceria.kk.domain.layanan.JenisDokumen.BERITA_ACARA_SUMPAH;
import static id.dukcapilceria.kk.domain.layanan.JenisDokumen.BUKTI_PERUBAHAN_DATA;
import static id.dukcapilceria.kk.domain.layanan.JenisDokumen.BUKU_NIKAH;
import static id.dukcapilceria.kk.domain.layanan.JenisDokumen.FORMULIR_F102;
import static id.dukcapilceria.kk.domain.layanan.JenisDokumen.FORMULIR_F106;
import static id.dukcapilceria.kk.domain.layanan.JenisDokumen.KEPPRES_PEWARGANEGARAAN;
import static id.dukcapilceria.kk.domain.layanan.JenisDokumen.KITAS_KITAP;
import static id.dukcapilceria.kk.domain.layanan.JenisDokumen.KK_LAMA;
import static id.dukcapilceria.kk.domain.layanan.JenisDokumen.KK_YANG_DITUMPANGI;
import static id.dukcapilceria.kk.domain.layanan.JenisDokumen.KTP_EL;
import static id.dukcapilceria.kk.domain.layanan.JenisDokumen.PASPOR;
import static id.dukcapilceria.kk.domain.layanan.JenisDokumen.SKCK_STMD;
import static id.dukcapilceria.kk.domain.layanan.JenisDokumen.SKPWNI;
import static id.dukcapilceria.kk.domain.layanan.JenisDokumen.SPTJM_F105;
import static id.dukcapilceria.kk.domain.layanan.JenisDokumen.SURAT_KEHILANGAN_KEPOLISIAN;
import static id.dukcapilceria.kk.domain.layanan.JenisDokumen.SURAT_KETERANGAN_DATANG_LUAR_NEGERI;
import static id.dukcapilceria.kk.domain.layanan.JenisDokumen.SURAT_PENGGANTI_TANDA_IDENTITAS;
import static id.dukcapilceria.kk.domain.layanan.JenisDokumen.SURAT_PERNYATAAN_TIDAK_KEBERATAN;
import static id.dukcapilceria.kk.domain.layanan.Persyaratan.jika;
import static id.dukcapilceria.kk.domain.layanan.Persyaratan.selalu;

import id.dukcapilceria.kk.domain.layanan.Persyaratan.Kondisi;
import id.dukcapilceria.kk.domain.shared.Messages;
import java.util.List;
import java.util.Locale;

/**
 * The KK service types (jenis layanan) and the documents each requires, from docs/domain.md §4 (Perpres
 * 96/2018 and the Dinas SOPs quoted there). The citizen fills F-1.02 for every case except a
 * correction of data elements, which uses F-1.06.
 */
public enum JenisLayanan {
  /** §4 case 1: a new family after marriage; the spouses' old KKs are re-issued without them. */
  KELUARGA_BARU(
      selalu(FORMULIR_F102),
      jika(BUKU_NIKAH, Kondisi.KEPALA_KAWIN_TERCATAT),
      jika(SPTJM_F105, Kondisi.KEPALA_KAWIN_BELUM_TERCATAT),
      selalu(KK_LAMA),
      selalu(KTP_EL),
      jika(SKPWNI, Kondisi.PINDAH_ANTAR_KABUPATEN)),
  /** §4 case 2: the head died or left; the new head gets SHDK 1. */
  PENGGANTIAN_KEPALA_KELUARGA(
      selalu(FORMULIR_F102),
      selalu(KK_LAMA),
      jika(AKTA_KEMATIAN, Kondisi.KEPALA_LAMA_MENINGGAL),
      jika(SKPWNI, Kondisi.KEPALA_LAMA_PINDAH)),
  /** §4 case 3: split at the same address; new head ≥ 17 or (ever) married. */
  PISAH_KK(
      selalu(FORMULIR_F102),
      selalu(KK_LAMA),
      selalu(KTP_EL),
      jika(BUKU_NIKAH, Kondisi.KARENA_PERKAWINAN),
      jika(AKTA_PERCERAIAN, Kondisi.KARENA_PERCERAIAN)),
  /**
   * §4: a new KK for a divorced person, with the divorce certificate, or the SPTJM F-1.05 for an
   * unrecorded divorce (Perpres 96/2018, the new-KK requirements: "kutipan akta perceraian ... atau
   * SPTJM"); the old card is re-issued without them.
   */
  KK_BARU_PERCERAIAN(
      selalu(FORMULIR_F102),
      selalu(KK_LAMA),
      selalu(KTP_EL),
      jika(AKTA_PERCERAIAN, Kondisi.KEPALA_CERAI_HIDUP_TERCATAT),
      jika(SPTJM_F105, Kondisi.KEPALA_CERAI_HIDUP_BELUM_TERCATAT)),
  /**
   * §4 case 1b: a new KK for a whole family moving in from elsewhere in Indonesia, with the letter
   * of moving (Perpres 96/2018, the new-KK requirements: "surat keterangan pindah"); not joining a
   * card ({@link #TAMBAH_ANGGOTA_PINDAH_DATANG}).
   */
  KK_BARU_PINDAH_DATANG(
      selalu(FORMULIR_F102),
      selalu(SKPWNI),
      jika(PASPOR, Kondisi.ADA_ANGGOTA_WNA),
      jika(KITAS_KITAP, Kondisi.ADA_ANGGOTA_WNA)),
  /**
   * §4 case 1b: a new KK for citizens arriving from abroad to live here, with the letter of moving
   * from abroad and the Indonesian travel document (Perpres 96/2018: "surat keterangan pindah luar
   * negeri" for the KK, "dokumen perjalanan Republik Indonesia" for the biodata).
   */
  KK_BARU_DATANG_LUAR_NEGERI(selalu(FORMULIR_F102), selalu(SURAT_KETERANGAN_DATANG_LUAR_NEGERI), selalu(PASPOR)),
  /**
   * §4 case 1b: a new KK for a resident vulnerable in population administration (victims of
   * disaster or conflict, people without a fixed home and the like), with the replacement identity
   * letter (Perpres 96/2018: "surat keterangan pengganti tanda identitas").
   */
  KK_BARU_PENDUDUK_RENTAN(selalu(FORMULIR_F102), selalu(SURAT_PENGGANTI_TANDA_IDENTITAS)),
  /**
   * §4 case 1b: a new KK after naturalisation, with the President's decree and the record of the
   * oath (Perpres 96/2018: "petikan Keputusan Presiden tentang pewarganegaraan dan berita acara
   * pengucapan sumpah atau pernyataan janji setia").
   */
  KK_BARU_PEWARGANEGARAAN(
      selalu(FORMULIR_F102), selalu(KEPPRES_PEWARGANEGARAAN), selalu(BERITA_ACARA_SUMPAH),
      jika(BUKU_NIKAH, Kondisi.KEPALA_KAWIN_TERCATAT)),
  /**
   * §4: a new KK for a foreigner holding a permanent stay permit (Perpres 96/2018 Pasal 10(2)a as
   * commentaries quote it: a foreign resident's KK is for the holder of a KITAP; the rest of that
   * paragraph unverified), with the KITAP, the passport, and the marriage or divorce certificate
   * where the data show one.
   */
  KK_BARU_ORANG_ASING(
      selalu(FORMULIR_F102),
      selalu(KITAS_KITAP),
      selalu(PASPOR),
      jika(BUKU_NIKAH, Kondisi.KEPALA_KAWIN_TERCATAT),
      jika(AKTA_PERCERAIAN, Kondisi.KEPALA_CERAI_HIDUP_TERCATAT)),
  /**
   * §4 case 4: change of data elements (Permendagri 108/2019 Pasal 15); a marriage or divorce that
   * is not recorded is declared with the SPTJM F-1.05 (Ditjen Dukcapil letter 472.2/15145).
   */
  PERUBAHAN_DATA(
      selalu(FORMULIR_F106), selalu(KK_LAMA), selalu(BUKTI_PERUBAHAN_DATA),
      jika(SPTJM_F105, Kondisi.ADA_ANGGOTA_BELUM_TERCATAT)),
  /** §4 case 5a: a birth. */
  TAMBAH_ANGGOTA_KELAHIRAN(selalu(FORMULIR_F102), selalu(KK_LAMA), selalu(AKTA_KELAHIRAN)),
  /** §4 case 5b: moving in / joining a KK (numpang KK). */
  TAMBAH_ANGGOTA_PINDAH_DATANG(
      selalu(FORMULIR_F102),
      selalu(KK_YANG_DITUMPANGI),
      selalu(SKPWNI),
      jika(KK_LAMA, Kondisi.PEMOHON_PUNYA_KK),
      jika(SURAT_KETERANGAN_DATANG_LUAR_NEGERI, Kondisi.DATANG_DARI_LUAR_NEGERI),
      selalu(SURAT_PERNYATAAN_TIDAK_KEBERATAN),
      jika(PASPOR, Kondisi.ADA_ANGGOTA_WNA),
      jika(KITAS_KITAP, Kondisi.ADA_ANGGOTA_WNA),
      jika(SKCK_STMD, Kondisi.ADA_ANGGOTA_WNA)),
  /** §4 case 6a: a death (if the head died, use {@link #PENGGANTIAN_KEPALA_KELUARGA}). */
  KURANG_ANGGOTA_KEMATIAN(selalu(FORMULIR_F102), selalu(KK_LAMA), selalu(AKTA_KEMATIAN)),
  /** §4 case 6b: a member moves out; the family keeps its KK number. */
  KURANG_ANGGOTA_PINDAH_KELUAR(selalu(FORMULIR_F102), selalu(KK_LAMA), selalu(SKPWNI)),
  /** §4 case 7: lost or damaged card. */
  KK_HILANG_RUSAK(
      selalu(FORMULIR_F102),
      jika(SURAT_KEHILANGAN_KEPOLISIAN, Kondisi.KK_HILANG),
      jika(JenisDokumen.KK_RUSAK, Kondisi.KK_RUSAK),
      selalu(KTP_EL),
      jika(KITAS_KITAP, Kondisi.ADA_ANGGOTA_WNA));

  private final List<Persyaratan> persyaratan;

  JenisLayanan(Persyaratan... persyaratan) {
    this.persyaratan = List.of(persyaratan);
  }

  /**
   * Whether this service re-issues a family's existing card (a data change, a member added or
   * removed, a split, a new head, a replacement), so that what it changes there is what the
   * officers check ({@link id.dukcapilceria.kk.domain.kartukeluarga.CardChanges}).
   */
  public boolean changesExistingCard() {
    return switch (this) {
      case PERUBAHAN_DATA, PENGGANTIAN_KEPALA_KELUARGA, PISAH_KK, TAMBAH_ANGGOTA_KELAHIRAN, TAMBAH_ANGGOTA_PINDAH_DATANG,
          KURANG_ANGGOTA_KEMATIAN, KURANG_ANGGOTA_PINDAH_KELUAR, KK_HILANG_RUSAK -> true;
      default -> false;
    };
  }

  /** The documents this service asks for, in checklist order. */
  public List<Persyaratan> persyaratan() {
    return persyaratan;
  }

  public String label() {
    return Messages.text("JenisLayanan." + name());
  }

  public String label(Locale locale) {
    return Messages.text("JenisLayanan." + name(), locale);
  }
}
