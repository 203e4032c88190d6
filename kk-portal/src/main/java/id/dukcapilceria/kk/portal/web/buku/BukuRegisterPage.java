package id.dukcapilceria.kk.portal.web.buku;

import id.dukcapilceria.kk.portal.permohonan.Transactions;
import id.dukcapilceria.kk.portal.security.CurrentActor;
import id.dukcapilceria.kk.portal.web.PagedRows;
import id.dukcapilceria.kk.workflow.register.BukuRegisterEntry;
import id.dukcapilceria.kk.workflow.sop.DinasReads;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The buku register page (SOP step 5): one year's entries, a page at a time, this year first.
 * The register is numbered per year, so a year is what the officer chooses.
 */
@Named("bukuRegister")
@ViewScoped
public class BukuRegisterPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Years offered besides the current one; older registers remain reachable by export (?tahun=). */
  private static final int EARLIER_YEARS = 5;

  @Inject Transactions tx;
  @Inject transient DinasReads dinas;
  @Inject CurrentActor currentActor;
  @Inject transient Clock clock;

  private PagedRows<BukuRegisterEntry> entries;
  private int year;

  @PostConstruct
  void init() {
    year = LocalDate.now(clock).getYear();
    entries = new PagedRows<>((first, size) -> tx.call(em -> dinas.bukuRegister(em, currentActor.get(), year, first, size)),
        BukuRegisterEntry::label);
  }

  public PagedRows<BukuRegisterEntry> getEntries() {
    return entries;
  }

  public int getYear() {
    return year;
  }

  /** Only the offered years: anything else a tampered request sends keeps the year shown. */
  public void setYear(int year) {
    if (getYears().contains(year)) {
      entries.forget();
      this.year = year;
    }
  }

  /** This year and the ones before it, newest first. */
  public List<Integer> getYears() {
    int now = LocalDate.now(clock).getYear();
    return IntStream.rangeClosed(0, EARLIER_YEARS).mapToObj(back -> now - back).toList();
  }
}
