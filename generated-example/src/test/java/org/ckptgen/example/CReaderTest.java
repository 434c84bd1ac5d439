package org.ckptgen.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32C;
import org.ckptgen.example.container.ContainerImageSchema;
import org.ckptgen.example.demo.ImageFile;
import org.ckptgen.example.demo.Samples;
import org.ckptgen.example.journal.AlphaSubsystem;
import org.ckptgen.example.journal.BetaSubsystem;
import org.ckptgen.example.journal.GammaSubsystem;
import org.ckptgen.example.journal.Journal;
import org.ckptgen.example.journal.JournalImageDispatch;
import org.ckptgen.example.large.LargeImages;
import org.ckptgen.example.model.SampleContainer;
import org.ckptgen.image.ImageChecker;
import org.ckptgen.image.ImageReader;
import org.ckptgen.image.TrailerCodec;
import org.ckptgen.image.tools.ImageDump;
import org.ckptgen.processor.Gcc;
import org.ckptgen.runtime.CkptFormatException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated C reader against the Java reader: {@code ckptinfo}, built on
 * {@code container_ckpt_reader.h} (64-bit, 32-bit, and with AddressSanitizer and UBSan) prints
 * exactly what {@code ImageDump} (the Java reader, by the image's own tables) prints, for every
 * image the tests write; and on truncated, flipped and forged images both reject at the same
 * offset, with no sanitizer report.
 */
class CReaderTest {
  private record Build(String name, List<String> flags) {}

  private static final List<String> ASAN = List.of("-m64", "-g", "-fsanitize=address,undefined",
      "-fno-sanitize-recover=all", "-fno-omit-frame-pointer");
  private static final List<Build> BUILDS = List.of(
      new Build("ckptinfo_64", List.of("-m64")),
      new Build("ckptinfo_32", List.of("-m32")),
      new Build("ckptinfo_asan", ASAN));
  private static final List<Path> programs = new ArrayList<>();
  private static Path asan;
  private static Path journalAsan;
  private static Path largeAsan;

  @BeforeAll
  static void build() throws Exception {
    for (Build b : BUILDS) {
      programs.add(CTool.build(CTool.MAIN_C.resolve("ckptinfo.c"), CTool.work().resolve(b.name()),
          b.flags().toArray(new String[0])));
    }
    asan = programs.get(2);
    // the same program on the journal image's reader, generated from the test sources
    Path testInclude = Path.of(CReaderTest.class.getResource("/META-INF/ckptgen/include/journal_ckpt_reader.h").toURI())
        .getParent();
    List<String> flags = new ArrayList<>(ASAN);
    flags.addAll(List.of("-DCKPT_IMAGE=journal", "-I" + testInclude));
    journalAsan = CTool.build(CTool.MAIN_C.resolve("ckptinfo.c"), CTool.work().resolve("ckptinfo_journal_asan"),
        flags.toArray(new String[0]));
    // and on the reader of the 2,100 structs of the large test image
    flags = new ArrayList<>(ASAN);
    flags.addAll(List.of("-DCKPT_IMAGE=large", "-I" + testInclude));
    largeAsan = CTool.build(CTool.MAIN_C.resolve("ckptinfo.c"), CTool.work().resolve("ckptinfo_large_asan"),
        flags.toArray(new String[0]));
  }

  /** ckpt dump's text of a checkpoint of the container, once restore's whole-image check passed it. */
  private static String javaDump(Path image) throws Exception {
    try (ImageReader r = ImageReader.open(image)) {
      ImageChecker.check(r, new ImageChecker.Expectation(ContainerImageSchema.trusted(), ContainerImageSchema::codec));
      return ImageDump.text(r);
    }
  }

  /** The text of a file of records that is no checkpoint (ckptinfo --records): each record checked alone. */
  private static String recordsDump(Path image) throws Exception {
    try (ImageReader r = ImageReader.open(image)) {
      return ImageDump.text(r);
    }
  }

  /** A file of records, as ckptinfo --records prints it, against ckpt dump's text. */
  private static void sameText(Path image, List<Path> builds) throws Exception {
    sameText(image, builds, recordsDump(image), "--records");
  }

  private static void sameText(Path image, List<Path> builds, String java, String... options) throws Exception {
    for (Path program : builds) {
      List<String> command = new ArrayList<>(List.of(program.toString()));
      command.addAll(List.of(options));
      command.add(image.toString());
      Gcc.Result r = CTool.run(command);
      assertEquals(0, r.exit(), program + ": " + r.err());
      assertEquals("", r.err(), program + " printed errors (a sanitizer report?)");
      assertEquals(java, r.out(), program.getFileName().toString());
    }
  }

  private static Path recordsImage(String name, List<Record> records) throws Exception {
    Path file = CTool.work().resolve(name + ".ckpt");
    ImageFile.write(records, file, 1_700_000_000_123_456_789L);
    return file;
  }

  private static Path demoImage() throws Exception {
    Path file = CTool.work().resolve("demo.ckpt");
    Main.dispatch(SampleContainer.demo()).checkpoint(file);
    return file;
  }

  @Test
  void everyRecordKindOfTheContainer() throws Exception {
    sameText(recordsImage("container", Samples.container()), programs);
  }

  @Test
  void recordsAtTheEdges() throws Exception {
    sameText(recordsImage("edges", Samples.edges()), programs);
  }

  /**
   * Strings with every character a terminal would act on (C0, DEL, C1, zero-width and bidi
   * format characters, separators, the BOM) and random others: both readers escape the same ones.
   */
  @Test
  void hostileCharactersInStringsAreEscapedAlikeByBothReaders() throws Exception {
    StringBuilder all = new StringBuilder();
    for (int c = 1; c < 0x100; c++) {
      all.append((char) c);
    }
    for (int c = 0x2000; c < 0x2070; c++) {
      all.append((char) c);
    }
    all.append("\ufeff\ufffd\u00e9\ud83d\ude00");
    Random random = new Random(17);
    List<org.ckptgen.example.container.LsmLabel> labels = new ArrayList<>();
    for (int from = 0; from < all.length(); from += 200) {
      labels.add(new org.ckptgen.example.container.LsmLabel(org.ckptgen.example.container.SecType.FILE,
          all.substring(from, Math.min(all.length(), from + 200))));
    }
    for (int n = 0; n < 20; n++) {
      StringBuilder s = new StringBuilder();
      for (int i = random.nextInt(60); i > 0; i--) {
        s.append(all.charAt(random.nextInt(all.length() - 2)));
      }
      labels.add(new org.ckptgen.example.container.LsmLabel(org.ckptgen.example.container.SecType.CRED, s.toString()));
    }
    List<Record> records = new ArrayList<>(labels);
    Path image = recordsImage("hostile", records);
    sameText(image, programs);
    String dump = recordsDump(image);
    assertTrue(dump.chars().noneMatch(c -> (c < 0x20 && c != '\n') || c == 0x7f || (c >= 0x80 && c <= 0x9f)
        || c == 0x202e || c == 0x2028), "the dump holds no character a terminal acts on");
    assertTrue(dump.contains("\\u001b") && dump.contains("\\u009b") && dump.contains("\\u202e"), dump);
  }

  @Test
  void theDemoContainersCheckpoint() throws Exception {
    Path image = demoImage();
    sameText(image, programs, javaDump(image));
    assertTrue(javaDump(image).contains(" ckpt_hdr_cred {\"uid\":1000,"), "the demo holds creds");
  }

  @Test
  void theJournalImageWithItsOwnReader() throws Exception {
    Journal journal = new Journal();
    Path image = CTool.work().resolve("journal.ckpt");
    JournalImageDispatch.builder().alpha(new AlphaSubsystem(journal, 1)).beta(new BetaSubsystem(journal, 2))
        .gamma(new GammaSubsystem(journal, 3)).build().checkpoint(image);
    String java;
    try (ImageReader r = ImageReader.open(image)) {
      r.verify();
      ImageChecker.check(r, ImageChecker.Expectation.generic(org.ckptgen.image.TrustedSchema.ofImage(r)));
      java = ImageDump.text(r);
    }
    sameText(image, List.of(journalAsan), java);
  }

  @Test
  void theLargeImageWithItsOwnReader() throws Exception {
    Path image = CTool.work().resolve("large.ckpt");
    LargeImages.write(image);
    sameText(image, List.of(largeAsan));
  }

  private static final Pattern OFFSET = Pattern.compile("at offset (\\d+)");

  /** Java's verdict on an image: null when it reads, else the offset of the exception. */
  private static Long javaOffset(Path image) throws Exception {
    try {
      javaDump(image);
      return null;
    } catch (CkptFormatException e) {
      return e.offset();
    }
  }

  /** Runs the sanitized ckptinfo; returns null when it reads the image, else the offset it names. */
  private static Long cOffset(Path image) throws Exception {
    Gcc.Result r = CTool.run(List.of(asan.toString(), image.toString()));
    assertFalse(r.err().contains("Sanitizer") || r.err().contains("runtime error"), r.err());
    if (r.exit() == 0) {
      assertEquals("", r.err());
      return null;
    }
    assertEquals(1, r.exit(), r.err());
    assertEquals(1, r.err().lines().count(), "one line: " + r.err());
    Matcher m = OFFSET.matcher(r.err());
    assertTrue(m.find(), r.err());
    return Long.parseLong(m.group(1));
  }

  @Test
  void truncatedAndFlippedImagesAreRejectedAtTheSameOffsetByBoth() throws Exception {
    byte[] good = Files.readAllBytes(demoImage());
    Path bad = CTool.work().resolve("bad.ckpt");
    Random random = new Random(42);
    List<Integer> cuts = new ArrayList<>(List.of(0, 7, 8, 15, 16, good.length - 41, good.length - 40,
        good.length - 1));
    for (int i = 0; i < 40; i++) {
      cuts.add(random.nextInt(good.length));
    }
    for (int cut : cuts) {
      Files.write(bad, java.util.Arrays.copyOf(good, cut));
      Long c = cOffset(bad);
      assertTrue(c != null, "C reads an image cut at " + cut);
      assertEquals(javaOffset(bad), c, "cut at " + cut);
    }
    for (int i = 0; i < 60; i++) {
      byte[] flipped = good.clone();
      int at = random.nextInt(good.length);
      flipped[at] ^= (byte) (1 + random.nextInt(255));
      Files.write(bad, flipped);
      Long c = cOffset(bad);
      assertTrue(c != null, "C reads an image with byte " + at + " flipped");
      assertEquals(javaOffset(bad), c, "byte " + at + " flipped");
    }
  }

  @Test
  void forgedRecordsUnderAResealedChecksumGetTheSameVerdict() throws Exception {
    byte[] good = Files.readAllBytes(demoImage());
    ByteBuffer b = ByteBuffer.wrap(good).order(ByteOrder.LITTLE_ENDIAN);
    int trailer = good.length - TrailerCodec.SIZE;
    int first = firstRecord(b);
    Path forged = CTool.work().resolve("forged.ckpt");
    Random random = new Random(7);
    int rejected = 0;
    for (int i = 0; i < 150; i++) {
      byte[] bytes = good.clone();
      int at = first + random.nextInt(trailer - first);
      bytes[at] = (byte) (random.nextBoolean() ? bytes[at] ^ (1 << random.nextInt(8)) : random.nextInt(256));
      reseal(bytes, trailer);
      Files.write(forged, bytes);
      Long c = cOffset(forged);
      assertEquals(javaOffset(forged), c, "byte " + at + " forged");
      if (c == null) {
        assertEquals(javaDump(forged), CTool.run(List.of(asan.toString(), forged.toString())).out());
      } else {
        rejected++;
      }
    }
    assertTrue(rejected > 30, "many forgeries break a rule: " + rejected);
  }

  @Test
  void whatIsNoImageFileIsAnIoErrorOfOneLine() throws Exception {
    Path missing = CTool.work().resolve("missing.ckpt");
    Files.deleteIfExists(missing);
    for (Path program : programs) {
      for (Path file : List.of(missing, CTool.work())) {
        Gcc.Result r = CTool.run(List.of(program.toString(), file.toString()));
        assertEquals(2, r.exit(), program + " " + file + ": " + r.err());
        assertEquals("", r.out());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("ckptinfo: " + file + ": "), r.err());
      }
    }
  }

  /** Where the records start: after the header, the field, enum and subsystem tables. */
  private static int firstRecord(ByteBuffer b) {
    int at = 0;
    for (int i = 0; i < 4; i++) {
      at = (at + b.getInt(at + 4) + 7) & ~7;
    }
    return at;
  }

  private static void reseal(byte[] bytes, int trailer) {
    CRC32C crc = new CRC32C();
    crc.update(bytes, 0, trailer);
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(trailer + 32, (int) crc.getValue());
  }
}
