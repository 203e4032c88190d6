package id.dukcapilceria.kk.domain.kartukeluarga;

import id.dukcapilceria.kk.domain.shared.InvalidValueException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/**
 * RT and RW, each up to three digits, kept zero-padded ("001"). In West Sumatra RT/RW is often
 * "000/000" because addresses use the korong instead (docs/domain.md §1.2), so zero is allowed.
 */
@Embeddable
public class RtRw implements Serializable {

  private static final long serialVersionUID = 1L;

  @Column(name = "rt", length = 3, nullable = false)
  private String rt;

  @Column(name = "rw", length = 3, nullable = false)
  private String rw;

  protected RtRw() {
    // for JPA
  }

  private RtRw(String rt, String rw) {
    this.rt = rt;
    this.rw = rw;
  }

  public static RtRw of(String rt, String rw) {
    return new RtRw(part("rt", rt), part("rw", rw));
  }

  private static String part(String field, String text) {
    String digits = text == null || text.isBlank() ? "0" : text.trim();
    if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new InvalidValueException("value.digitsOnly", field);
    }
    if (digits.length() > 3) {
      throw new InvalidValueException("rtRw.length", field);
    }
    return "0".repeat(3 - digits.length()) + digits;
  }

  public String rt() {
    return rt;
  }

  public String rw() {
    return rw;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RtRw that && that.rt.equals(rt) && that.rw.equals(rw);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rt, rw);
  }

  @Override
  public String toString() {
    return rt + "/" + rw;
  }
}
