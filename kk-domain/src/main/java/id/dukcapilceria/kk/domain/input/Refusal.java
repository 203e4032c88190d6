package id.dukcapilceria.kk.domain.input;

import id.dukcapilceria.kk.domain.shared.InvalidValueException;
import java.util.Locale;

/**
 * One value of a {@link KkInput} the domain refused: where ({@code members[1].nik}) and why (the
 * domain's code and its message in the reader's language).
 */
public record Refusal(String path, InvalidValueException reason) {

  public String code() {
    return reason.code();
  }

  public String message(Locale locale) {
    return reason.message(locale);
  }

  /** The member the refused field belongs to (0 for the first), or -1 for the card's own fields. */
  public int memberIndex() {
    return KkInput.memberIndexOf(path);
  }

  /** The field's name within its member or the card ({@code nik}, {@code alamat}). */
  public String field() {
    return KkInput.fieldOf(path);
  }
}
