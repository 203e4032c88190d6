package id.dukcapilceria.kk.portal.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.dukcapilceria.kk.domain.kartukeluarga.JenisKelamin;
import id.dukcapilceria.kk.domain.layanan.JenisLayanan;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A draft comes back exactly as saved, and nothing but a form of ours can come out of a stored row. */
class IntakeDraftsTest {

  record Form(JenisLayanan jenis, List<Object> values, Instant started) implements Serializable {}

  @Test
  void aFormComesBackAsItWasSaved() {
    Form form = new Form(JenisLayanan.PERUBAHAN_DATA,
        new ArrayList<>(List.of("Rusdi", LocalDate.of(1979, 3, 10), JenisKelamin.LAKI_LAKI, 42L)),
        Instant.parse("2026-11-24T02:00:00Z"));
    assertEquals(form, IntakeDrafts.deserialize(IntakeDrafts.serialize(form)));
  }

  @Test
  void aRowHoldingAnyOtherClassIsRefusedNotBuilt() {
    HashMap<String, Object> other = new HashMap<>();
    other.put("url", new java.io.File("/etc/passwd"));
    DraftRefused refused = assertThrows(DraftRefused.class,
        () -> IntakeDrafts.deserialize(IntakeDrafts.serialize(other)));
    assertEquals("draft.outdated", refused.key());
  }

  @Test
  void garbageIsADraftThatCannotBeOpenedNotAnError() {
    DraftRefused refused = assertThrows(DraftRefused.class,
        () -> IntakeDrafts.deserialize("not a draft".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertEquals("draft.outdated", refused.key());
  }
}
