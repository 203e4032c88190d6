package id.dukcapilceria.kk.portal.web;

import id.dukcapilceria.kk.portal.permohonan.PermohonanService;
import id.dukcapilceria.kk.portal.security.AuditLog;
import id.dukcapilceria.kk.portal.security.CurrentActor;
import id.dukcapilceria.kk.workflow.audit.AuditEvent;
import id.dukcapilceria.kk.workflow.permohonan.Actor;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The buku register of a year and the buku permasalahan as CSV files, for the Dinas's own
 * reports: {@code /ekspor/buku-register.csv?tahun=2026} and {@code /ekspor/buku-permasalahan.csv}.
 * Who may download them is decided by {@code WorkspaceAccessFilter}; every download is audited.
 */
@WebServlet({"/ekspor/buku-register.csv", "/ekspor/buku-permasalahan.csv"})
public class ExportServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter WIB = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

  @Inject PermohonanService service;
  @Inject CurrentActor currentActor;
  @Inject AuditLog audit;
  @Inject Clock clock;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Actor actor = currentActor.get();
    Locale indonesian = Locale.forLanguageTag("id");
    String file;
    CsvTable csv;
    if (request.getServletPath().endsWith("buku-register.csv")) {
      int year;
      try {
        String asked = request.getParameter("tahun");
        year = asked == null ? LocalDate.now(clock).getYear() : Integer.parseInt(asked);
      } catch (NumberFormatException e) {
        response.sendError(HttpServletResponse.SC_BAD_REQUEST, "tahun harus berupa angka");
        return;
      }
      csv = new CsvTable(List.of("Nomor register", "Dicatat", "No. KK", "Kepala keluarga", "Jenis layanan",
          "No. permohonan", "Penandatangan", "Dicatat oleh"));
      service.register(year).forEach(r -> csv.row(List.of(r.label(),
          WIB.format(r.registeredAt().atZone(clock.getZone())), r.nomorKk(), r.namaKepalaKeluarga(),
          r.jenisLayanan().label(indonesian), r.permohonanNomor(), r.signer(), r.registeredBy())));
      file = "buku-register-" + year + ".csv";
    } else {
      csv = new CsvTable(List.of("No. permohonan", "Dilaporkan", "Kategori", "Uraian", "Dilaporkan oleh",
          "Status", "Diselesaikan", "Penyelesaian"));
      service.problemLog().forEach(row -> {
        var e = row.entry();
        csv.row(java.util.Arrays.asList(row.permohonanNomor(),
            WIB.format(e.reportedAt().atZone(clock.getZone())),
            id.dukcapilceria.kk.workflow.permohonan.Labels.of(e.category(), indonesian), e.description(),
            e.reportedBy(), e.isOpen() ? "terbuka" : "selesai",
            e.resolvedAt() == null ? "" : WIB.format(e.resolvedAt().atZone(clock.getZone())), e.resolution()));
      });
      file = "buku-permasalahan.csv";
    }
    audit.record(actor.username(), actor.role(), AuditEvent.REGISTER_EXPORTED, file);
    byte[] body = csv.toString().getBytes(StandardCharsets.UTF_8);
    response.setContentType("text/csv; charset=UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"" + file + "\"");
    response.setHeader("Cache-Control", "no-store");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
