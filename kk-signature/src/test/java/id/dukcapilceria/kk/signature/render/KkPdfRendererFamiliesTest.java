package id.dukcapilceria.kk.signature.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.dukcapilceria.kk.domain.kartukeluarga.AnggotaKeluarga;
import id.dukcapilceria.kk.domain.kartukeluarga.KartuKeluarga;
import id.dukcapilceria.kk.domain.kartukeluarga.NamaLengkap;
import id.dukcapilceria.kk.signature.testdata.KkTestData;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Renders a 3-member and a 15-member family with every column (1)–(17) and checks the result from
 * outside: every value in its own cell (PDFBox, by area), every value and header field in the text
 * that {@code pdftotext -layout} extracts, a clean {@code qpdf --check}, and page 1 as a PNG in
 * {@code target/} for a human to look at.
 */
class KkPdfRendererFamiliesTest {

  private static final DateTimeFormatter DD_MM_YYYY = DateTimeFormatter.ofPattern("dd-MM-yyyy");
  private static final Path TARGET = Path.of("target");

  private final KkPdfRenderer renderer = new KkPdfRenderer();

  static Stream<Arguments> families() {
    return Stream.of(
        Arguments.of("render-3-members", KkTestData.threeMembers(), 3, 1),
        Arguments.of("render-15-members", KkTestData.fifteenMembers(), 15, 3));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("families")
  void everyValueIsInItsOwnCell(String name, KartuKeluarga kk, int members, int pages)
      throws IOException {
    assertEquals(members, kk.anggota().size());
    KkDocument document = KkTestData.document(kk, false);
    byte[] pdf = renderer.render(document);
    List<KkLayout.Page> layout = KkPdfRenderer.layout(document);
    assertEquals(pages, layout.size());

    // each member once in each table, in order, over the pages
    List<Integer> table1Rows = new ArrayList<>();
    List<Integer> table2Rows = new ArrayList<>();
    for (KkLayout.Page page : layout) {
      float limit = page.number() == 1 ? KkLayout.FIRST_PAGE_BOTTOM : KkLayout.NEXT_PAGE_BOTTOM;
      assertEquals(2, page.tables().size());
      KkLayout.Table first = page.tables().get(0);
      KkLayout.Table second = page.tables().get(1);
      assertTrue(first.bottom() < second.top(), "tables overlap on page " + page.number());
      assertTrue(second.bottom() <= limit, "table runs into the footer on page " + page.number());
      for (int row = page.firstRow(); row <= page.lastRow(); row++) {
        table1Rows.add(row);
        table2Rows.add(row);
      }
      assertEquals(page.lastRow() - page.firstRow() + 1, first.rowTops().size());
      assertEquals(page.lastRow() - page.firstRow() + 1, second.rowTops().size());
    }
    List<Integer> expectedRows = new ArrayList<>();
    for (int row = 1; row <= members; row++) {
      expectedRows.add(row);
    }
    assertEquals(expectedRows, table1Rows);
    assertEquals(expectedRows, table2Rows);

    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertEquals(pages, doc.getNumberOfPages());
      int checked = 0;
      for (KkLayout.Page page : layout) {
        PDFTextStripperByArea stripper = new PDFTextStripperByArea();
        List<KkLayout.Cell> cells = new ArrayList<>();
        for (KkLayout.Table table : page.tables()) {
          for (KkLayout.Cell cell : table.cells()) {
            String region = "c" + cells.size();
            stripper.addRegion(
                region,
                new Rectangle2D.Float(cell.x(), cell.top(), cell.column().width(), cell.height()));
            cells.add(cell);
          }
        }
        stripper.extractRegions(doc.getPage(page.number() - 1));
        for (int i = 0; i < cells.size(); i++) {
          KkLayout.Cell cell = cells.get(i);
          AnggotaKeluarga member = kk.anggota().get(cell.row() - 1);
          String expected = expected(cell.row(), member, cell.column().number());
          String actual = stripper.getTextForRegion("c" + i);
          assertEquals(
              compact(expected),
              compact(actual),
              name + " row " + cell.row() + " column " + cell.column().header());
          checked++;
        }
      }
      assertEquals(members * 19, checked, "10 + 9 cells per member");

      // nothing is drawn into the box left for the visible signature
      SignatureBox box = KkPdfRenderer.signatureBox();
      PDFTextStripperByArea signature = new PDFTextStripperByArea();
      signature.addRegion("box", new Rectangle2D.Float(box.x(), box.y(), box.width(), box.height()));
      signature.extractRegions(doc.getPage(box.page() - 1));
      assertEquals("", signature.getTextForRegion("box").trim());

      // only subsets of Liberation Sans, A4 landscape, on every page
      for (PDPage page : doc.getPages()) {
        assertEquals(842f, page.getMediaBox().getWidth(), 1f);
        assertEquals(595f, page.getMediaBox().getHeight(), 1f);
        for (COSName fontName : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(fontName);
          assertTrue(font.isEmbedded(), font.getName());
          assertTrue(font.getName().matches("[A-Z]{6}\\+LiberationSans"), font.getName());
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("families")
  void pdftotextFindsEveryValue(String name, KartuKeluarga kk, int members, int pages)
      throws Exception {
    Path file = write(name + ".pdf", renderer.render(KkTestData.document(kk, false)));
    String text = run(List.of("/usr/bin/pdftotext", "-layout", file.toString(), "-")).output();
    String nomor = kk.nomorKk().orElseThrow().value();

    // the title and the number on every page, the header fields once
    assertEquals(pages, lines(text, "KARTU KELUARGA"), text);
    assertEquals(pages, lines(text, "No. " + nomor), text);
    for (int page = 1; page <= pages; page++) {
      assertTrue(text.contains("Halaman " + page + " dari " + pages), text);
    }
    for (String value :
        List.of(
            kk.namaKepalaKeluarga(),
            kk.alamat().jalan(),
            kk.alamat().rtRw().toString(),
            kk.alamat().kodePos(),
            "LUBUK ALUNG",
            "PADANG PARIAMAN",
            "SUMATERA BARAT",
            "Dikeluarkan Tanggal : 12-03-2026",
            "NIP. 198001012005011001")) {
      assertTrue(text.contains(value), value + " in\n" + text);
    }
    // both tables' headers on every page
    for (String header :
        List.of("(1)", "(9)", "(10)", "(17)", "DOKUMEN IMIGRASI", "NAMA ORANG TUA", "Paspor")) {
      assertEquals(pages, count(text, header), header + " in\n" + text);
    }

    // every value of every member; wrapped values are checked word by word
    for (int row = 1; row <= members; row++) {
      AnggotaKeluarga member = kk.anggota().get(row - 1);
      assertTrue(text.contains(member.nik().value()), member.nik().value());
      assertTrue(text.contains(date(member.tanggalLahir())), date(member.tanggalLahir()));
      for (String column : columns()) {
        for (String word : expected(row, member, column).split(" ")) {
          assertTrue(text.contains(word), "(" + column + ") " + word + " in\n" + text);
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("families")
  void qpdfFindsNoErrorsAndPageOneBecomesAPng(
      String name, KartuKeluarga kk, int members, int pages) throws Exception {
    for (boolean specimen : List.of(false, true)) {
      String base = name + (specimen ? "-specimen" : "");
      byte[] pdf = renderer.render(KkTestData.document(kk, specimen));
      assertArrayEquals(pdf, renderer.render(KkTestData.document(kk, specimen)), "reproducible");
      Path file = write(base + ".pdf", pdf);

      Result qpdf = run(List.of("/usr/bin/qpdf", "--check", file.toString()));
      assertEquals(0, qpdf.exitCode(), qpdf.output());
      assertTrue(qpdf.output().contains("No syntax or stream encoding errors found"), qpdf.output());

      Path png = TARGET.resolve(base + ".png");
      Files.deleteIfExists(png);
      Result ppm =
          run(
              List.of(
                  "/usr/bin/pdftoppm",
                  "-png",
                  "-r",
                  "80",
                  "-f",
                  "1",
                  "-l",
                  "1",
                  "-singlefile",
                  file.toString(),
                  TARGET.resolve(base).toString()));
      assertEquals(0, ppm.exitCode(), ppm.output());
      assertTrue(Files.isRegularFile(png), png.toString());
      assertTrue(Files.size(png) > 0, png.toString());
      BufferedImage image = ImageIO.read(png.toFile());
      assertEquals(Math.round(842 * 80 / 72.0), image.getWidth(), 2);
      assertEquals(Math.round(595 * 80 / 72.0), image.getHeight(), 2);
    }
  }

  /** The column numbers, "" for "No". */
  private static List<String> columns() {
    List<String> columns = new ArrayList<>();
    columns.add("");
    for (int i = 1; i <= 17; i++) {
      columns.add("(" + i + ")");
    }
    return columns;
  }

  /** What the card must print in a cell, worked out from the model independently of the renderer. */
  private static String expected(int row, AnggotaKeluarga m, String column) {
    String value =
        switch (column) {
          case "" -> Integer.toString(row);
          case "(1)" -> m.namaLengkap();
          case "(2)" -> m.nik().value();
          case "(3)" -> m.jenisKelamin().label();
          case "(4)" -> m.tempatLahir();
          case "(5)" -> date(m.tanggalLahir());
          case "(6)" -> m.agama().label();
          case "(7)" -> m.pendidikan().label();
          case "(8)" -> m.pekerjaan().label();
          case "(9)" -> m.golonganDarah().label();
          case "(10)" -> m.perkawinan().status().label();
          case "(11)" -> m.perkawinan().tanggalPerkawinan().map(KkPdfRendererFamiliesTest::date).orElse("-");
          case "(12)" -> m.hubungan().label();
          case "(13)" -> m.kewarganegaraan().label();
          case "(14)" -> m.dokumenImigrasi().noPaspor().orElse("-");
          case "(15)" -> m.dokumenImigrasi().noKitasKitap().orElse("-");
          case "(16)" -> name(m.orangTua().namaAyah());
          case "(17)" -> name(m.orangTua().namaIbu());
          default -> throw new IllegalArgumentException(column);
        };
    return value.toUpperCase(Locale.ROOT);
  }

  private static String name(Optional<NamaLengkap> name) {
    return name.map(NamaLengkap::value).orElse("-");
  }

  private static String date(LocalDate date) {
    return date.format(DD_MM_YYYY);
  }

  private static String compact(String text) {
    return text.replaceAll("\\s+", "");
  }

  private static int count(String text, String part) {
    int count = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
      count++;
    }
    return count;
  }

  /** How many lines consist of {@code line} alone. */
  private static int lines(String text, String line) {
    return (int) text.lines().filter(l -> l.trim().equals(line)).count();
  }

  private static Path write(String fileName, byte[] pdf) throws IOException {
    Files.createDirectories(TARGET);
    Path file = TARGET.resolve(fileName);
    Files.write(file, pdf);
    return file;
  }

  private record Result(int exitCode, String output) {}

  private static Result run(List<String> command) throws Exception {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] output = process.getInputStream().readAllBytes();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), String.join(" ", command));
    return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
  }
}
