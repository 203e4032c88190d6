package id.dukcapilceria.kk.domain.layanan;

import static id.dukcapilceria.kk.domain.kartukeluarga.KkExamples.child;
import static id.dukcapilceria.kk.domain.kartukeluarga.KkExamples.family;
import static id.dukcapilceria.kk.domain.kartukeluarga.KkExamples.head;
import static id.dukcapilceria.kk.domain.kartukeluarga.KkExamples.wife;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.dukcapilceria.kk.domain.kartukeluarga.DokumenImigrasi;
import id.dukcapilceria.kk.domain.kartukeluarga.KartuKeluarga;
import id.dukcapilceria.kk.domain.kartukeluarga.Kewarganegaraan;
import id.dukcapilceria.kk.domain.kartukeluarga.Perkawinan;
import id.dukcapilceria.kk.domain.kartukeluarga.StatusPerkawinan;
import id.dukcapilceria.kk.domain.layanan.Persyaratan.Perlu;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class JenisLayananTest {

  private static Map<JenisDokumen, Perlu> checklist(JenisLayanan layanan, KartuKeluarga kk) {
    return layanan.persyaratan().stream().collect(Collectors.toMap(Persyaratan::dokumen, p -> p.perluUntuk(kk)));
  }

  @Test
  void theFifteenServiceTypesOfTheDomainReference() {
    assertEquals(15, JenisLayanan.values().length);
    for (JenisLayanan layanan : JenisLayanan.values()) {
      assertFalse(layanan.persyaratan().isEmpty(), layanan.name());
      assertNotEquals("JenisLayanan." + layanan.name(), layanan.label());
      assertNotEquals(layanan.label(), layanan.label(Locale.ENGLISH));
    }
  }

  @Test
  void aNewFamilyNeedsTheMarriageBookOrTheSptjmDependingOnTheMarriage() {
    Map<JenisDokumen, Perlu> registered = checklist(JenisLayanan.KELUARGA_BARU, family());
    assertEquals(Perlu.YA, registered.get(JenisDokumen.BUKU_NIKAH));
    assertEquals(Perlu.TIDAK, registered.get(JenisDokumen.SPTJM_F105));
    assertEquals(Perlu.YA, registered.get(JenisDokumen.KK_LAMA));
    assertEquals(Perlu.MENURUT_KEADAAN, registered.get(JenisDokumen.SKPWNI), "only if a spouse moves in from elsewhere");

    Perkawinan unregistered = new Perkawinan(StatusPerkawinan.KAWIN_BELUM_TERCATAT, null, null, null, null);
    Map<JenisDokumen, Perlu> sirri = checklist(JenisLayanan.KELUARGA_BARU,
        family(head().perkawinan(unregistered), wife().perkawinan(unregistered)));
    assertEquals(Perlu.TIDAK, sirri.get(JenisDokumen.BUKU_NIKAH));
    assertEquals(Perlu.YA, sirri.get(JenisDokumen.SPTJM_F105));
  }

  /** Perpres 96/2018's new-KK requirements: the divorce certificate, or the SPTJM for an unrecorded one. */
  @Test
  void aNewCardAfterADivorceNeedsTheDivorceCertificateOrTheSptjm() {
    Perkawinan recorded = new Perkawinan(StatusPerkawinan.CERAI_HIDUP_TERCATAT, null, null, LocalDate.of(2024, 5, 1), "AC/1/2024");
    Map<JenisDokumen, Perlu> withCertificate = checklist(JenisLayanan.KK_BARU_PERCERAIAN, family(head().perkawinan(recorded)));
    assertEquals(Perlu.YA, withCertificate.get(JenisDokumen.AKTA_PERCERAIAN));
    assertEquals(Perlu.TIDAK, withCertificate.get(JenisDokumen.SPTJM_F105));
    Perkawinan unrecorded = new Perkawinan(StatusPerkawinan.CERAI_HIDUP_BELUM_TERCATAT, null, null, null, null);
    Map<JenisDokumen, Perlu> withSptjm = checklist(JenisLayanan.KK_BARU_PERCERAIAN, family(head().perkawinan(unrecorded)));
    assertEquals(Perlu.TIDAK, withSptjm.get(JenisDokumen.AKTA_PERCERAIAN));
    assertEquals(Perlu.YA, withSptjm.get(JenisDokumen.SPTJM_F105));
  }

  /** A data change that records an unrecorded marriage or divorce asks for the SPTJM F-1.05. */
  @Test
  void aDataChangeToAnUnrecordedMarriageAsksForTheSptjm() {
    assertEquals(Perlu.TIDAK, checklist(JenisLayanan.PERUBAHAN_DATA, family()).get(JenisDokumen.SPTJM_F105));
    Perkawinan unrecorded = new Perkawinan(StatusPerkawinan.KAWIN_BELUM_TERCATAT, null, null, null, null);
    assertEquals(Perlu.YA, checklist(JenisLayanan.PERUBAHAN_DATA,
        family(head().perkawinan(unrecorded), wife().perkawinan(unrecorded), child())).get(JenisDokumen.SPTJM_F105));
  }

  @Test
  void theOtherNewCardsAskForWhatPerpres96Names() {
    assertTrue(always(JenisLayanan.KK_BARU_PINDAH_DATANG).contains(JenisDokumen.SKPWNI));
    assertTrue(always(JenisLayanan.KK_BARU_DATANG_LUAR_NEGERI).containsAll(
        List.of(JenisDokumen.SURAT_KETERANGAN_DATANG_LUAR_NEGERI, JenisDokumen.PASPOR)));
    assertTrue(always(JenisLayanan.KK_BARU_PENDUDUK_RENTAN).contains(JenisDokumen.SURAT_PENGGANTI_TANDA_IDENTITAS));
    assertTrue(always(JenisLayanan.KK_BARU_PEWARGANEGARAAN).containsAll(
        List.of(JenisDokumen.KEPPRES_PEWARGANEGARAAN, JenisDokumen.BERITA_ACARA_SUMPAH)));
    assertTrue(always(JenisLayanan.KK_BARU_ORANG_ASING).containsAll(List.of(JenisDokumen.KITAS_KITAP, JenisDokumen.PASPOR)));
  }

  @Test
  void foreignMembersBringTheirImmigrationDocuments() {
    KartuKeluarga mixed = family(head(), wife().kewarganegaraan(Kewarganegaraan.WNA)
        .dokumenImigrasi(new DokumenImigrasi("A1234567", "2C11AB0001")), child());
    assertEquals(Perlu.YA, checklist(JenisLayanan.TAMBAH_ANGGOTA_PINDAH_DATANG, mixed).get(JenisDokumen.KITAS_KITAP));
    assertEquals(Perlu.TIDAK, checklist(JenisLayanan.TAMBAH_ANGGOTA_PINDAH_DATANG, family()).get(JenisDokumen.KITAS_KITAP));
  }

  @Test
  void eachServiceAsksForTheDocumentsOfTheDomainReference() {
    assertEquals(List.of(JenisDokumen.FORMULIR_F106, JenisDokumen.KK_LAMA, JenisDokumen.BUKTI_PERUBAHAN_DATA),
        always(JenisLayanan.PERUBAHAN_DATA));
    assertTrue(always(JenisLayanan.TAMBAH_ANGGOTA_KELAHIRAN).contains(JenisDokumen.AKTA_KELAHIRAN));
    assertTrue(always(JenisLayanan.KURANG_ANGGOTA_KEMATIAN).contains(JenisDokumen.AKTA_KEMATIAN));
    assertTrue(always(JenisLayanan.KURANG_ANGGOTA_PINDAH_KELUAR).contains(JenisDokumen.SKPWNI));
    assertTrue(always(JenisLayanan.PISAH_KK).contains(JenisDokumen.KTP_EL));
    assertTrue(always(JenisLayanan.TAMBAH_ANGGOTA_PINDAH_DATANG).containsAll(
        List.of(JenisDokumen.KK_YANG_DITUMPANGI, JenisDokumen.SKPWNI, JenisDokumen.SURAT_PERNYATAAN_TIDAK_KEBERATAN)));
    Map<JenisDokumen, Perlu> lost = checklist(JenisLayanan.KK_HILANG_RUSAK, family());
    assertEquals(Perlu.MENURUT_KEADAAN, lost.get(JenisDokumen.SURAT_KEHILANGAN_KEPOLISIAN));
    assertEquals(Perlu.MENURUT_KEADAAN, lost.get(JenisDokumen.KK_RUSAK));
  }

  @Test
  void everyDocumentAndConditionHasTextsInBothLanguages() {
    for (JenisDokumen dokumen : JenisDokumen.values()) {
      // some names are the same in both languages (KITAS / KITAP); each must exist in both
      assertNotEquals("JenisDokumen." + dokumen.name(), dokumen.label());
      assertNotEquals("JenisDokumen." + dokumen.name(), dokumen.label(Locale.ENGLISH));
    }
    for (Persyaratan.Kondisi kondisi : Persyaratan.Kondisi.values()) {
      Persyaratan p = new Persyaratan(JenisDokumen.KK_LAMA, kondisi);
      assertNotEquals("Kondisi." + kondisi.name(), p.conditionLabel(new Locale("id")));
      assertNotEquals(p.conditionLabel(new Locale("id")), p.conditionLabel(Locale.ENGLISH));
    }
  }

  private static List<JenisDokumen> always(JenisLayanan layanan) {
    return layanan.persyaratan().stream()
        .filter(p -> p.kondisi() == Persyaratan.Kondisi.SELALU).map(Persyaratan::dokumen).toList();
  }
}
