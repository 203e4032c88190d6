package id.dukcapilceria.kk.domain.kartukeluarga;

import static id.dukcapilceria.kk.domain.kartukeluarga.KkExamples.alamat;
import static id.dukcapilceria.kk.domain.kartukeluarga.KkExamples.child;
import static id.dukcapilceria.kk.domain.kartukeluarga.KkExamples.family;
import static id.dukcapilceria.kk.domain.kartukeluarga.KkExamples.head;
import static id.dukcapilceria.kk.domain.kartukeluarga.KkExamples.wife;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.dukcapilceria.kk.domain.layanan.JenisLayanan;
import id.dukcapilceria.kk.domain.shared.InvalidValueException;
import id.dukcapilceria.kk.domain.validasi.KartuKeluargaValidator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Built with plain {@code new} and builders: no container, no CDI, no JPA provider. */
class KartuKeluargaTest {

  @Test
  void theHeadIsListedFirstAndNamesTheCard() {
    KartuKeluarga kk = family(wife().nama(NamaLengkap.of("siti   aminah")), head());

    assertEquals("BUDI SANTOSO", kk.namaKepalaKeluarga());
    assertEquals("SITI AMINAH", kk.anggota().get(1).namaLengkap());
    assertEquals("001/002", kk.alamat().rtRw().toString());
    assertTrue(KartuKeluargaValidator.standard().validate(kk, JenisLayanan.PERUBAHAN_DATA, KkExamples.TODAY).isEmpty(),
        () -> KartuKeluargaValidator.standard().validate(kk, JenisLayanan.PERUBAHAN_DATA, KkExamples.TODAY).toString());
  }

  @Test
  void fingerprintChangesWithAnyPrintedOrKeptColumn() {
    assertEquals(family().fingerprint(), family().fingerprint());
    assertNotEquals(family().fingerprint(), family(head(), wife(), child().golonganDarah(GolonganDarah.O)).fingerprint());
    assertNotEquals(family().fingerprint(), family(head(), wife(), child().noAktaLahir("1305-LU-123")).fingerprint());

    KartuKeluarga numbered = family();
    numbered.assignNomorKk(NomorKk.of("1305012411260001"));
    assertNotEquals(family().fingerprint(), numbered.fingerprint());
  }

  @Test
  void aSignedCardCanOnlyBeSupersededNotEdited() {
    KartuKeluarga kk = family();
    assertThrows(IllegalStateException.class, kk::activate);
    kk.assignNomorKk(NomorKk.of("1305012411260001"));
    kk.activate();

    assertThrows(IllegalStateException.class, () -> kk.assignNomorKk(NomorKk.of("1305012411260002")));
    assertThrows(IllegalStateException.class, () -> kk.correct(alamat(), List.of(head().build())));
    kk.supersede();
    assertEquals(StatusKartuKeluarga.DIGANTIKAN, kk.status());
  }

  @Test
  void aMemberWithoutARequiredColumnIsRefusedNamingTheColumn() {
    assertEquals("agama", assertThrows(InvalidValueException.class, () -> head().agama(null).build()).field());
    assertEquals("pekerjaan", assertThrows(InvalidValueException.class, () -> head().pekerjaan(null).build()).field());
    assertEquals("tempatLahir", assertThrows(InvalidValueException.class, () -> head().tempatLahir(" ").build()).field());
    assertEquals("noAktaLahir", assertThrows(InvalidValueException.class, () -> head().noAktaLahir("<b>").build()).field());
  }

  @Test
  void optionalColumnsHaveTheCardsDefaults() {
    AnggotaKeluarga member = head().build();
    assertEquals(GolonganDarah.TIDAK_TAHU, member.golonganDarah());
    assertEquals(Kewarganegaraan.WNI, member.kewarganegaraan());
    assertEquals(StatusDasar.HIDUP, member.statusDasar());
    assertTrue(member.orangTua().namaAyah().isEmpty());
    assertTrue(member.penyandangCacat().isEmpty());
  }

  @Test
  void valueObjectsRefuseBadInputWithTheFieldName() {
    assertEquals("rt", assertThrows(InvalidValueException.class, () -> RtRw.of("12a", "1")).field());
    assertEquals("rw", assertThrows(InvalidValueException.class, () -> RtRw.of("1", "1234")).field());
    // an RT left empty is none (a korong address), kept as 000; a typed 0 is refused as no number
    assertEquals("000/000", RtRw.of("", " ").toString());
    assertEquals("", RtRw.of("", "").rtAsTyped());
    assertEquals("007", RtRw.of("7", "").rtAsTyped());
    for (String zero : new String[] {"0", "00", "000"}) {
      InvalidValueException refused = assertThrows(InvalidValueException.class, () -> RtRw.of(zero, "1"));
      assertEquals("rtRw.zero", refused.code());
      assertTrue(refused.getMessage().contains("kosongkan RT"), refused.getMessage());
    }
    assertEquals("kodeDesa",
        assertThrows(InvalidValueException.class,
            () -> new Alamat("Jalan", RtRw.of("", ""), KodeWilayah.of("13.05.01"), "")).field());
    assertEquals("kodePos",
        assertThrows(InvalidValueException.class,
            () -> new Alamat("Jalan", RtRw.of("", ""), KodeWilayah.of("13.05.01.2001"), "2558")).field());
    assertEquals("kodeWilayah.form", assertThrows(InvalidValueException.class, () -> KodeWilayah.of("13.5.01")).code());
    assertEquals("nomorKk.zero", assertThrows(InvalidValueException.class, () -> NomorKk.of("0000000000000000")).code());
    assertEquals("nomorKk.length", assertThrows(InvalidValueException.class, () -> NomorKk.of("13050124112600")).code());
    assertEquals("kk.noMembers", assertThrows(InvalidValueException.class, () -> new KartuKeluarga(alamat(), List.of())).code());
  }
}
