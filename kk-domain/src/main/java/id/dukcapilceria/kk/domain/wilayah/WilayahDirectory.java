package id.dukcapilceria.kk.domain.wilayah;

import id.dukcapilceria.kk.domain.kartukeluarga.KodeWilayah;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Region names by code, loaded from the CSV files shipped in this jar: every province, regency and
 * kecamatan of Indonesia and every village of West Sumatra. Data: idn-area-data 4.0.1 (Kemendagri
 * decrees), ODbL 1.0; see {@code wilayah/SOURCE.md} and {@code wilayah/LICENSE-ODbL.md} beside the
 * files.
 */
public final class WilayahDirectory {

  private static final String FOLDER = "/id/dukcapilceria/kk/domain/wilayah/";
  private static final String[] FILES = {
    "provinces.csv", "regencies.csv", "districts.csv", "villages-13-sumatera-barat.csv"
  };

  private static final String[] POSTCODE_FILES = {"postcodes-13-05.csv"};

  private final Map<KodeWilayah, Wilayah> byCode;
  /** The postcode of each kecamatan that has one here (docs/domain.md §3.3). */
  private final Map<String, String> postcodes;
  /** The children of each region, in code order: pages ask for them on every request. */
  private final Map<String, List<Wilayah>> childrenByParent;

  private WilayahDirectory(Map<KodeWilayah, Wilayah> byCode, Map<String, String> postcodes) {
    this.byCode = Collections.unmodifiableMap(byCode);
    this.postcodes = Map.copyOf(postcodes);
    Map<String, List<Wilayah>> children = new java.util.HashMap<>();
    for (Wilayah w : byCode.values()) {
      String code = w.kode().value();
      int lastDot = code.lastIndexOf('.');
      if (lastDot > 0) {
        children.computeIfAbsent(code.substring(0, lastDot), parent -> new ArrayList<>()).add(w);
      }
    }
    children.replaceAll((parent, list) -> List.copyOf(list));
    this.childrenByParent = Collections.unmodifiableMap(children);
  }

  /** The shipped data, read once on first use and shared: it never changes while running. */
  public static WilayahDirectory shared() {
    return Shared.INSTANCE;
  }

  private static final class Shared {
    static final WilayahDirectory INSTANCE = load();
  }

  /** Reads the shipped data; about 9,000 rows. */
  public static WilayahDirectory load() {
    Map<KodeWilayah, Wilayah> regions = new LinkedHashMap<>();
    for (String file : FILES) {
      read(file, regions);
    }
    Map<String, String> postcodes = new java.util.HashMap<>();
    for (String file : POSTCODE_FILES) {
      Map<KodeWilayah, Wilayah> rows = new LinkedHashMap<>();
      read(file, rows);
      rows.values().forEach(row -> postcodes.put(row.kode().value(), row.nama()));
    }
    return new WilayahDirectory(regions, postcodes);
  }

  /**
   * The postcode of a village, where the shipped data have one: in Padang Pariaman every nagari
   * of a kecamatan shares the kecamatan's.
   */
  public Optional<String> postcodeOf(KodeWilayah village) {
    String code = village.value();
    int lastDot = code.lastIndexOf('.');
    return lastDot < 0 ? Optional.empty() : Optional.ofNullable(postcodes.get(code.substring(0, lastDot)));
  }

  private static void read(String file, Map<KodeWilayah, Wilayah> into) {
    try (InputStream in = WilayahDirectory.class.getResourceAsStream(FOLDER + file)) {
      if (in == null) {
        throw new IllegalStateException("Region data missing from the jar: " + file);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      reader.readLine(); // header: code,...,name
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        int firstComma = line.indexOf(',');
        int lastComma = line.lastIndexOf(',');
        KodeWilayah code = KodeWilayah.of(line.substring(0, firstComma));
        into.put(code, new Wilayah(code, unquote(line.substring(lastComma + 1))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String unquote(String name) {
    return name.startsWith("\"") && name.endsWith("\"")
        ? name.substring(1, name.length() - 1).replace("\"\"", "\"")
        : name;
  }

  public Optional<Wilayah> find(KodeWilayah code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /** The name of the region, or the code itself when the data set does not know it. */
  public String nameOf(KodeWilayah code) {
    return find(code).map(Wilayah::nama).orElse(code.value());
  }

  /** The direct children of a region (e.g. the nagari of a kecamatan), in code order. */
  public List<Wilayah> childrenOf(KodeWilayah parent) {
    return childrenByParent.getOrDefault(parent.value(), List.of());
  }

  /** Every village (desa, kelurahan, nagari) of a regency, kecamatan by kecamatan, in code order. */
  public List<Wilayah> villagesOf(KodeWilayah regency) {
    return childrenOf(regency).stream().flatMap(kecamatan -> childrenOf(kecamatan.kode()).stream()).toList();
  }

  /** Desa, kecamatan, kabupaten and provinsi names for the header of a card. */
  public RegionNames hierarchyOf(KodeWilayah village) {
    String v = village.value();
    return new RegionNames(
        nameOf(village),
        nameOf(KodeWilayah.of(v.substring(0, 8))),
        nameOf(KodeWilayah.of(v.substring(0, 5))),
        nameOf(KodeWilayah.of(v.substring(0, 2))));
  }

  /** The region names printed in the header of a card. */
  public record RegionNames(String desa, String kecamatan, String kabupaten, String provinsi) {}
}
