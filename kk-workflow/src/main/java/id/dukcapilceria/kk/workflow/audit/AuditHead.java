package id.dukcapilceria.kk.workflow.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * The single row (id 1, created by the migration) that holds the position and hash of the last
 * audit entry. Every append locks it (SELECT ... FOR UPDATE) until its transaction ends, so
 * appends are serialised and positions are gapless; the verifier compares it with the last entry,
 * so deleting the newest entries is detected. It is also the value to anchor outside the database.
 */
@Entity
@Table(name = "audit_head")
public class AuditHead implements Serializable {

  private static final long serialVersionUID = 1L;

  static final int ID = 1;

  @Id
  @Column(name = "id")
  private int id;

  @Column(name = "last_position", nullable = false)
  private long lastPosition;

  @Column(name = "last_hash", length = 64, nullable = false)
  private String lastHash;

  protected AuditHead() {
    // for JPA; the one row is created by the migration
  }

  void advanceTo(AuditEntry entry) {
    if (entry.position() != lastPosition + 1 || !entry.previousHash().equals(lastHash)) {
      throw new IllegalStateException("Audit entry " + entry.position() + " does not follow the head");
    }
    lastPosition = entry.position();
    lastHash = entry.hash();
  }

  public long lastPosition() {
    return lastPosition;
  }

  public String lastHash() {
    return lastHash;
  }
}
