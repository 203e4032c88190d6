package id.dukcapilceria.kk.portal.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.dukcapilceria.kk.domain.input.KkInput;
import id.dukcapilceria.kk.domain.kartukeluarga.KodeWilayah;
import id.dukcapilceria.kk.domain.layanan.JenisDokumen;
import id.dukcapilceria.kk.domain.layanan.JenisLayanan;
import id.dukcapilceria.kk.domain.sintetis.SyntheticFamilies;
import id.dukcapilceria.kk.domain.wilayah.WilayahDirectory;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A draft comes back exactly as saved, names no class, and nothing else opens as a draft. */
class DraftJsonTest {

  private static final KodeWilayah NAGARI = KodeWilayah.of("13.05.01.2001");

  private static KkInput family() {
    return KkInput.of(new SyntheticFamilies(3, LocalDate.of(2026, 12, 6), WilayahDirectory.shared(),
        KodeWilayah.of("13.05")).next(NAGARI));
  }

  @Test
  void aDraftComesBackAsItWasSaved() {
    DraftContent draft = new DraftContent(JenisLayanan.PERUBAHAN_DATA, family(), Instant.parse("2026-12-06T02:10:00Z"),
        List.of(new DraftContent.SavedScan(JenisDokumen.KK_LAMA, "kk lama.pdf", "application/pdf", 48_213,
            "a".repeat(64), Instant.parse("2026-12-06T02:15:30Z"), "nagari.lubukalung")));
    assertEquals(draft, DraftJson.read(DraftJson.write(draft)));
  }

  @Test
  void aHalfTypedDraftWithNoServiceYetComesBackToo() {
    KkInput typed = new KkInput(null, "1", null, null, null, List.of());
    DraftContent draft = new DraftContent(null, typed, null, List.of());
    assertEquals(draft, DraftJson.read(DraftJson.write(draft)));
  }

  @Test
  void aStoredDraftNamesNoClass() {
    String stored = new String(DraftJson.write(new DraftContent(JenisLayanan.PISAH_KK, family(), null, List.of())),
        StandardCharsets.UTF_8);
    assertFalse(stored.contains("id.dukcapilceria"), stored);
    assertFalse(stored.contains("KkForm"), stored);
  }

  @Test
  void anythingElseIsADraftThatCannotBeOpenedNotAnError() {
    for (String stored : List.of("not a draft", "{}", "{\"format\":\"kk-draft/json-0\",\"kk\":{}}",
        "{\"format\":\"kk-draft/json-1\",\"kk\":{\"members\":[{\"nik\":7}]}}",
        "{\"format\":\"kk-draft/json-1\",\"kk\":{},\"scans\":[{\"jenis\":\"KK_LAMA\",\"size\":-1}]}")) {
      DraftRefused refused = assertThrows(DraftRefused.class,
          () -> DraftJson.read(stored.getBytes(StandardCharsets.UTF_8)), stored);
      assertEquals("draft.outdated", refused.key(), stored);
    }
  }
}
