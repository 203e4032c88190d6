package id.dukcapilceria.kk.domain.kartukeluarga;

import static id.dukcapilceria.kk.domain.kartukeluarga.KkExamples.child;
import static id.dukcapilceria.kk.domain.kartukeluarga.KkExamples.family;
import static id.dukcapilceria.kk.domain.kartukeluarga.KkExamples.head;
import static id.dukcapilceria.kk.domain.kartukeluarga.KkExamples.wife;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.dukcapilceria.kk.domain.kartukeluarga.CardChanges.FieldChange;
import id.dukcapilceria.kk.domain.kartukeluarga.CardChanges.Kind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a data change, a birth and a departure change on a card, as the officers see it. */
class CardChangesTest {

  @Test
  void theSameCardChangesNothing() {
    CardChanges none = CardChanges.between(family(), family());
    assertTrue(none.isEmpty());
    assertTrue(none.members().stream().allMatch(m -> m.kind() == Kind.UNCHANGED));
  }

  @Test
  void twoChangedFieldsAndAnAddedMemberAreTheChangesAndNothingElse() {
    KartuKeluarga active = family(head(), wife(), child());
    AnggotaKeluarga.Builder baby = child().nik(Nik.of("1305014411250004")).nama(NamaLengkap.of("Putri Kecil"))
        .tanggalLahir(LocalDate.of(2025, 11, 4)).jenisKelamin(JenisKelamin.PEREMPUAN);
    KartuKeluarga submitted = family(head(), wife().pekerjaan(JenisPekerjaan.GURU),
        child().pendidikan(PendidikanDalamKk.SLTP_SEDERAJAT), baby);
    CardChanges changes = CardChanges.between(active, submitted);
    assertFalse(changes.isEmpty());
    assertEquals(List.of(), changes.address());
    assertEquals(List.of(Kind.UNCHANGED, Kind.CHANGED, Kind.CHANGED, Kind.ADDED),
        changes.members().stream().map(CardChanges.MemberChange::kind).toList());
    FieldChange work = changes.members().get(1).fields().get(0);
    assertEquals("pekerjaan", work.field());
    assertEquals(JenisPekerjaan.GURU.label(), work.after());
    assertEquals(1, changes.members().get(1).fields().size(), "only the occupation changed");
    assertEquals("pendidikan", changes.members().get(2).fields().get(0).field());
    assertEquals("PUTRI KECIL", changes.members().get(3).name());
  }

  @Test
  void aMemberWhoLeftIsRemovedAndAnAddressChangeIsShown() {
    KartuKeluarga active = family(head(), wife(), child());
    KartuKeluarga submitted = new KartuKeluarga(new Alamat("Korong Baru", RtRw.of("3", "2"),
        KodeWilayah.of("13.05.01.2001"), "25581"), family(head(), wife()).anggota());
    CardChanges changes = CardChanges.between(active, submitted);
    assertEquals(Kind.REMOVED, changes.members().get(2).kind());
    assertEquals(List.of("alamat", "rt"), changes.address().stream().map(FieldChange::field).toList());
    assertEquals("003", changes.address().get(1).after());
  }

  @Test
  void anEmptyValueIsShownAsTheCardPrintsIt() {
    KartuKeluarga active = family(head(), wife(), child());
    KartuKeluarga submitted = family(head(), wife(), child().noAktaLahir("AL-1305-0001"));
    FieldChange certificate = CardChanges.between(active, submitted).members().get(2).fields().get(0);
    assertEquals(new FieldChange("noAktaLahir", "-", "AL-1305-0001"),
        new FieldChange(certificate.field(), certificate.before(), certificate.after()));
  }
}
