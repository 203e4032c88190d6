package id.dukcapilceria.kk.portal.web;

import id.dukcapilceria.kk.portal.permohonan.Transactions;
import id.dukcapilceria.kk.portal.security.AuditLog;
import id.dukcapilceria.kk.portal.security.PageAccess;
import id.dukcapilceria.kk.portal.security.PortalArea;
import id.dukcapilceria.kk.workflow.audit.AuditEvent;
import id.dukcapilceria.kk.workflow.permohonan.Actor;
import id.dukcapilceria.kk.workflow.sop.DinasReads;
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
 * The buku register of a year, the buku permasalahan and its return reasons per nagari as CSV
 * (for the Dinas's own reports) or PDF (for filing on paper): {@code
 * /ekspor/buku-register.csv?tahun=2026}, {@code /ekspor/buku-register.pdf?tahun=2026}, {@code
 * /ekspor/buku-permasalahan.csv} and {@code .pdf}, {@code
 * /ekspor/alasan-pengembalian.csv?dari=2026-11-01&sampai=2026-11-30} and {@code .pdf} (default: the
 * last 30 days). For the roles of {@link PortalArea#BUKU} (asked again here); every download is
 * audited.
 */
@WebServlet({"/ekspor/buku-register.csv", "/ekspor/buku-permasalahan.csv", "/ekspor/alasan-pengembalian.csv",
    "/ekspor/buku-register.pdf", "/ekspor/buku-permasalahan.pdf", "/ekspor/alasan-pengembalian.pdf"})
public class ExportServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

  @Inject Transactions tx;
  @Inject DinasReads dinas;
  @Inject PageAccess access;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject id.dukcapilceria.kk.portal.config.PortalConfig config;
  @Inject id.dukcapilceria.kk.domain.wilayah.WilayahDirectory wilayah;

  /** A register as a title, its columns (with their relative widths on paper) and rows. */
  private record Table(String file, String title, List<String> header, float[] weights, List<List<String>> rows) {}

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Actor actor = access.admit(PortalArea.BUKU, request, response).orElse(null);
    if (actor == null) {
      return;
    }
    Table table;
    if (request.getServletPath().startsWith("/ekspor/buku-register.")) {
      int year;
      try {
        String asked = request.getParameter("tahun");
        year = asked == null ? LocalDate.now(clock).getYear() : Integer.parseInt(asked);
      } catch (NumberFormatException e) {
        response.sendError(HttpServletResponse.SC_BAD_REQUEST, "tahun harus berupa angka");
        return;
      }
      table = register(actor, year);
    } else if (request.getServletPath().startsWith("/ekspor/alasan-pengembalian.")) {
      LocalDate to;
      LocalDate from;
      try {
        to = request.getParameter("sampai") == null ? LocalDate.now(clock) : LocalDate.parse(request.getParameter("sampai"));
        from = request.getParameter("dari") == null ? to.minusDays(29) : LocalDate.parse(request.getParameter("dari"));
      } catch (java.time.format.DateTimeParseException e) {
        response.sendError(HttpServletResponse.SC_BAD_REQUEST, "dari dan sampai berupa tanggal TTTT-BB-HH");
        return;
      }
      if (to.isBefore(from) || from.isBefore(to.minusYears(10))) {
        response.sendError(HttpServletResponse.SC_BAD_REQUEST, "sampai tidak sebelum dari, dan paling lama 10 tahun");
        return;
      }
      table = returnReasons(actor, from, to);
    } else {
      table = problemLog(actor);
    }
    boolean pdf = request.getServletPath().endsWith(".pdf");
    String file = table.file() + (pdf ? ".pdf" : ".csv");
    audit.record(actor.username(), actor.role(), AuditEvent.REGISTER_EXPORTED, file);
    byte[] body;
    if (pdf) {
      PdfTable document = new PdfTable(table.title(),
          "Dinas Kependudukan dan Pencatatan Sipil " + config.issuingOffice().regencyName() + " - dicetak "
              + MINUTE.format(clock.instant().atZone(clock.getZone())) + " oleh " + actor.username(),
          table.header(), table.weights());
      table.rows().forEach(document::row);
      body = document.toBytes();
      response.setContentType("application/pdf");
    } else {
      CsvTable csv = new CsvTable(table.header());
      table.rows().forEach(csv::row);
      body = csv.toString().getBytes(StandardCharsets.UTF_8);
      response.setContentType("text/csv; charset=UTF-8");
    }
    response.setHeader("Content-Disposition", "attachment; filename=\"" + file + "\"");
    response.setHeader("Cache-Control", "no-store");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  private Table register(Actor actor, int year) {
    Locale indonesian = Locale.forLanguageTag("id");
    List<List<String>> rows = tx.call(em -> dinas.bukuRegister(em, actor, year)).stream().map(r -> java.util.Arrays.asList(r.label(),
        MINUTE.format(r.registeredAt().atZone(clock.getZone())), r.nomorKk(), r.namaKepalaKeluarga(),
        r.jenisLayanan().label(indonesian), r.permohonanNomor(), r.signer(), r.registeredBy())).toList();
    return new Table("buku-register-" + year, "BUKU REGISTER KARTU KELUARGA TAHUN " + year,
        List.of("Nomor register", "Dicatat", "No. KK", "Kepala keluarga", "Jenis layanan", "No. permohonan",
            "Penandatangan", "Dicatat oleh"),
        new float[] {1.1f, 1.2f, 1.5f, 2f, 1.8f, 1.5f, 2.4f, 1.1f}, rows);
  }

  /** The returns of [from, to], whole days in the office's zone, per nagari and category. */
  private Table returnReasons(Actor actor, LocalDate from, LocalDate to) {
    Locale indonesian = Locale.forLanguageTag("id");
    ReturnReasonTable returns = ReturnReasonTable.of(tx.call(em -> dinas.returnReasons(em, actor,
        from.atStartOfDay(clock.getZone()).toInstant(), to.plusDays(1).atStartOfDay(clock.getZone()).toInstant())),
        wilayah, indonesian);
    float[] weights = new float[returns.header().size()];
    java.util.Arrays.fill(weights, 1f);
    weights[0] = 2f;
    return new Table("alasan-pengembalian-" + from + "-" + to, "ALASAN PENGEMBALIAN PER NAGARI, "
        + DAY.format(from) + " S.D. " + DAY.format(to), returns.header(), weights, returns.rows());
  }

  private Table problemLog(Actor actor) {
    Locale indonesian = Locale.forLanguageTag("id");
    List<List<String>> rows = tx.call(em -> dinas.bukuPermasalahan(em, actor)).stream().map(row -> {
      var e = row.entry();
      return java.util.Arrays.asList(row.permohonanNomor(),
          MINUTE.format(e.reportedAt().atZone(clock.getZone())),
          id.dukcapilceria.kk.workflow.permohonan.Labels.of(e.category(), indonesian), e.description(),
          e.reportedBy(), e.isOpen() ? "terbuka" : "selesai",
          e.resolvedAt() == null ? "" : MINUTE.format(e.resolvedAt().atZone(clock.getZone())),
          e.resolution() == null ? "" : e.resolution());
    }).toList();
    return new Table("buku-permasalahan", "BUKU PERMASALAHAN",
        List.of("No. permohonan", "Dilaporkan", "Kategori", "Uraian", "Dilaporkan oleh", "Status", "Diselesaikan",
            "Penyelesaian"),
        new float[] {1.4f, 1.2f, 1.4f, 3f, 1.1f, 0.8f, 1.2f, 2f}, rows);
  }
}
