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
  void theNineServiceTypesOfTheDomainReference() {
    assertEquals(9, JenisLayanan.values().length);
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
        JenisLayanan.PERUBAHAN_DATA.persyaratan().stream().map(Persyaratan::dokumen).toList());
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
