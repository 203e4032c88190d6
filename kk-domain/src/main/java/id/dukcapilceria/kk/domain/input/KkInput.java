package id.dukcapilceria.kk.domain.input;

import id.dukcapilceria.kk.domain.kartukeluarga.Alamat;
import id.dukcapilceria.kk.domain.kartukeluarga.AnggotaKeluarga;
import id.dukcapilceria.kk.domain.kartukeluarga.KartuKeluarga;
import id.dukcapilceria.kk.domain.kartukeluarga.KodeWilayah;
import id.dukcapilceria.kk.domain.kartukeluarga.RtRw;
import id.dukcapilceria.kk.domain.shared.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A card as someone gave it: the address ({@code alamat}, {@code rt}, {@code rw}, {@code kodeDesa},
 * {@code kodePos}) and its {@code members}. The intake form, the REST API and saved drafts all hold
 * this shape, and {@link #read} is the only code that turns it into a {@link KartuKeluarga}, so the
 * same family typed, sent or saved gives the same card and the same refusals at the same paths.
 */
public record KkInput(String alamat, String rt, String rw, String kodeDesa, String kodePos, List<MemberInput> members) {

  private static final Pattern MEMBER_PATH = Pattern.compile("members\\[(\\d+)](?:\\.(.*))?");

  public KkInput {
    members = members == null ? List.of() : List.copyOf(members);
  }

  /** The stored card in this shape: reading it again gives the same card. */
  public static KkInput of(KartuKeluarga kk) {
    return new KkInput(kk.alamat().jalan(), kk.alamat().rtRw().rtAsTyped(), kk.alamat().rtRw().rwAsTyped(),
        kk.alamat().kodeDesa().value(), kk.alamat().kodePos(), kk.anggota().stream().map(MemberInput::of).toList());
  }

  /** The same card with its members replaced (a form adding or removing a row). */
  public KkInput withMembers(List<MemberInput> replaced) {
    return new KkInput(alamat, rt, rw, kodeDesa, kodePos, replaced);
  }

  /** What reading gave: the card, or every refusal with its path (never both). */
  public record Reading(Optional<KartuKeluarga> card, List<Refusal> refusals) {

    public Reading {
      refusals = List.copyOf(refusals);
    }

    public boolean isAccepted() {
      return card.isPresent();
    }
  }

  /**
   * The card this input describes, or every refusal. Its village is {@code kodeDesa}, or
   * {@code defaultDesa} (a nagari operator's own) when none is given; whether the caller may submit
   * for it is the workflow's decision. Rules about the card as a whole (one head of family, the
   * service's rules) are the validator's, which runs on the card this returns.
   */
  public Reading read(KodeWilayah defaultDesa) {
    Refusals refusals = new Refusals();
    KodeWilayah desa = kodeDesa != null && !kodeDesa.isBlank()
        ? refusals.collect("kodeDesa", () -> KodeWilayah.of(kodeDesa))
        : defaultDesa;
    if (desa == null && refusals.size() == 0) {
      refusals.add("kodeDesa", new InvalidValueException("value.required", "kodeDesa"));
    }
    Alamat address = desa == null ? null
        : refusals.collect("", () -> new Alamat(alamat, RtRw.of(rt, rw), desa, kodePos));
    if (members.isEmpty()) {
      refusals.add("members", new InvalidValueException("kk.noMembers", "anggota"));
    }
    List<AnggotaKeluarga> read = new ArrayList<>();
    for (int i = 0; i < members.size(); i++) {
      AnggotaKeluarga member = members.get(i).read("members[" + i + "].", refusals);
      if (member != null) {
        read.add(member);
      }
    }
    if (refusals.size() > 0) {
      return new Reading(Optional.empty(), refusals.all());
    }
    KartuKeluarga card = refusals.collect("", () -> new KartuKeluarga(address, read));
    return new Reading(Optional.ofNullable(card), refusals.all());
  }

  /**
   * A domain path (the validator's {@code members[2].perkawinan.tanggalPerkawinan}, or a value
   * object's field) as this input names it ({@code members[2].tanggalPerkawinan}): a member's
   * marriage, immigration documents and parents are plain fields of the member here.
   */
  public static String pathOf(String domainPath) {
    if (domainPath == null) {
      return "";
    }
    String path = domainPath.endsWith(".") ? domainPath.substring(0, domainPath.length() - 1) : domainPath;
    Matcher member = MEMBER_PATH.matcher(path);
    if (member.matches()) {
      return member.group(2) == null ? path : "members[" + member.group(1) + "]." + memberField(member.group(2));
    }
    return switch (path) {
      case "kodeWilayah" -> "kodeDesa";
      case "anggota" -> "members";
      default -> path;
    };
  }

  private static String memberField(String domainField) {
    if (domainField.equals("perkawinan.status")) {
      return "statusPerkawinan";
    }
    return domainField.replaceFirst("^(perkawinan|dokumenImigrasi|orangTua)\\.", "");
  }

  /** The member an input path points into (0 for the first), or -1 for the card's own fields. */
  public static int memberIndexOf(String path) {
    Matcher member = MEMBER_PATH.matcher(path == null ? "" : path);
    return member.matches() ? Integer.parseInt(member.group(1)) : -1;
  }

  /** The field an input path ends in, within its member or the card. */
  public static String fieldOf(String path) {
    Matcher member = MEMBER_PATH.matcher(path == null ? "" : path);
    if (member.matches()) {
      return member.group(2) == null ? "" : member.group(2);
    }
    return path == null ? "" : path;
  }
}
