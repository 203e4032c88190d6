package id.dukcapilceria.kk.portal.draft.legacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.dukcapilceria.kk.domain.input.CodeInput;
import id.dukcapilceria.kk.domain.input.KkInput;
import id.dukcapilceria.kk.domain.input.MemberInput;
import id.dukcapilceria.kk.domain.kartukeluarga.KartuKeluarga;
import id.dukcapilceria.kk.domain.kartukeluarga.KodeWilayah;
import id.dukcapilceria.kk.domain.layanan.JenisLayanan;
import id.dukcapilceria.kk.portal.draft.DraftContent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import org.junit.jupiter.api.Test;

/**
 * {@code drafts/java-serialized-draft.bin} is a draft as the portal saved it before drafts were
 * JSON: a {@code web.nagari.NagariWorkspace.DraftContent} holding a filled {@code web.KkForm},
 * written by {@code ObjectOutputStream} exactly as {@code IntakeDrafts} did, from the classes of
 * commit c5b44d9. It opens without those classes.
 */
public class SerializedDraftsTest {

  /** The draft saved by the code before the change. */
  public static byte[] savedBeforeJson() throws IOException {
    try (InputStream in = SerializedDraftsTest.class.getResourceAsStream("/drafts/java-serialized-draft.bin")) {
      return in.readAllBytes();
    }
  }

  /** What that draft holds, as today's code reads it. */
  public static void assertIsTheSavedDraft(DraftContent draft) {
    assertEquals(JenisLayanan.PERUBAHAN_DATA, draft.jenisLayanan());
    assertEquals(Instant.parse("2026-12-06T02:10:00Z"), draft.intakeStartedAt());
    assertEquals(1, draft.scans().size());
    assertEquals("surat-pengantar.pdf", draft.scans().get(0).fileName());
    assertEquals(48_213, draft.scans().get(0).size());
    KkInput kk = draft.kk();
    assertEquals("Jl. Raya Padang - Bukittinggi No. 12", kk.alamat());
    assertEquals("25581", kk.kodePos());
    assertEquals(2, kk.members().size());
    MemberInput head = kk.members().get(0);
    assertEquals("1305011203850001", head.nik());
    assertEquals(CodeInput.named("KAWIN_TERCATAT"), head.statusPerkawinan());
    assertEquals(LocalDate.of(2012, 6, 30), head.tanggalPerkawinan());
    assertEquals("-", head.namaAyah(), "kept as typed; reading decides what it means");
    MemberInput child = kk.members().get(1);
    assertEquals("Siti Aisyah", child.namaLengkap());
    assertEquals("1305011203850001", child.nikAyah());
    assertEquals(CodeInput.named("ANAK"), child.hubungan());
    KartuKeluarga card = kk.read(KodeWilayah.of("13.05.01.2001")).card().orElseThrow();
    assertTrue(card.anggota().get(0).orangTua().namaAyah().isEmpty(), "a father written \"-\" is not known");
    assertEquals("ROSMANIAR", card.anggota().get(0).orangTua().namaIbu().orElseThrow().value(), "names are kept in capitals");
  }

  @Test
  void aDraftSavedBeforeDraftsWereJsonOpens() throws IOException {
    byte[] saved = savedBeforeJson();
    assertTrue(SerializedDrafts.isSerialized(saved));
    assertIsTheSavedDraft(SerializedDrafts.read(saved).orElseThrow());
  }

  @Test
  void aStreamOfAnyOtherClassIsNotBuilt() throws IOException {
    HashMap<String, Object> other = new HashMap<>();
    other.put("file", new java.io.File("/etc/passwd"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(other);
    }
    assertTrue(SerializedDrafts.read(bytes.toByteArray()).isEmpty());
    assertTrue(SerializedDrafts.read(new byte[] {(byte) 0xac, (byte) 0xed, 0, 5, 1}).isEmpty());
    assertFalse(SerializedDrafts.isSerialized("{}".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }
}
