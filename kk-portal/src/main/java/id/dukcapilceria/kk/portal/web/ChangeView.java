package id.dukcapilceria.kk.portal.web;

import id.dukcapilceria.kk.domain.kartukeluarga.CardChanges;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What an application changes on the family's active card, as the detail shows it to the officers
 * who check it (the domain computes it: {@link CardChanges}): one row per changed field, added or
 * removed member, each with the CSS class that highlights it, and the NIKs of the members to mark
 * in the member table.
 *
 * @param rows in the order of the card: the address, then each member
 * @param added the NIKs of members who are new on the card
 * @param changed the NIKs of members with a changed field
 */
public record ChangeView(List<Row> rows, Set<String> added, Set<String> changed) implements Serializable {

  /** One change: whose (the address, or a member's name and NIK), what, before and after. */
  public record Row(String who, String what, String before, String after, String styleClass) implements Serializable {}

  static ChangeView of(CardChanges changes, Locale locale) {
    List<Row> rows = new ArrayList<>();
    String address = Texts.get("change.address");
    changes.address().forEach(f -> rows.add(new Row(address, f.label(locale), f.before(), f.after(), "kk-change-changed")));
    Set<String> added = new java.util.HashSet<>();
    Set<String> changed = new java.util.HashSet<>();
    for (CardChanges.MemberChange member : changes.members()) {
      String who = member.name() + " (" + member.nik().value() + ")";
      switch (member.kind()) {
        case ADDED -> {
          rows.add(new Row(who, Texts.get("change.memberAdded"), "-", member.name(), "kk-change-added"));
          added.add(member.nik().value());
        }
        case REMOVED -> rows.add(new Row(who, Texts.get("change.memberRemoved"), member.name(), "-", "kk-change-removed"));
        case CHANGED -> {
          member.fields().forEach(f -> rows.add(new Row(who, f.label(locale), f.before(), f.after(), "kk-change-changed")));
          changed.add(member.nik().value());
        }
        case UNCHANGED -> { }
      }
    }
    return new ChangeView(List.copyOf(rows), Set.copyOf(added), Set.copyOf(changed));
  }

  /** The CSS class of a member's row in the member table: new, changed, or none. */
  public String memberClass(String nik) {
    return added.contains(nik) ? "kk-change-added" : changed.contains(nik) ? "kk-change-changed" : "";
  }
}
