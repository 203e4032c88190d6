package id.dukcapilceria.kk.portal.web;

import java.util.List;

/** Several field errors of one form, reported together so the operator can fix them in one go. */
public class FormErrors extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private final List<String> messages;

  public FormErrors(List<String> messages) {
    super(String.join(" ", messages));
    this.messages = List.copyOf(messages);
  }

  public List<String> messages() {
    return messages;
  }
}
