package org.ckptgen.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;
import org.ckptgen.cli.Ckpt;
import org.ckptgen.example.container.ContainerImageReader;
import org.ckptgen.example.journal.AlphaSubsystem;
import org.ckptgen.example.journal.BetaSubsystem;
import org.ckptgen.example.journal.GammaSubsystem;
import org.ckptgen.example.journal.Journal;
import org.ckptgen.example.journal.JournalImageDispatch;
import org.ckptgen.example.model.SampleContainer;
import org.ckptgen.image.EnumValue;
import org.ckptgen.image.FieldEntry;
import org.ckptgen.image.ImageHeader;
import org.ckptgen.image.ImageHeaderCodec;
import org.ckptgen.image.ImageLayout;
import org.ckptgen.image.ImageReader;
import org.ckptgen.image.ImageStream;
import org.ckptgen.image.ImageWriter;
import org.ckptgen.image.Progress;
import org.ckptgen.image.SchemaEntry;
import org.ckptgen.image.SchemaEntryCodec;
import org.ckptgen.image.SchemaEnums;
import org.ckptgen.image.SchemaFields;
import org.ckptgen.image.tools.IdRemap;
import org.ckptgen.image.tools.ImageDump;
import org.ckptgen.image.tools.ImageRewriter;
import org.ckptgen.processor.Gcc;
import org.ckptgen.runtime.CkptFormatException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules of the schema, field and enum tables (docs/FORMAT.md, "Checks of the tables"), on
 * tables nobody chose: entries of real images' tables mutated at random and the checksum sealed
 * again, so that the checks are reached. Every Java reader throws only CkptFormatException, in
 * bounded time and allocation; and the generated C reader ({@code ckptinfo}, with AddressSanitizer
 * and UBSan) refuses exactly the images Java refuses for their tables, at the same offset, with
 * the same reason. Then the cases of issue 12, one by one.
 *
 * <p>The seed is random unless {@code -Dckptgen.tables.seed=N}; every failure names it.
 */
class TableRulesTest {
  private static final long SEED = Long.getLong("ckptgen.tables.seed", new Random().nextLong());
  private static final List<String> TABLE_REASONS = List.of("schema table entry ", "field table entry ",
      "enum table entry ", "subsystem table entry ");
  private static Path asan;

  @BeforeAll
  static void build() throws Exception {
    asan = CTool.build(CTool.MAIN_C.resolve("ckptinfo.c"), CTool.work().resolve("ckptinfo_tables_asan"), "-m64", "-g",
        "-fsanitize=address,undefined", "-fno-sanitize-recover=all", "-fno-omit-frame-pointer");
  }

  // The verdicts.

  /** What the Java readers say of {@code image}'s tables: null when they pass, else the one message. */
  private static String javaTables(Path image, String context) {
    String[] verdict = new String[1];
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long size;
    try {
      size = Files.size(image);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
      long before = threads.getCurrentThreadAllocatedBytes();
      try {
        verdict[0] = readAll(image);
      } catch (Throwable t) {
        throw new AssertionError(context + ": a Java reader threw " + t, t);
      }
      long allocated = threads.getCurrentThreadAllocatedBytes() - before;
      assertTrue(allocated < (64L << 20) + 64 * size, context + ": the Java readers allocated " + allocated
          + " bytes for an image of " + size);
    }, context);
    return verdict[0];
  }

  /**
   * Reads {@code image} with every Java reader: the generic one (verify, dump, IdRemap), the stream
   * reader and the typed reader. Their table verdicts must agree; records are not compared here.
   */
  private static String readAll(Path image) throws Exception {
    String tables = null;
    try (ImageReader r = ImageReader.open(image)) {
      r.verify();
    } catch (CkptFormatException e) {
      tables = e.getMessage();
    }
    String stream = null;
    try (InputStream in = Files.newInputStream(image)) {
      ImageStream s = ImageStream.open(in);
      while (s.next() != null) {
        // the records are read only to reach the trailer
      }
    } catch (CkptFormatException e) {
      stream = e.getMessage();
    }
    String typed = null;
    try {
      ContainerImageReader.read(image, new ContainerImageReader.Visitor() {});
    } catch (CkptFormatException e) {
      typed = e.getMessage();
    }
    if (tables != null && isTableRule(tables)) {
      assertEquals(tables, stream, "the stream reader");
      assertEquals(tables, typed, "the typed reader");
    }
    lastDump = null;
    if (tables == null) {
      try (ImageReader r = ImageReader.open(image)) {
        ImageDump.text(r, new StringBuilder(), Progress.NONE);
      } catch (CkptFormatException e) {
        lastDump = e.getMessage();  // a record the image's own tables refuse: a verdict on records
      }
      Path out = image.resolveSibling(image.getFileName() + ".remapped");
      try {
        ImageRewriter.rewrite(image, out, new IdRemap(Map.of(1000, 2000), Map.of(1000, 2000)), Progress.NONE);
      } catch (CkptFormatException e) {
        // the same
      } finally {
        Files.deleteIfExists(out);
      }
    }
    return tables;
  }

  /** The dump's verdict on the records of the image {@link #readAll} read last, when its tables passed. */
  private static volatile String lastDump;

  private static boolean isTableRule(String message) {
    String reason = message.substring(message.indexOf(": ") + 2);
    return TABLE_REASONS.stream().anyMatch(reason::startsWith);
  }

  /** What ckptinfo says: null when it reads the image, else its message without the program and file. */
  private static String c(Path image) throws Exception {
    Gcc.Result r = CTool.run(List.of(asan.toString(), image.toString()));
    assertFalse(r.err().contains("Sanitizer") || r.err().contains("runtime error"), r.err());
    if (r.exit() == 0) {
      return null;
    }
    assertEquals(1, r.exit(), r.err());
    String prefix = "ckptinfo: " + image + ": ";
    assertTrue(r.err().startsWith(prefix), r.err());
    return r.err().substring(prefix.length()).strip();
  }

  /**
   * One verdict on {@code image}'s tables: Java's message when Java refuses them, and C's then is
   * the same; when Java's readers pass them, C raises no table rule either (it may refuse a record
   * by its compiled layout: another check, listed in {@code recordDisagreements}).
   */
  private static String sameVerdict(Path image, String context, List<String> recordDisagreements) throws Exception {
    String java = javaTables(image, context);
    String c = c(image);
    if (java != null) {
      // a table rule, or a table record's own check (a name's bytes, a count): the same message
      assertTrue(java.length() - java.indexOf(": ") - 2 < 188, context + ": the reason fits ckpt_reader.err: " + java);
      assertEquals(java, c, context);
    } else {
      assertFalse(c != null && isTableRule(c), context + ": Java passes the tables, C says " + c);
      if (!Objects.equals(lastDump, c)) {
        recordDisagreements.add(context + ": Java dump " + lastDump + " / C " + c);
      }
    }
    return java;
  }

  // Forged tables.

  private record Table(int at, int count, int entrySize, int[][] fieldsOf) {}

  /** Where the schema, field, enum and subsystem tables are in {@code b}, and the (offset, width) of each entry's fields. */
  private static List<Table> tables(ByteBuffer b) {
    int fieldsAt = align8(b.getInt(4));
    int enumsAt = align8(fieldsAt + b.getInt(fieldsAt + 4));
    int subsystemsAt = align8(enumsAt + b.getInt(enumsAt + 4));
    return List.of(
        new Table(96, b.getInt(88), 64, new int[][] {{0, 4}, {4, 4}, {8, 4}, {12, 4}, {16, 48}}),
        new Table(fieldsAt + 16, b.getInt(fieldsAt + 8), 72,
            new int[][] {{0, 2}, {2, 1}, {3, 1}, {4, 1}, {5, 1}, {6, 2}, {8, 4}, {12, 4}, {16, 4}, {20, 4}, {24, 48}}),
        new Table(enumsAt + 16, b.getInt(enumsAt + 8), 56, new int[][] {{0, 4}, {4, 4}, {8, 48}}),
        new Table(subsystemsAt + 16, b.getInt(subsystemsAt + 8), 40, new int[][] {{0, 32}, {32, 4}, {36, 4}}));
  }

  private static int align8(int n) {
    return (n + 7) & ~7;
  }

  private static final long[] INTERESTING = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 16, 24, 31, 32, 33, 40, 47, 48, 63, 64,
      0x7f, 0x80, 0xff, 0x100, 0x101, 0xffff, 0x10000, 65536 + 8, 0x7fffffffL, 0x80000000L, 0xfffffff8L, 0xffffffffL};

  /** {@code good} with one to three entries of its tables changed, sealed again. */
  private static byte[] forge(byte[] good, Random random) {
    byte[] bytes = good.clone();
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    List<Table> tables = tables(b);
    for (int n = 1 + random.nextInt(3); n > 0; n--) {
      Table t = tables.get(random.nextInt(tables.size()));
      if (t.count() == 0) {
        continue;
      }
      int entry = t.at() + t.entrySize() * random.nextInt(t.count());
      int other = t.at() + t.entrySize() * random.nextInt(t.count());
      int[] field = t.fieldsOf()[random.nextInt(t.fieldsOf().length)];
      int at = entry + field[0];
      switch (random.nextInt(6)) {
        case 0 -> bytes[entry + random.nextInt(t.entrySize())] = (byte) random.nextInt(256);
        case 1, 2 -> {
          if (field[1] >= 32) {  // a name: another identifier, or not one
            String name = random.nextBoolean() ? "__x" : random.nextBoolean() ? "9lives" : "a-b";
            java.util.Arrays.fill(bytes, at, at + field[1], (byte) 0);
            System.arraycopy(name.getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, bytes, at, name.length());
          } else {
            long old = get(b, at, field[1]);
            long[] choices = {INTERESTING[random.nextInt(INTERESTING.length)], old + 1, old - 1, old * 2,
                old + 8, random.nextLong()};
            put(b, at, field[1], choices[random.nextInt(choices.length)]);
          }
        }
        case 3 -> put(b, at, field[1], get(b, other + field[0], field[1]));  // another entry's value
        case 4 -> {  // two entries swapped
          byte[] one = java.util.Arrays.copyOfRange(bytes, entry, entry + t.entrySize());
          System.arraycopy(bytes, other, bytes, entry, t.entrySize());
          System.arraycopy(one, 0, bytes, other, t.entrySize());
        }
        default -> System.arraycopy(bytes, other, bytes, entry, t.entrySize());  // an entry twice
      }
    }
    return Forge.reseal(bytes);
  }

  private static long get(ByteBuffer b, int at, int width) {
    return switch (width) {
      case 1 -> Byte.toUnsignedLong(b.get(at));
      case 2 -> Short.toUnsignedLong(b.getShort(at));
      default -> Integer.toUnsignedLong(b.getInt(at));
    };
  }

  private static void put(ByteBuffer b, int at, int width, long value) {
    switch (width) {
      case 1 -> b.put(at, (byte) value);
      case 2 -> b.putShort(at, (short) value);
      default -> b.putInt(at, (int) value);
    }
  }

  private static Path demo() throws Exception {
    Path file = CTool.work().resolve("tables-demo.ckpt");
    Main.dispatch(SampleContainer.demo()).checkpoint(file);
    return file;
  }

  private static Path journal() throws Exception {
    Journal journal = new Journal();
    Path file = CTool.work().resolve("tables-journal.ckpt");
    JournalImageDispatch.builder().alpha(new AlphaSubsystem(journal, 1)).beta(new BetaSubsystem(journal, 2))
        .gamma(new GammaSubsystem(journal, 3)).build().checkpoint(file);
    return file;
  }

  @Test
  void forgedTablesGetOneVerdictFromJavaAndC() throws Exception {
    Random random = new Random(SEED);
    Map<String, Integer> refused = new TreeMap<>();
    List<String> records = new ArrayList<>();
    int valid = 0;
    int n = 0;
    for (Path base : List.of(demo(), journal(), evolving())) {
      byte[] good = Files.readAllBytes(base);
      assertNull(javaTables(base, "seed " + SEED + ", " + base.getFileName()), "the unforged image's tables pass");
      Path forged = CTool.work().resolve("tables-forged.ckpt");
      for (int i = 0; i < 200; i++, n++) {
        Files.write(forged, forge(good, random));
        String context = "seed " + SEED + ", " + base.getFileName() + " forgery " + i;
        String java = sameVerdict(forged, context, records);
        if (java == null) {
          valid++;
        } else {
          String reason = java.substring(java.indexOf(": ") + 2);
          refused.merge(reason.replaceAll("[0-9]+", "N").replaceAll("\\(.*?\\)", "()"), 1, Integer::sum);
        }
      }
    }
    System.out.println("TableRulesTest: seed " + SEED + ", " + n + " forged tables, " + valid + " with valid tables; "
        + refused.size() + " kinds of refusal; images whose records C and Java judge differently (the verdict"
        + " helper's domain): " + records.size());
    records.stream().limit(8).forEach(r -> System.out.println("  " + r));
    assertTrue(refused.size() > 20, "the forgeries reach many rules: " + refused.keySet());
  }

  /** Where entry {@code i} of the subsystem table of {@code b} starts. */
  private static int subsystemEntry(byte[] b, int i) {
    return tables(ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN)).get(3).at() + 40 * i;
  }

  /**
   * A subsystem name twice in the table, adjacent or not, is refused at the second entry that
   * has it, naming the first, by Java and C alike; every pair of the example's six entries.
   */
  @Test
  void aSubsystemNameTwiceIsRefusedWhereverItIs() throws Exception {
    byte[] good = Files.readAllBytes(demo());
    List<String> names = org.ckptgen.example.container.ContainerImageDispatch.SUBSYSTEMS;
    Path forged = CTool.work().resolve("tables-subsystem-twice.ckpt");
    for (int first = 0; first < names.size(); first++) {
      for (int second = first + 1; second < names.size(); second++) {
        byte[] bytes = good.clone();
        System.arraycopy(bytes, subsystemEntry(bytes, first), bytes, subsystemEntry(bytes, second), 32);
        Files.write(forged, Forge.reseal(bytes));
        CkptFormatException e = refused(forged);
        assertEquals(subsystemEntry(bytes, second), e.offset(), e.getMessage());
        assertTrue(e.getMessage().endsWith("subsystem table entry " + second + " (" + names.get(first)
            + ") has the name of entry " + first + "; no subsystem is listed twice"), e.getMessage());
      }
    }
    // three of one name: the second is the fault, whatever the third
    byte[] bytes = good.clone();
    System.arraycopy(bytes, subsystemEntry(bytes, 4), bytes, subsystemEntry(bytes, 1), 32);
    System.arraycopy(bytes, subsystemEntry(bytes, 4), bytes, subsystemEntry(bytes, 3), 32);
    Files.write(forged, Forge.reseal(bytes));
    assertTrue(refused(forged).getMessage().endsWith("subsystem table entry 3 (" + names.get(4)
        + ") has the name of entry 1; no subsystem is listed twice"));
  }

  /**
   * The table's order is the dispatch order of the build that wrote it: unsorted, it passes the
   * table rules (the build's fingerprint then holds it to the build's order byte for byte).
   */
  @Test
  void anUnsortedSubsystemTablePassesTheTableRules() throws Exception {
    byte[] bytes = Files.readAllBytes(demo());
    byte[] first = java.util.Arrays.copyOfRange(bytes, subsystemEntry(bytes, 0), subsystemEntry(bytes, 1));
    System.arraycopy(bytes, subsystemEntry(bytes, 5), bytes, subsystemEntry(bytes, 0), 40);
    System.arraycopy(first, 0, bytes, subsystemEntry(bytes, 5), 40);
    Path forged = CTool.work().resolve("tables-subsystems-unsorted.ckpt");
    Files.write(forged, Forge.reseal(bytes));
    assertNull(javaTables(forged, "unsorted"));
    cPassesTables(forged);
    String c = c(forged);
    assertTrue(c != null && c.contains("the image's subsystem table differs from the schema's"), c);
  }

  // Hand-made images: the tables given, one record of raw bytes each.

  private static FieldEntry f(int owner, int role, int element, int arity, int flags, int size, long offset,
      long length, long ref, int since, String name) {
    return FieldEntry.of(owner, role, element, arity, flags, size, (int) offset, (int) length, (int) ref, since, name);
  }

  private static Path image(String name, SchemaEntry[] schema, List<FieldEntry> fields, EnumValue[] enums,
      List<byte[]> records) throws Exception {
    Path file = CTool.work().resolve(name + ".ckpt");
    ImageHeader header = ImageHeader.of("container", 1, 1L, schema, 5L);
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
        StandardOpenOption.WRITE)) {
      ImageWriter w = new ImageWriter(ch, header, new SchemaFields(fields.toArray(FieldEntry[]::new)),
          new SchemaEnums(enums));
      for (byte[] r : records) {
        w.writeRaw(ByteBuffer.wrap(r));
      }
      w.finish();
    }
    return file;
  }

  /** A record of {@code len} bytes of type {@code type}, zero but for its header. */
  private static byte[] record(int type, int len) {
    byte[] r = new byte[len];
    ByteBuffer.wrap(r).order(ByteOrder.LITTLE_ENDIAN).putInt(0, type).putInt(4, len);
    return r;
  }

  private static final int HEADER = FieldEntry.ROLE_HEADER;
  private static final int FIELD = FieldEntry.ROLE_FIELD;
  private static final int COUNT = FieldEntry.ROLE_COUNT;
  private static final int PAD = FieldEntry.ROLE_PADDING;
  private static final int INT = FieldEntry.ELEMENT_INT;
  private static final int ONE = FieldEntry.ARITY_ONE;
  private static final int FIXED = FieldEntry.ARITY_FIXED;
  private static final int VARIABLE = FieldEntry.ARITY_VARIABLE;

  /** Where field table entry {@code i} of {@code image} starts. */
  private static long entry(Path image, int i) throws Exception {
    ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(image)).order(ByteOrder.LITTLE_ENDIAN);
    return align8(b.getInt(4)) + 16 + 72L * i;
  }

  /**
   * The C reader finds no fault with {@code image}'s tables (it reads records by its compiled
   * layout, and may refuse another kind's image after the tables: not a table rule).
   */
  private static void cPassesTables(Path image) throws Exception {
    String c = c(image);
    assertTrue(c == null || !isTableRule(c), c);
  }

  /** The one exception of the tables, which the C reader gives too. */
  private static CkptFormatException refused(Path image) throws Exception {
    CkptFormatException e;
    try (ImageReader r = ImageReader.open(image)) {
      e = assertThrows(CkptFormatException.class, r::verify);
    }
    assertEquals(e.getMessage(), javaTables(image, image.toString()));
    assertEquals(e.getMessage(), c(image));
    return e;
  }

  /**
   * An image of valid tables with versions: a record of version 3 (a u32, then a u64 and an enum
   * since 2, then a u16[3] since 3), written as versions 1, 2 and 3; a value struct; sorted ids.
   */
  private static Path evolving() throws Exception {
    SchemaEntry[] schema = {
      new SchemaEntry(0, 8, 1, 0, "ckpt_pair"),
      new SchemaEntry(0x7000, 40, 3, 0, "ckpt_hdr_v"),
      new SchemaEntry(0x7001, 32, 1, SchemaEntry.VARIABLE | SchemaEntry.SHARED, "ckpt_hdr_ids"),
    };
    List<FieldEntry> fields = List.of(
        f(0, FIELD, INT, ONE, FieldEntry.FLAG_SIGNED, 4, 0, 1, 0, 1, "x"),
        f(0, FIELD, FieldEntry.ELEMENT_BOOL, ONE, 0, 1, 4, 1, 0, 1, "on"),
        f(0, PAD, FieldEntry.ELEMENT_BYTE, FIXED, 0, 1, 5, 3, 0, 1, "__pad1"),
        f(1, HEADER, FieldEntry.ELEMENT_HEADER, ONE, 0, 8, 0, 1, 0, 1, "h"),
        f(1, FIELD, INT, ONE, FieldEntry.FLAG_UID, 4, 8, 1, 0, 1, "uid"),
        f(1, PAD, FieldEntry.ELEMENT_BYTE, FIXED, 0, 1, 12, 4, 0, 1, "__pad1"),
        f(1, FIELD, INT, ONE, 0, 8, 16, 1, 0, 2, "b"),
        f(1, FIELD, FieldEntry.ELEMENT_ENUM, ONE, 0, 1, 24, 1, 0, 2, "colour"),
        f(1, PAD, FieldEntry.ELEMENT_BYTE, FIXED, 0, 1, 25, 7, 0, 2, "__pad2"),
        f(1, FIELD, INT, FIXED, 0, 2, 32, 3, 0, 3, "c"),
        f(1, PAD, FieldEntry.ELEMENT_BYTE, FIXED, 0, 1, 38, 2, 0, 3, "__pad3"),
        f(2, HEADER, FieldEntry.ELEMENT_HEADER, ONE, 0, 8, 0, 1, 0, 1, "h"),
        f(2, FIELD, FieldEntry.ELEMENT_STRUCT, ONE, 0, 8, 8, 1, 0, 1, "p"),
        f(2, FIELD, FieldEntry.ELEMENT_OBJREF, ONE, ImageLayoutFlags.OPTIONAL, 4, 16, 1, 0x7001, 1, "self_ref"),
        f(2, COUNT, INT, ONE, 0, 4, 20, 1, 0, 1, "ngroups"),
        f(2, FIELD, FieldEntry.ELEMENT_CHAR, FIXED, 0, 1, 24, 8, 0, 1, "tag"),
        f(2, FIELD, INT, VARIABLE, FieldEntry.FLAG_GID | FieldEntry.FLAG_SORTED, 4, 32, 64, 0, 1, "groups"));
    EnumValue[] enums = {new EnumValue(0, 0, "RED"), new EnumValue(0, 1, "GREEN")};
    byte[] v3 = record(0x7000, 40);
    ByteBuffer.wrap(v3).order(ByteOrder.LITTLE_ENDIAN).putInt(8, 1000).putLong(16, -1).putShort(32, (short) 7);
    byte[] ids = record(0x7001, 40);
    ByteBuffer.wrap(ids).order(ByteOrder.LITTLE_ENDIAN).putInt(20, 2).putInt(32, 5).putInt(36, 1000);
    return image("tables-evolving", schema, fields, enums, List.of(record(0x7000, 16), record(0x7000, 32), v3, ids));
  }

  /** The flag of optional objrefs, which FieldEntry may not name yet. */
  private static final class ImageLayoutFlags {
    static final int OPTIONAL = 32;
  }

  @Test
  void theEvolvingImageIsValidAndDecodesEveryVersion() throws Exception {
    Path image = evolving();
    assertNull(javaTables(image, "evolving"));
    cPassesTables(image);
    try (ImageReader r = ImageReader.open(image)) {
      String dump = ImageDump.text(r);
      assertTrue(dump.contains("ckpt_hdr_v {\"uid\":0,\"b\":0,\"colour\":\"RED\",\"c\":[0,0,0]}"), dump);
      assertTrue(dump.contains("ckpt_hdr_v {\"uid\":1000,\"b\":18446744073709551615,\"colour\":\"RED\",\"c\":[7,0,0]}"),
          dump);
      ImageLayout.Struct v = r.layout().byType(0x7000);
      assertEquals(16, v.sizeOfVersion(1));
      assertEquals(32, v.sizeOfVersion(2));
      assertEquals(40, v.sizeOfVersion(3));
      assertEquals(1, v.versionOf(16));
      assertEquals(2, v.versionOf(39));
      assertEquals(3, v.versionOf(40));
    }
  }

  /** Issue 12: a later version's u8[2^30] in a tiny image had its default allocated (OutOfMemoryError). */
  @Test
  void aHugeDefaultIsRefusedNotAllocated() throws Exception {
    // within the 1 MiB of a struct's fixed part, but 128 KiB of later versions to fill with defaults
    SchemaEntry[] schema = {new SchemaEntry(0x100, 16 + (1 << 17), 2, 0, "ckpt_hdr_v")};
    Path image = image("tables-huge-default", schema, List.of(
        f(0, HEADER, 0, ONE, 0, 8, 0, 1, 0, 1, "h"),
        f(0, FIELD, INT, ONE, 0, 4, 8, 1, 0, 1, "a"),
        f(0, PAD, FieldEntry.ELEMENT_BYTE, FIXED, 0, 1, 12, 4, 0, 1, "__pad1"),
        f(0, FIELD, INT, FIXED, 0, 1, 16, 1 << 17, 0, 2, "big")), new EnumValue[0], List.of(record(0x100, 16)));
    CkptFormatException e = refused(image);
    assertEquals(entry(image, 3) + 12, e.offset());
    assertEquals("field table entry 3 (big): the versions after 1 add 131072 bytes; a reader fills at most 65536"
        + " with defaults", e.reason());

    // 1 GiB of them: past the fixed part's 1 MiB, refused at the schema entry's size before anything else
    schema = new SchemaEntry[] {new SchemaEntry(0x100, 16 + (1 << 30), 2, 0, "ckpt_hdr_v")};
    image = image("tables-huge-fixed", schema, List.of(
        f(0, HEADER, 0, ONE, 0, 8, 0, 1, 0, 1, "h"),
        f(0, FIELD, INT, ONE, 0, 4, 8, 1, 0, 1, "a"),
        f(0, PAD, FieldEntry.ELEMENT_BYTE, FIXED, 0, 1, 12, 4, 0, 1, "__pad1"),
        f(0, FIELD, INT, FIXED, 0, 1, 16, 1 << 30, 0, 2, "big")), new EnumValue[0], List.of(record(0x100, 16)));
    e = refused(image);
    assertEquals(ImageHeaderCodec.SIZE + SchemaEntryCodec.OFFSET_SIZE, e.offset());
    assertEquals("schema table entry 0 (ckpt_hdr_v): size 1073741840 is not a multiple of 8 from 8 to 1048576",
        e.reason());
  }

  /** Issue 12: a bound of 0x80000000 became a negative int (NegativeArraySizeException). */
  @Test
  void boundsOver2GiBAreRefusedWhereTheyStand() throws Exception {
    SchemaEntry[] schema = {new SchemaEntry(0x100, 16, 1, SchemaEntry.VARIABLE, "ckpt_hdr_v")};
    Path image = image("tables-big-bound", schema, List.of(
        f(0, HEADER, 0, ONE, 0, 8, 0, 1, 0, 1, "h"),
        f(0, COUNT, INT, ONE, 0, 4, 8, 1, 0, 1, "data_len"),
        f(0, PAD, FieldEntry.ELEMENT_BYTE, FIXED, 0, 1, 12, 4, 0, 1, "__pad1"),
        f(0, FIELD, FieldEntry.ELEMENT_BYTE, VARIABLE, 0, 1, 16, 0x80000000L, 0, 1, "data")), new EnumValue[0],
        List.of(record(0x100, 16)));
    CkptFormatException e = refused(image);
    assertEquals(entry(image, 3) + 12, e.offset());
    assertEquals("field table entry 3 (data): bound 2147483648 is 0 or makes records of 2147483664 bytes, over"
        + " 2147483647", e.reason());

    schema = new SchemaEntry[] {new SchemaEntry(0x100, 16, 1, 0, "ckpt_hdr_v")};
    image = image("tables-big-length", schema, List.of(
        f(0, HEADER, 0, ONE, 0, 8, 0, 1, 0, 1, "h"),
        f(0, FIELD, FieldEntry.ELEMENT_CHAR, FIXED, 0, 1, 8, 0x80000008L, 0, 1, "name")), new EnumValue[0],
        List.of(record(0x100, 16)));
    e = refused(image);
    assertEquals(entry(image, 1) + 12, e.offset());
    assertEquals("field table entry 1 (name): length 2147483656 is not from 2 to 2147483647", e.reason());
  }

  /** {@code depth} value structs, each nesting the one before, and a record nesting the last. */
  private static Path nested(String name, int depth) throws Exception {
    SchemaEntry[] schema = new SchemaEntry[depth + 1];
    List<FieldEntry> fields = new ArrayList<>();
    for (int k = 0; k < depth; k++) {
      schema[k] = new SchemaEntry(0, 8, 1, 0, "ckpt_s" + k);
      fields.add(k == 0 ? f(0, FIELD, INT, ONE, 0, 8, 0, 1, 0, 1, "x")
          : f(k, FIELD, FieldEntry.ELEMENT_STRUCT, ONE, 0, 8, 0, 1, k - 1, 1, "inner"));
    }
    schema[depth] = new SchemaEntry(0x100, 16, 1, 0, "ckpt_hdr_deep");
    fields.add(f(depth, HEADER, 0, ONE, 0, 8, 0, 1, 0, 1, "h"));
    fields.add(f(depth, FIELD, FieldEntry.ELEMENT_STRUCT, ONE, 0, 8, 8, 1, depth - 1, 1, "s"));
    return image(name, schema, fields, new EnumValue[0], List.of(record(0x100, 16)));
  }

  /** Issue 12: 1,500 nested value structs overflowed the stack of GenericDecoder and IdRemap. */
  @Test
  void nestingIsBoundedAt32() throws Exception {
    Path image = nested("tables-nested-1500", 1500);
    CkptFormatException e = refused(image);
    assertEquals(entry(image, 32) + 16, e.offset());
    assertEquals("field table entry 32 (inner): nests structs 33 deep; the limit is 32", e.reason());

    Path deepest = nested("tables-nested-31", 31);  // 31 value structs in a record: 32
    assertNull(javaTables(deepest, "31 nested"));
    cPassesTables(deepest);
    try (ImageReader r = ImageReader.open(deepest)) {
      assertTrue(ImageDump.text(r).contains("{\"s\":{\"inner\":{\"inner\":"));
    }
    e = refused(nested("tables-nested-32", 32));  // 32 value structs in a record: 33
    assertEquals("field table entry 33 (s): nests structs 33 deep; the limit is 32", e.reason());
  }

  /** Issue 12: a 1.66 MB image took 24 s in ckpt dump (sizeOfVersion per member per record). */
  @Test
  void aDumpTakesTimeLinearInTheImage() throws Exception {
    int n = 4000;
    SchemaEntry[] schema = {new SchemaEntry(0x100, 16 + n, 2, 0, "ckpt_hdr_wide")};
    List<FieldEntry> fields = new ArrayList<>(List.of(
        f(0, HEADER, 0, ONE, 0, 8, 0, 1, 0, 1, "h"),
        f(0, FIELD, INT, ONE, 0, 4, 8, 1, 0, 1, "a"),
        f(0, PAD, FieldEntry.ELEMENT_BYTE, FIXED, 0, 1, 12, 4, 0, 1, "__pad1")));
    for (int i = 0; i < n; i++) {
      fields.add(f(0, FIELD, INT, ONE, 0, 1, 16 + i, 1, 0, 2, "b" + i));
    }
    List<byte[]> records = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      records.add(record(0x100, i % 2 == 0 ? 16 + n : 16));
    }
    Path image = image("tables-wide", schema, fields, new EnumValue[0], records);
    assertTrue(Files.size(image) > 800_000, "an image of " + Files.size(image));
    long t0 = System.nanoTime();
    try (ImageReader r = ImageReader.open(image)) {
      r.verify();
    }
    long verify = System.nanoTime() - t0;
    t0 = System.nanoTime();
    try (ImageReader r = ImageReader.open(image)) {
      ImageDump.text(r, new StringBuilder(), Progress.NONE);
    }
    long dump = System.nanoTime() - t0;
    // quadratic, it took minutes; linear, a few times verify's time (it prints 800,000 numbers)
    assertTrue(dump < Duration.ofSeconds(15).toNanos(), "dump " + dump / 1_000_000 + " ms, verify "
        + verify / 1_000_000 + " ms");
  }

  /** An enum of more than 1024 constants: the C reader would compare each code with all the others. */
  @Test
  void enumsHaveAtMost1024Constants() throws Exception {
    EnumValue[] values = new EnumValue[1025];
    for (int k = 0; k < values.length; k++) {
      values[k] = new EnumValue(0, k, "C" + k);
    }
    SchemaEntry[] schema = {new SchemaEntry(0x100, 16, 1, 0, "ckpt_hdr_e")};
    Path image = image("tables-big-enum", schema, List.of(
        f(0, HEADER, 0, ONE, 0, 8, 0, 1, 0, 1, "h"),
        f(0, FIELD, FieldEntry.ELEMENT_ENUM, ONE, 0, 2, 8, 1, 0, 1, "e"),
        f(0, PAD, FieldEntry.ELEMENT_BYTE, FIXED, 0, 1, 10, 6, 0, 1, "__pad1")), values, List.of(record(0x100, 16)));
    ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(image)).order(ByteOrder.LITTLE_ENDIAN);
    int enumsAt = tables(b).get(2).at();
    CkptFormatException e = refused(image);
    assertEquals(enumsAt + 56L * 1024, e.offset());
    assertEquals("enum table entry 1024 (C1024): enum 0 has more than 1024 constants", e.reason());
  }

  /** Issue 12: IdRemap threw IndexOutOfBoundsException (exit 2) on an @Uid flag on a char array. */
  @Test
  void anIdFlagWhereNoIdFitsIsAFormatError() throws Exception {
    Path good = demo();
    byte[] bytes = Files.readAllBytes(good);
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    Table fields = tables(b).get(1);
    int comm = -1;
    for (int i = 0; i < fields.count(); i++) {
      int at = fields.at() + 72 * i;
      if (bytes[at + 3] == FieldEntry.ELEMENT_CHAR && bytes[at + 4] == FieldEntry.ARITY_FIXED) {
        comm = i;
        bytes[at + 5] = FieldEntry.FLAG_UID;
        break;
      }
    }
    assertTrue(comm >= 0);
    Path image = CTool.work().resolve("tables-uid-on-char.ckpt");
    Files.write(image, Forge.reseal(bytes));
    CkptFormatException e = refused(image);
    assertEquals(fields.at() + 72L * comm + 5, e.offset());
    assertTrue(e.reason().endsWith("flags 0x8: 8 (@Uid) and 16 (@Gid) go only on a 4-byte integer, one of"
        + " them"), e.reason());
    assertThrows(CkptFormatException.class, () -> ImageRewriter.rewrite(image, image.resolveSibling("x.ckpt"),
        new IdRemap(Map.of(0, 1), Map.of()), Progress.NONE));
    assertEquals(1, ckpt("remap", "--schema", CkptCliTest.schema("container"), image.toString(), image + ".out",
        "--uid", "1000:2000"));
    assertTrue(err.contains(e.reason()), err);
  }

  private static String err;

  private static int ckpt(String... args) {
    Ckpt.Captured run = Ckpt.capture(args);
    err = run.err();
    return run.exit();
  }

  @Test
  void theFlagsTheProcessorWritesPass() throws Exception {
    // every flag on the member it fits: the evolving image has signed, sorted, @Uid, @Gid and optional
    assertNotNull(evolving());
    assertNull(javaTables(evolving(), "evolving"));
  }
}
