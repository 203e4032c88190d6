package id.dukcapilceria.kk.domain.kartukeluarga;

import id.dukcapilceria.kk.domain.shared.InvalidValueException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/**
 * RT and RW, each up to three digits, kept zero-padded ("001"). In West Sumatra an address is often
 * a korong with no RT or RW (docs/domain.md §1.2): an RT or RW left empty is none, kept and printed
 * as "000" as cards there show it (unverified against a SIAK print). A typed 0 is no RT number and
 * is refused, so that "none" is always a choice, never a typing slip.
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

  /** How an RT or RW that is none is kept and printed. */
  static final String NONE = "000";

  public static RtRw of(String rt, String rw) {
    return new RtRw(part("rt", rt), part("rw", rw));
  }

  private static String part(String field, String text) {
    if (text == null || text.isBlank()) {
      return NONE;
    }
    String digits = text.trim();
    if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new InvalidValueException("value.digitsOnly", field);
    }
    if (digits.length() > 3) {
      throw new InvalidValueException("rtRw.length", field);
    }
    if (digits.chars().allMatch(c -> c == '0')) {
      throw new InvalidValueException("rtRw.zero", field);
    }
    return "0".repeat(3 - digits.length()) + digits;
  }

  /** The RT as it is typed: empty for none, so that it reads back as {@link #of} took it. */
  public String rtAsTyped() {
    return rt.equals(NONE) ? "" : rt;
  }

  /** The RW as it is typed: empty for none. */
  public String rwAsTyped() {
    return rw.equals(NONE) ? "" : rw;
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
