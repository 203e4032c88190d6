package id.dukcapilceria.kk.domain.pejabat;

/**
 * In which capacity an official signs for the office. The abbreviation stands before the title of
 * the position, as regional government correspondence writes it (Permendagri 1/2023 tentang Tata
 * Naskah Dinas di Lingkungan Pemerintah Daerah; docs/signing.md says what is not yet confirmed).
 */
public enum Capacity {
  /** The head of office in person (definitif). */
  HEAD(""),
  /** Pelaksana Harian: acting while the head is temporarily away (leave, illness, duty travel). */
  PLH("Plh."),
  /** Pelaksana Tugas: acting while the position is vacant or the head permanently away. */
  PLT("Plt.");

  private final String abbreviation;

  Capacity(String abbreviation) {
    this.abbreviation = abbreviation;
  }

  /** "Plh.", "Plt." or nothing for the head in person. */
  public String abbreviation() {
    return abbreviation;
  }

  /** The title as printed: {@code title} with the abbreviation before it, e.g. "Plh. KEPALA DINAS …". */
  public String before(String title) {
    return abbreviation.isEmpty() ? title : abbreviation + " " + title;
  }
}
