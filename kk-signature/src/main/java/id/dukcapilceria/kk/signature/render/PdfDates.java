package id.dukcapilceria.kk.signature.render;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

/** Date formats printed on the card, and the fixed document dates that keep output reproducible. */
final class PdfDates {

  private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("dd-MM-yyyy");

  private PdfDates() {}

  /** DD-MM-YYYY, as on the card. */
  static String printed(LocalDate date) {
    return date.format(PRINTED);
  }

  /**
   * Midnight of the issue date in the issuing office's zone: used as creation and modification
   * date of the file.
   */
  static Calendar documentDate(LocalDate date, ZoneId zone) {
    GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(zone));
    calendar.clear();
    calendar.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth(), 0, 0, 0);
    return calendar;
  }
}
