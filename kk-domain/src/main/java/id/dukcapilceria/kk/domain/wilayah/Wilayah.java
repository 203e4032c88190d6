package id.dukcapilceria.kk.domain.wilayah;

import id.dukcapilceria.kk.domain.kartukeluarga.KodeWilayah;

/** One region of the Kemendagri code list: province, regency, kecamatan or village. */
public record Wilayah(KodeWilayah kode, String nama) {}
