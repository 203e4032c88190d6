package id.dukcapilceria.kk.portal.draft.legacy;

import id.dukcapilceria.kk.domain.input.CodeInput;
import id.dukcapilceria.kk.domain.input.KkInput;
import id.dukcapilceria.kk.domain.input.MemberInput;
import id.dukcapilceria.kk.domain.kartukeluarga.Agama;
import id.dukcapilceria.kk.domain.kartukeluarga.GolonganDarah;
import id.dukcapilceria.kk.domain.kartukeluarga.JenisKelamin;
import id.dukcapilceria.kk.domain.kartukeluarga.JenisPekerjaan;
import id.dukcapilceria.kk.domain.kartukeluarga.Kewarganegaraan;
import id.dukcapilceria.kk.domain.kartukeluarga.PendidikanDalamKk;
import id.dukcapilceria.kk.domain.kartukeluarga.PenyandangCacat;
import id.dukcapilceria.kk.domain.kartukeluarga.StatusHubunganDalamKeluarga;
import id.dukcapilceria.kk.domain.kartukeluarga.StatusPerkawinan;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The intake form as it was serialized into a draft (see the package's description). */
@SuppressWarnings("unused") // the fields are filled by deserialization
final class KkForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String alamat;
  private String rt;
  private String rw;
  private String kodePos;
  private List<MemberRow> members;

  KkInput toInput() {
    return new KkInput(alamat, rt, rw, null, kodePos,
        members == null ? List.of() : members.stream().map(MemberRow::toInput).toList());
  }

  /** One member row as it was serialized. */
  static final class MemberRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private Set<String> invalidFields;
    private String nik;
    private String namaLengkap;
    private JenisKelamin jenisKelamin;
    private String tempatLahir;
    private LocalDate tanggalLahir;
    private Agama agama;
    private PendidikanDalamKk pendidikan;
    private JenisPekerjaan pekerjaan;
    private GolonganDarah golonganDarah;
    private StatusPerkawinan statusPerkawinan;
    private LocalDate tanggalPerkawinan;
    private String noAktaPerkawinan;
    private LocalDate tanggalPerceraian;
    private String noAktaPerceraian;
    private StatusHubunganDalamKeluarga hubungan;
    private Kewarganegaraan kewarganegaraan;
    private String noPaspor;
    private String noKitasKitap;
    private String namaAyah;
    private String nikAyah;
    private String namaIbu;
    private String nikIbu;
    private String noAktaLahir;
    private PenyandangCacat penyandangCacat;

    MemberInput toInput() {
      return new MemberInput(nik, namaLengkap, CodeInput.of(jenisKelamin), tempatLahir, tanggalLahir,
          CodeInput.of(agama), CodeInput.of(pendidikan), CodeInput.of(pekerjaan), CodeInput.of(golonganDarah),
          CodeInput.of(statusPerkawinan), tanggalPerkawinan, noAktaPerkawinan, tanggalPerceraian, noAktaPerceraian,
          CodeInput.of(hubungan), CodeInput.of(kewarganegaraan), noPaspor, noKitasKitap, namaAyah, nikAyah, namaIbu,
          nikIbu, noAktaLahir, CodeInput.of(penyandangCacat));
    }
  }
}
