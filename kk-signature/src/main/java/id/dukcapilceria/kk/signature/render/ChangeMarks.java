package id.dukcapilceria.kk.signature.render;

import id.dukcapilceria.kk.domain.kartukeluarga.AnggotaKeluarga;
import id.dukcapilceria.kk.domain.kartukeluarga.CardChanges;
import java.awt.Color;
import java.util.List;
import java.util.Optional;

/**
 * What a preview marks: the cells that differ from the family's active card, the rows of the
 * members who join it, and the members who leave it (who are not on the new card at all, so they
 * are named above it). The Kadis signs from this picture, often on a phone, so the change must be
 * visible on the card itself and not only in the detail beside it.
 */
final class ChangeMarks {

  /** A changed cell or header value. */
  static final Color CHANGED = new Color(0xFF, 0xE0, 0x70);
  /** The row of a member who joins the family. */
  static final Color ADDED = new Color(0xB8, 0xE8, 0xB0);
  /** The names of the members who leave. */
  static final Color REMOVED = new Color(0xB0, 0x00, 0x00);

  static final String LEGEND =
      "Kuning: berubah dari KK yang berlaku. Hijau: anggota baru. Perubahan yang tidak tercetak"
          + " (akta, NIK orang tua) ada di rincian permohonan.";
  static final String REMOVED_LABEL = "Keluar dari KK: ";

  /** Nothing marked: a new family, or a card that is not a preview. */
  static final ChangeMarks NONE = new ChangeMarks(null);

  private final CardChanges changes;

  private ChangeMarks(CardChanges changes) {
    this.changes = changes;
  }

  /** The marks of {@code changes}; none for {@code null}. */
  static ChangeMarks of(CardChanges changes) {
    return changes == null ? NONE : new ChangeMarks(changes);
  }

  /** Whether the preview compares with an active card at all (then it carries the legend). */
  boolean compared() {
    return changes != null;
  }

  /** The fill of {@code member}'s cell in {@code column}, or empty for none. */
  Optional<Color> cell(AnggotaKeluarga member, MemberColumn column) {
    if (changes == null) {
      return Optional.empty();
    }
    return changes.member(member.nik()).flatMap(change -> switch (change.kind()) {
      case ADDED -> Optional.of(ADDED);
      case CHANGED -> column.field() != null
          && change.fields().stream().anyMatch(f -> f.field().equals(column.field()))
          ? Optional.of(CHANGED) : Optional.empty();
      default -> Optional.empty();
    });
  }

  /** Whether one of the address {@code fields} (as {@link CardChanges} names them) changed. */
  boolean address(String... fields) {
    return changes != null && changes.address().stream()
        .anyMatch(change -> List.of(fields).contains(change.field()));
  }

  /** "NAME (NIK)" of each member who leaves the family's card. */
  List<String> removed() {
    if (changes == null) {
      return List.of();
    }
    return changes.members().stream()
        .filter(m -> m.kind() == CardChanges.Kind.REMOVED)
        .map(m -> m.name() + " (" + m.nik().value() + ")")
        .toList();
  }
}
