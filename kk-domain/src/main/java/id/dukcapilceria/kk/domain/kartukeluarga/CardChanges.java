package id.dukcapilceria.kk.domain.kartukeluarga;

import id.dukcapilceria.kk.domain.shared.Messages;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What an application changes on a family's active card: the address fields, and each member,
 * added, removed, or changed field by field, compared as the card prints them (labels, dd-MM-yyyy)
 * and with the data kept beside the card (certificate numbers, parents' NIKs). Members are matched
 * by NIK: a person keeps theirs for life (PP 40/2019 Pasal 30(2); docs/domain.md §3.1), so a
 * corrected NIK shows as one member removed and one added, which is what the officer must see.
 * The order is the submitted card's, then the members no longer on it.
 *
 * @param address the address fields that differ
 * @param members every member of either card, with what happened to them
 */
public record CardChanges(List<FieldChange> address, List<MemberChange> members) {

  private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("dd-MM-yyyy");

  public CardChanges {
    address = List.copyOf(address);
    members = List.copyOf(members);
  }

  /**
   * One field that differs; an empty value is "-" as the card prints it.
   *
   * @param field the field's name as the data and the API name it ({@code pekerjaan}, {@code
   *     orangTua.namaAyah})
   */
  public record FieldChange(String field, String before, String after) {

    /** The field's name as a person reads it. */
    public String label(Locale locale) {
      return Messages.text("field." + field, locale);
    }
  }

  /** What happened to a member. */
  public enum Kind {
    ADDED,
    REMOVED,
    CHANGED,
    UNCHANGED
  }

  /** A member of either card: their NIK and name (the submitted one where both have them). */
  public record MemberChange(Nik nik, String name, Kind kind, List<FieldChange> fields) {
    public MemberChange {
      fields = List.copyOf(fields);
    }
  }

  /** The differences from {@code active} (the family's card now) to {@code submitted}. */
  public static CardChanges between(KartuKeluarga active, KartuKeluarga submitted) {
    List<FieldChange> address = differences(ADDRESS, active, submitted);
    Map<Nik, AnggotaKeluarga> before = new LinkedHashMap<>();
    active.anggota().forEach(a -> before.put(a.nik(), a));
    List<MemberChange> members = new ArrayList<>();
    for (AnggotaKeluarga now : submitted.anggota()) {
      AnggotaKeluarga was = before.remove(now.nik());
      if (was == null) {
        members.add(new MemberChange(now.nik(), now.namaLengkap(), Kind.ADDED, List.of()));
      } else {
        List<FieldChange> fields = differences(MEMBER, was, now);
        members.add(new MemberChange(now.nik(), now.namaLengkap(), fields.isEmpty() ? Kind.UNCHANGED : Kind.CHANGED,
            fields));
      }
    }
    before.values().forEach(gone -> members.add(new MemberChange(gone.nik(), gone.namaLengkap(), Kind.REMOVED,
        List.of())));
    return new CardChanges(address, members);
  }

  /** Whether the submitted card is the active one as it is. */
  public boolean isEmpty() {
    return address.isEmpty() && members.stream().allMatch(m -> m.kind() == Kind.UNCHANGED);
  }

  /** The member with this NIK, if either card has them. */
  public Optional<MemberChange> member(Nik nik) {
    return members.stream().filter(m -> m.nik().equals(nik)).findFirst();
  }

  private static final Map<String, Function<KartuKeluarga, String>> ADDRESS = new LinkedHashMap<>();
  private static final Map<String, Function<AnggotaKeluarga, String>> MEMBER = new LinkedHashMap<>();

  static {
    ADDRESS.put("alamat", kk -> kk.alamat().jalan());
    ADDRESS.put("rt", kk -> kk.alamat().rtRw().rt());
    ADDRESS.put("rw", kk -> kk.alamat().rtRw().rw());
    ADDRESS.put("kodeDesa", kk -> kk.alamat().kodeDesa().value());
    ADDRESS.put("kodePos", kk -> kk.alamat().kodePos());
    // the card's seventeen columns, then what is kept beside it
    MEMBER.put("namaLengkap", AnggotaKeluarga::namaLengkap);
    MEMBER.put("jenisKelamin", a -> a.jenisKelamin().label());
    MEMBER.put("tempatLahir", AnggotaKeluarga::tempatLahir);
    MEMBER.put("tanggalLahir", a -> printed(a.tanggalLahir()));
    MEMBER.put("agama", a -> a.agama().label());
    MEMBER.put("pendidikan", a -> a.pendidikan().label());
    MEMBER.put("pekerjaan", a -> a.pekerjaan().label());
    MEMBER.put("golonganDarah", a -> a.golonganDarah().label());
    MEMBER.put("statusPerkawinan", a -> a.statusPerkawinan().label());
    MEMBER.put("perkawinan.tanggalPerkawinan", a -> a.perkawinan().tanggalPerkawinan().map(CardChanges::printed).orElse(""));
    MEMBER.put("hubungan", a -> a.hubungan().label());
    MEMBER.put("kewarganegaraan", a -> a.kewarganegaraan().label());
    MEMBER.put("dokumenImigrasi.noPaspor", a -> a.dokumenImigrasi().noPaspor().orElse(""));
    MEMBER.put("dokumenImigrasi.noKitasKitap", a -> a.dokumenImigrasi().noKitasKitap().orElse(""));
    MEMBER.put("orangTua.namaAyah", a -> a.orangTua().namaAyah().map(NamaLengkap::value).orElse(""));
    MEMBER.put("orangTua.namaIbu", a -> a.orangTua().namaIbu().map(NamaLengkap::value).orElse(""));
    MEMBER.put("perkawinan.noAktaPerkawinan", a -> a.perkawinan().noAktaPerkawinan().orElse(""));
    MEMBER.put("perkawinan.tanggalPerceraian", a -> a.perkawinan().tanggalPerceraian().map(CardChanges::printed).orElse(""));
    MEMBER.put("perkawinan.noAktaPerceraian", a -> a.perkawinan().noAktaPerceraian().orElse(""));
    MEMBER.put("noAktaLahir", a -> a.noAktaLahir().orElse(""));
    MEMBER.put("orangTua.nikAyah", a -> a.orangTua().nikAyah().map(Nik::value).orElse(""));
    MEMBER.put("orangTua.nikIbu", a -> a.orangTua().nikIbu().map(Nik::value).orElse(""));
    MEMBER.put("penyandangCacat", a -> a.penyandangCacat().map(PenyandangCacat::label).orElse(""));
  }

  private static <T> List<FieldChange> differences(Map<String, Function<T, String>> fields, T was, T now) {
    List<FieldChange> changes = new ArrayList<>();
    fields.forEach((field, value) -> {
      String before = value.apply(was);
      String after = value.apply(now);
      if (!Objects.equals(before, after)) {
        changes.add(new FieldChange(field, shown(before), shown(after)));
      }
    });
    return changes;
  }

  private static String shown(String value) {
    return value == null || value.isBlank() ? "-" : value;
  }

  private static String printed(LocalDate date) {
    return PRINTED.format(date);
  }
}
