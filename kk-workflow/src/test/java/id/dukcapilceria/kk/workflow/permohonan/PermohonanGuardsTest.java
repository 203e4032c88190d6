package id.dukcapilceria.kk.workflow.permohonan;

import static id.dukcapilceria.kk.workflow.permohonan.PermohonanTest.NOBODY_ON_ANOTHER_CARD;
import static id.dukcapilceria.kk.workflow.permohonan.PermohonanTest.documentsFor;
import static id.dukcapilceria.kk.workflow.permohonan.PermohonanTest.family;
import static id.dukcapilceria.kk.workflow.permohonan.PermohonanTest.submission;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.dukcapilceria.kk.domain.kartukeluarga.AnggotaKeluarga;
import id.dukcapilceria.kk.domain.kartukeluarga.KartuKeluarga;
import id.dukcapilceria.kk.domain.kartukeluarga.KodeWilayah;
import id.dukcapilceria.kk.domain.kartukeluarga.NamaLengkap;
import id.dukcapilceria.kk.domain.kartukeluarga.Nik;
import id.dukcapilceria.kk.domain.kartukeluarga.NomorKk;
import id.dukcapilceria.kk.domain.layanan.JenisDokumen;
import id.dukcapilceria.kk.domain.layanan.JenisLayanan;
import id.dukcapilceria.kk.domain.validasi.KartuKeluargaValidator;
import id.dukcapilceria.kk.workflow.dokumen.RequirementDocument;
import id.dukcapilceria.kk.workflow.testing.MutableClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every transition refused to every other role, the three return paths, and each step's guard. */
class PermohonanGuardsTest {

  private static final KartuKeluargaValidator VALIDATOR = KartuKeluargaValidator.standard();

  private static final KodeWilayah LUBUK_ALUNG = KodeWilayah.of("13.05.01.2001");
  private static final NomorKk NOMOR = NomorKk.of("1305012411260001");
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T02:00:00Z"));

  private static Actor actorOf(Role role) {
    return role == Role.OPERATOR_NAGARI ? new Actor("op.lubukalung", role, LUBUK_ALUNG) : Actor.of(role.name().toLowerCase(), role);
  }

  /** An application standing where {@code transition} may be taken. */
  private Permohonan readyFor(Transition transition) {
    Permohonan p = Permohonan.submit(submission("PMH-2026-00001", family()), actorOf(Role.OPERATOR_NAGARI), VALIDATOR, clock);
    switch (transition) {
      case SUBMIT, VERIFY, SEND_BACK_TO_NAGARI, REFUSE -> { }
      case RESUBMIT -> p.sendBackToNagari(actorOf(Role.OPERATOR_LAYANAN), ProblemCategory.BERKAS_TIDAK_LENGKAP, "KK lama buram", clock);
      default -> {
        p.verify(actorOf(Role.OPERATOR_LAYANAN), NOMOR, NOBODY_ON_ANOTHER_CARD, VALIDATOR, clock);
        if (transition == Transition.CONFIRM || transition == Transition.RETURN_TO_OPERATOR) {
          return p;
        }
        p.confirm(actorOf(Role.KASI_KABID), clock);
        if (transition == Transition.SIGN) {
          return p;
        }
        p.sign(actorOf(Role.KADIS), p.kartuKeluarga().fingerprint(), "ab".repeat(32), Optional.empty(), clock);
        if (transition == Transition.REGISTER_AND_SEND) {
          return p;
        }
        p.registerAndSend(actorOf(Role.OPERATOR_LAYANAN), "0001/2026", clock);
      }
    }
    return p;
  }

  private void take(Permohonan p, Transition transition, Actor actor) {
    switch (transition) {
      case SUBMIT -> Permohonan.submit(submission("PMH-2026-00002", family()), actor, VALIDATOR, clock);
      case RESUBMIT -> p.resubmit(actor, p.kartuKeluarga().alamat(), PermohonanTest.members("Budi Santoso"), List.of(), false, VALIDATOR, clock);
      case VERIFY -> p.verify(actor, NOMOR, NOBODY_ON_ANOTHER_CARD, VALIDATOR, clock);
      case SEND_BACK_TO_NAGARI -> p.sendBackToNagari(actor, ProblemCategory.BERKAS_TIDAK_LENGKAP, "alasan", clock);
      case REFUSE -> p.refuse(actor, "alasan", clock);
      case CONFIRM -> p.confirm(actor, clock);
      case RETURN_TO_OPERATOR -> p.returnToOperator(actor, ProblemCategory.DATA_TIDAK_SESUAI, "alasan", clock);
      case SIGN -> p.sign(actor, p.kartuKeluarga().fingerprint(), "cd".repeat(32), Optional.empty(), clock);
      case REGISTER_AND_SEND -> p.registerAndSend(actor, "0002/2026", clock);
      case HAND_OVER_AND_ARCHIVE -> p.handOverAndArchive(actor, "Rusdi Chaniago", clock);
    }
  }

  static Stream<Arguments> everyTransitionWithEveryOtherRole() {
    List<Arguments> cases = new ArrayList<>();
    for (Transition transition : Transition.values()) {
      for (Role role : Role.values()) {
        if (role != transition.role()) {
          cases.add(Arguments.of(transition, role));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} by {1} is refused")
  @MethodSource("everyTransitionWithEveryOtherRole")
  void eachRoleIsRefusedEveryOtherRolesTransition(Transition transition, Role role) {
    Permohonan p = readyFor(transition);
    Status before = p.status();
    int historyBefore = p.history().size();

    WorkflowException refused = assertThrows(WorkflowException.class, () -> take(p, transition, actorOf(role)));

    assertEquals("transition.wrongRole", refused.code());
    assertEquals(before, p.status());
    assertEquals(historyBefore, p.history().size());
  }

  @ParameterizedTest(name = "{0} by its own role is allowed")
  @MethodSource("id.dukcapilceria.kk.workflow.permohonan.PermohonanGuardsTest#everyTransition")
  void eachTransitionIsAllowedToItsRole(Transition transition) {
    Permohonan p = readyFor(transition);
    take(p, transition, actorOf(transition.role()));
    if (transition != Transition.SUBMIT) {
      assertEquals(transition.to(), p.status());
      assertEquals(transition, p.history().get(p.history().size() - 1).transition());
    }
  }

  static Stream<Transition> everyTransition() {
    return Stream.of(Transition.values());
  }

  @Test
  void theThreeReturnPaths() {
    Permohonan byKasi = readyFor(Transition.RETURN_TO_OPERATOR);
    byKasi.returnToOperator(actorOf(Role.KASI_KABID), ProblemCategory.DATA_TIDAK_SESUAI, "Nama ibu beda", clock);
    assertEquals(Status.DIKEMBALIKAN_KE_OPERATOR, byKasi.status());
    assertEquals(Optional.of(Role.OPERATOR_LAYANAN), byKasi.status().waitingFor());

    Permohonan toNagari = readyFor(Transition.SEND_BACK_TO_NAGARI);
    toNagari.sendBackToNagari(actorOf(Role.OPERATOR_LAYANAN), ProblemCategory.BERKAS_TIDAK_LENGKAP, "Akta tidak terbaca", clock);
    assertEquals(Status.PERLU_DILENGKAPI, toNagari.status());
    assertEquals(Optional.of(Role.OPERATOR_NAGARI), toNagari.status().waitingFor());

    Permohonan refused = readyFor(Transition.REFUSE);
    refused.refuse(actorOf(Role.OPERATOR_LAYANAN), "Bukan penduduk Padang Pariaman", clock);
    assertEquals(Status.DITOLAK, refused.status());
    assertTrue(refused.status().isClosed());
    assertThrows(WorkflowException.class, () -> refused.verify(actorOf(Role.OPERATOR_LAYANAN), NOMOR, NOBODY_ON_ANOTHER_CARD, VALIDATOR, clock));

    for (Permohonan p : List.of(byKasi, toNagari, refused)) {
      StepRecord last = p.history().get(p.history().size() - 1);
      assertTrue(!last.reason().isEmpty(), "the reason is kept");
    }
    assertEquals(1, byKasi.problems().size());
    assertEquals(1, toNagari.problems().size());
  }

  @Test
  void aRepeatedRequestDoesNotActTwice() {
    Permohonan p = readyFor(Transition.CONFIRM);
    p.confirm(actorOf(Role.KASI_KABID), clock);
    WorkflowException again = assertThrows(WorkflowException.class, () -> p.confirm(actorOf(Role.KASI_KABID), clock));
    assertEquals("transition.wrongStatus", again.code());
    assertEquals(1, p.history().stream().filter(h -> h.transition() == Transition.CONFIRM).count());
  }

  @Test
  void submittingNeedsEveryRequiredDocument() {
    KartuKeluarga kk = family();
    List<RequirementDocument> withoutProof = documentsFor(JenisLayanan.PERUBAHAN_DATA, kk).stream()
        .filter(d -> d.jenis() != JenisDokumen.BUKTI_PERUBAHAN_DATA).toList();
    Submission incomplete = new Submission("PMH-2026-00009", JenisLayanan.PERUBAHAN_DATA, kk, withoutProof, null, false);

    WorkflowException e = assertThrows(WorkflowException.class, () -> Permohonan.submit(incomplete, actorOf(Role.OPERATOR_NAGARI), VALIDATOR, clock));
    assertEquals("submit.documentMissing", e.code());
    assertTrue(e.getMessage().contains("Bukti perubahan data"), e.getMessage());
  }

  @Test
  void warningsMustBeAcknowledgedAndTheAcknowledgementIsKept() {
    List<AnggotaKeluarga> members = new ArrayList<>(PermohonanTest.members("Budi Santoso"));
    members.set(1, members.get(1).toBuilder().nama(NamaLengkap.of("Aminah")).build());
    KartuKeluarga oneWordName = new KartuKeluarga(family().alamat(), members);
    Submission notAcknowledged = new Submission("PMH-2026-00010", JenisLayanan.PERUBAHAN_DATA, oneWordName,
        documentsFor(JenisLayanan.PERUBAHAN_DATA, oneWordName), null, false);

    WorkflowException e = assertThrows(WorkflowException.class, () -> Permohonan.submit(notAcknowledged, actorOf(Role.OPERATOR_NAGARI), VALIDATOR, clock));
    assertEquals("submit.warningsNotAcknowledged", e.code());

    Submission acknowledged = new Submission("PMH-2026-00010", JenisLayanan.PERUBAHAN_DATA, oneWordName,
        documentsFor(JenisLayanan.PERUBAHAN_DATA, oneWordName), null, true);
    Permohonan p = Permohonan.submit(acknowledged, actorOf(Role.OPERATOR_NAGARI), VALIDATOR, clock);
    assertTrue(p.history().get(0).reason().contains("Nama hanya satu kata"), p.history().get(0).reason());
  }

  @Test
  void verifyingRefusesPeopleOnAnotherFamilysActiveCard() {
    Permohonan p = readyFor(Transition.VERIFY);
    Nik wife = p.kartuKeluarga().anggota().get(1).nik();
    ActiveCardLookup onOtherCard = niks -> Map.of(wife, NomorKk.of("1305010101010009"));

    WorkflowException e = assertThrows(WorkflowException.class,
        () -> p.verify(actorOf(Role.OPERATOR_LAYANAN), NOMOR, onOtherCard, VALIDATOR, clock));
    assertEquals("verify.nikOnOtherCard", e.code());
    assertEquals(Status.DIAJUKAN, p.status());

    ActiveCardLookup onTheFamilysOwnCard = niks -> Map.of(wife, NOMOR);
    p.verify(actorOf(Role.OPERATOR_LAYANAN), NOMOR, onTheFamilysOwnCard, VALIDATOR, clock);
    assertEquals(Status.DIVERIFIKASI, p.status());
  }

  @Test
  void aSplitMayTakePeopleFromAnotherActiveCard() {
    KartuKeluarga kk = family();
    Submission split = new Submission("PMH-2026-00011", JenisLayanan.PISAH_KK, kk,
        documentsFor(JenisLayanan.PISAH_KK, kk), null, false);
    Permohonan p = Permohonan.submit(split, actorOf(Role.OPERATOR_NAGARI), VALIDATOR, clock);
    Nik head = kk.anggota().get(0).nik();

    p.verify(actorOf(Role.OPERATOR_LAYANAN), NOMOR, niks -> Map.of(head, NomorKk.of("1305010101010009")), VALIDATOR, clock);
    assertEquals(Status.DIVERIFIKASI, p.status());
  }
}
