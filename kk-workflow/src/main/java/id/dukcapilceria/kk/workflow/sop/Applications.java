package id.dukcapilceria.kk.workflow.sop;

import id.dukcapilceria.kk.domain.kartukeluarga.AnggotaKeluarga;
import id.dukcapilceria.kk.domain.kartukeluarga.Nik;
import id.dukcapilceria.kk.domain.kartukeluarga.NomorKk;
import id.dukcapilceria.kk.domain.kartukeluarga.StatusKartuKeluarga;
import id.dukcapilceria.kk.workflow.dokumen.SignedKkDocument;
import id.dukcapilceria.kk.workflow.permohonan.Actor;
import id.dukcapilceria.kk.workflow.permohonan.Permohonan;
import id.dukcapilceria.kk.workflow.permohonan.WorkflowException;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The loads that the steps and the reads share: an application as an actor may see it, its signed card, who is on an active card. */
final class Applications {

  private Applications() {}

  /** One application, if the actor may see it. */
  static Permohonan visible(EntityManager em, Actor actor, long id) {
    Permohonan permohonan = em.find(Permohonan.class, id);
    if (permohonan == null || !permohonan.isVisibleTo(actor)) {
      throw new WorkflowException("permohonan.notFound", id);
    }
    return permohonan;
  }

  static SignedKkDocument signedDocumentOf(EntityManager em, Permohonan permohonan) {
    return em.createQuery("select d from SignedKkDocument d where d.permohonanId = :id", SignedKkDocument.class)
        .setParameter("id", permohonan.id())
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new WorkflowException("dokumen.notSigned", permohonan.nomor()));
  }

  /** The active cards the given people are on (one person, one KK). */
  static Map<Nik, NomorKk> activeCardsOf(EntityManager em, Collection<Nik> niks) {
    Map<Nik, NomorKk> found = new HashMap<>();
    if (niks.isEmpty()) {
      return found;
    }
    List<Object[]> rows = em.createQuery(
            "select a.nik, k.nomorKk from KartuKeluarga k join k.anggota a"
                + " where k.status = :aktif and a.nik in :niks", Object[].class)
        .setParameter("aktif", StatusKartuKeluarga.AKTIF)
        .setParameter("niks", niks)
        .getResultList();
    for (Object[] row : rows) {
      found.put((Nik) row[0], (NomorKk) row[1]);
    }
    return found;
  }

  static List<Nik> niksOf(Permohonan permohonan) {
    return permohonan.kartuKeluarga().anggota().stream().map(AnggotaKeluarga::nik).toList();
  }

  static void requirePage(int first, int size) {
    if (first < 0 || size < 1) {
      throw new IllegalArgumentException("A page starts at 0 or later and has at least one row");
    }
  }
}
