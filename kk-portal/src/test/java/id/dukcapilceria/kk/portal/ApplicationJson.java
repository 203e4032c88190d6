package id.dukcapilceria.kk.portal;

import id.dukcapilceria.kk.domain.kartukeluarga.AnggotaKeluarga;
import id.dukcapilceria.kk.domain.kartukeluarga.KartuKeluarga;
import id.dukcapilceria.kk.domain.kartukeluarga.KodeWilayah;
import id.dukcapilceria.kk.domain.layanan.JenisLayanan;
import id.dukcapilceria.kk.domain.layanan.Persyaratan;
import id.dukcapilceria.kk.domain.sintetis.SyntheticFamilies;
import id.dukcapilceria.kk.domain.wilayah.WilayahDirectory;
import id.dukcapilceria.kk.portal.demo.DemoDocuments;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Applications as another system sends them to the REST API, for the tests that call it. */
public final class ApplicationJson {

  static final String LUBUK_ALUNG = "13.05.01.2001";

  private ApplicationJson() {}

  /** A synthetic family of Lubuk Alung; a fresh seed per call keeps its NIKs apart from others. */
  public static KartuKeluarga newFamily() {
    return new SyntheticFamilies(System.nanoTime(), LocalDate.now(), WilayahDirectory.shared(), KodeWilayah.of("13.05"))
        .next(KodeWilayah.of(LUBUK_ALUNG));
  }

  /** A data-change application for the family, as a system would send it, with a scan per required document. */
  public static Map<String, Object> newApplication(KartuKeluarga kk) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("jenisLayanan", "PERUBAHAN_DATA");
    json.put("alamat", kk.alamat().jalan());
    json.put("rt", kk.alamat().rtRw().rtAsTyped());
    json.put("rw", kk.alamat().rtRw().rwAsTyped());
    if (kk.alamat().kodePos() != null) {
      json.put("kodePos", kk.alamat().kodePos());
    }
    List<Map<String, Object>> members = new ArrayList<>();
    for (AnggotaKeluarga a : kk.anggota()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("nik", a.nik().value());
      m.put("namaLengkap", a.namaLengkap());
      m.put("jenisKelamin", a.jenisKelamin().name());
      m.put("tempatLahir", a.tempatLahir());
      m.put("tanggalLahir", a.tanggalLahir().toString());
      m.put("agama", a.agama().siakCode()); // SIAK codes and enum names are both accepted
      m.put("pendidikan", a.pendidikan().name());
      m.put("pekerjaan", a.pekerjaan().name());
      m.put("golonganDarah", a.golonganDarah().name());
      m.put("statusPerkawinan", a.statusPerkawinan().name());
      a.perkawinan().tanggalPerkawinan().ifPresent(d -> m.put("tanggalPerkawinan", d.toString()));
      a.perkawinan().noAktaPerkawinan().ifPresent(n -> m.put("noAktaPerkawinan", n));
      a.perkawinan().tanggalPerceraian().ifPresent(d -> m.put("tanggalPerceraian", d.toString()));
      a.perkawinan().noAktaPerceraian().ifPresent(n -> m.put("noAktaPerceraian", n));
      m.put("hubungan", a.hubungan().name());
      m.put("kewarganegaraan", a.kewarganegaraan().name());
      a.dokumenImigrasi().noPaspor().ifPresent(n -> m.put("noPaspor", n));
      a.dokumenImigrasi().noKitasKitap().ifPresent(n -> m.put("noKitasKitap", n));
      a.orangTua().namaAyah().ifPresent(n -> m.put("namaAyah", n.value()));
      a.orangTua().nikAyah().ifPresent(n -> m.put("nikAyah", n.value()));
      a.orangTua().namaIbu().ifPresent(n -> m.put("namaIbu", n.value()));
      a.orangTua().nikIbu().ifPresent(n -> m.put("nikIbu", n.value()));
      a.noAktaLahir().ifPresent(n -> m.put("noAktaLahir", n));
      a.penyandangCacat().ifPresent(p -> m.put("penyandangCacat", p.name()));
      members.add(m);
    }
    json.put("members", members);
    json.put("warningsAcknowledged", true); // synthetic data may carry warnings
    List<Map<String, Object>> documents = new ArrayList<>();
    for (Persyaratan p : JenisLayanan.PERUBAHAN_DATA.persyaratan()) {
      if (p.perluUntuk(kk) == Persyaratan.Perlu.YA) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("jenis", p.dokumen().name());
        document.put("fileName", p.dokumen().name().toLowerCase() + ".pdf");
        document.put("content", base64(DemoDocuments.pdf("CONTOH PINDAIAN SINTETIS " + p.dokumen().name())));
        documents.add(document);
      }
    }
    json.put("documents", documents);
    return json;
  }

  static String base64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }

}
