package id.dukcapilceria.kk.domain.kontak;

import id.dukcapilceria.kk.domain.shared.InvalidValueException;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * How the citizen agreed to be told about their application: an e-mail address, a mobile number,
 * both or neither, and the language. An address is kept only with the citizen's consent (UU 27/2022
 * on personal data protection, art. 20: consent is one lawful basis, and it is given for a stated
 * purpose: docs/domain.md §6.2), so an address without consent is refused rather than dropped.
 */
public record CitizenContact(
    Optional<AlamatSurel> surel, Optional<NomorPonsel> ponsel, MessageLanguage language, boolean consented)
    implements Serializable {

  /** No address: the citizen follows the application with the tanda terima's kode lacak only. */
  public static final CitizenContact NONE =
      new CitizenContact(Optional.empty(), Optional.empty(), MessageLanguage.INDONESIAN, false);

  public CitizenContact {
    Objects.requireNonNull(surel, "surel");
    Objects.requireNonNull(ponsel, "ponsel");
    Objects.requireNonNull(language, "language");
    if ((surel.isPresent() || ponsel.isPresent()) && !consented) {
      throw new InvalidValueException("kontak.consent", "persetujuanKontak");
    }
  }

  /**
   * The contact as typed on a form: blank fields are absent; each present field must be a valid
   * address; consent is required when either is given.
   */
  public static CitizenContact typed(String surel, String ponsel, MessageLanguage language, boolean consented) {
    return new CitizenContact(
        blank(surel) ? Optional.empty() : Optional.of(AlamatSurel.of(surel)),
        blank(ponsel) ? Optional.empty() : Optional.of(NomorPonsel.of(ponsel)),
        language == null ? MessageLanguage.INDONESIAN : language,
        consented);
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  public boolean isEmpty() {
    return surel.isEmpty() && ponsel.isEmpty();
  }
}
