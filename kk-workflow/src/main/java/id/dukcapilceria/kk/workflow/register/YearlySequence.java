package id.dukcapilceria.kk.workflow.register;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * A gapless counter per purpose and year (buku register numbers, application numbers). Database
 * identity values are not used for this: Derby skips ahead after a restart. Callers must hold a
 * pessimistic write lock on the row while they take the next value, so two concurrent
 * registrations can never receive the same number.
 */
@Entity
@Table(name = "yearly_sequence")
public class YearlySequence implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @Column(name = "sequence_key", length = 40)
  private String key;

  @Column(name = "last_value", nullable = false)
  private int lastValue;

  protected YearlySequence() {
    // for JPA
  }

  public YearlySequence(String purpose, int year) {
    this.key = key(purpose, year);
  }

  public static String key(String purpose, int year) {
    return purpose + "-" + year;
  }

  /** Takes the next number; the first is 1. */
  public int next() {
    lastValue++;
    return lastValue;
  }

  public int lastValue() {
    return lastValue;
  }
}
