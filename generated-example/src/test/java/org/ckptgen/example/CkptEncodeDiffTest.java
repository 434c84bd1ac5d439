package org.ckptgen.example;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.ckptgen.cli.Ckpt;
import org.ckptgen.example.bulk.BulkImageDispatch;
import org.ckptgen.example.bulk.MemorySubsystem;
import org.ckptgen.example.demo.ImageFile;
import org.ckptgen.example.demo.Samples;
import org.ckptgen.example.journal.AlphaSubsystem;
import org.ckptgen.example.journal.BetaSubsystem;
import org.ckptgen.example.journal.GammaSubsystem;
import org.ckptgen.example.journal.Journal;
import org.ckptgen.example.journal.JournalImageDispatch;
import org.ckptgen.example.large.LargeImages;
import org.ckptgen.example.model.SampleContainer;
import org.ckptgen.image.EnumValue;
import org.ckptgen.image.FieldEntry;
import org.ckptgen.image.GenericDecoder;
import org.ckptgen.image.GenericRecord;
import org.ckptgen.image.ImageLayout;
import org.ckptgen.image.ImageReader;
import org.ckptgen.image.ImageWriter;
import org.ckptgen.image.RecordView;
import org.ckptgen.image.SectionCodec;
import org.ckptgen.image.tools.GenericEncoder;
import org.ckptgen.runtime.LittleEndian;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ckpt encode and diff on the example's images and on images of random values: dump --json,
 * encode, dump --json gives the same bytes; a diff names exactly what an edit changed; bad JSON
 * is one line with where.
 */
class CkptEncodeDiffTest {
  private String out;
  private String err;

  private int ckpt(String... args) {
    Ckpt.Captured run = Ckpt.capture(args);
    out = run.out();
    err = run.err();
    return run.exit();
  }

  /** dump --json, encode, dump --json: the image's bytes come back, and so does the JSON. */
  private void roundTrips(Path image) throws Exception {
    Path json = image.resolveSibling(image.getFileName() + ".json");
    assertEquals(0, ckpt("dump", "--json", image.toString()), err);
    Files.writeString(json, out);
    String first = out;
    Path again = image.resolveSibling(image.getFileName() + ".again");
    assertEquals(0, ckpt("encode", json.toString(), again.toString()), err);
    assertArrayEquals(Files.readAllBytes(image), Files.readAllBytes(again), image + " after dump, encode");
    assertEquals(0, ckpt("dump", "--json", again.toString()), err);
    assertEquals(first, out);
    assertEquals(0, ckpt("diff", image.toString(), again.toString()), out + err);
    assertEquals("", out);
  }

  @Test
  void everyImageOfTheTestsRoundTripsByteForByte(@TempDir Path dir) throws Exception {
    Path demo = dir.resolve("demo.ckpt");
    Main.dispatch(SampleContainer.demo()).checkpoint(demo);
    roundTrips(demo);
    Path records = dir.resolve("records.ckpt");
    ImageFile.write(Samples.container(), records, 1_700_000_000_000_000_123L);
    roundTrips(records);
    Path edges = dir.resolve("edges.ckpt");
    ImageFile.write(Samples.edges(), edges, -1L);  // created_ns printed signed, and read back so
    roundTrips(edges);
    Journal journal = new Journal();
    Path journalImage = dir.resolve("journal.ckpt");
    JournalImageDispatch.builder().alpha(new AlphaSubsystem(journal, 1)).beta(new BetaSubsystem(journal, 2))
        .gamma(new GammaSubsystem(journal, 3)).build().checkpoint(journalImage);
    roundTrips(journalImage);
    Path large = dir.resolve("large.ckpt");
    LargeImages.write(large);
    roundTrips(large);
    Path bulk = dir.resolve("bulk.ckpt");
    BulkImageDispatch.builder().memory(new MemorySubsystem(2)).build().checkpoint(bulk);
    roundTrips(bulk);
  }

  /**
   * Records a reader skips or keeps as bytes: a type the schema does not list, a record longer
   * than its struct (a newer writer's), and the records of every kind with random values.
   */
  @Test
  void randomValuesUnknownTypesAndExtraBytesRoundTrip(@TempDir Path dir) throws Exception {
    Path demo = dir.resolve("demo.ckpt");
    Main.dispatch(SampleContainer.demo()).checkpoint(demo);
    Path large = dir.resolve("large.ckpt");
    LargeImages.write(large);
    for (Path kind : List.of(demo, large)) {
      for (int seed = 1; seed <= 12; seed++) {
        Random rnd = new Random(seed * 31L + kind.hashCode());
        Path image = dir.resolve("random-" + seed + "-" + kind.getFileName());
        List<String> expected = new ArrayList<>();
        rewrite(kind, image, (w, layout) -> {
          GenericEncoder encoder = w.encoder;
          for (ImageLayout.Struct s : layout.structs()) {
            if (!s.isRecord()) {
              continue;
            }
            GenericRecord r = RandomRecords.of(layout, w.enums, s, rnd);
            ByteBuffer bytes = encoder.encode(r);
            StringBuilder json = new StringBuilder();
            r.json(json);
            expected.add(json.toString());
            if (rnd.nextInt(4) == 0) {  // a newer writer's record: bytes after what this layout knows
              bytes = withExtra(bytes, rnd.nextInt(17));
            }
            w.raw(bytes);
            if (rnd.nextInt(3) == 0) {
              byte[] payload = new byte[rnd.nextInt(40)];
              rnd.nextBytes(payload);
              w.raw(unknown(0x7000_0000 + rnd.nextInt(1000), payload));
            }
          }
        });
        roundTrips(image);
        // the values are those generated: random strings (escapes, non-ASCII, surrogate pairs) survive JSON
        List<String> read = new ArrayList<>();
        try (ImageReader r = ImageReader.open(image)) {
          r.verify();
          GenericDecoder d = new GenericDecoder(r.layout());
          for (RecordView v : r.records()) {
            if (r.layout().byType(v.type()) != null) {
              StringBuilder b = new StringBuilder();
              d.decode(v).json(b);
              read.add(b.toString());
            }
          }
        }
        assertEquals(expected, read.subList(read.size() - expected.size(), read.size()), "seed " + seed);
      }
    }
  }

  /** A random single edit of a record of the demo: diff names that record and member, and nothing else. */
  @Test
  void diffNamesExactlyWhatARandomEditChanged(@TempDir Path dir) throws Exception {
    Path demo = dir.resolve("demo.ckpt");
    Main.dispatch(SampleContainer.demo()).checkpoint(demo);
    assertEquals(0, ckpt("diff", demo.toString(), demo.toString()));
    assertEquals(0, ckpt("diff", "--json", demo.toString(), demo.toString()));
    assertEquals("{\"equal\":true,\"changes\":[]}\n", out);
    List<Leaf> leaves = new ArrayList<>();
    try (ImageReader r = ImageReader.open(demo)) {
      r.verify();
      GenericDecoder d = new GenericDecoder(r.layout());
      int i = 0;
      for (RecordView v : r.records()) {
        if (r.layout().byType(v.type()) != null) {
          GenericRecord g = d.decode(v);
          for (FieldEntry f : g.struct().fields()) {
            if (f.element() == FieldEntry.ELEMENT_INT && f.arity() == FieldEntry.ARITY_ONE) {
              leaves.add(new Leaf(i, f.name(), (Long) g.get(f.name())));
            }
          }
        }
        i++;
      }
    }
    Random rnd = new Random(17);
    for (int round = 0; round < 25; round++) {
      Leaf leaf = leaves.get(rnd.nextInt(leaves.size()));
      long changed = leaf.value() ^ 1;  // within any integer type
      Path edited = dir.resolve("edited-" + round + ".ckpt");
      rewriteRecords(demo, edited, (index, g) -> {
        if (index != leaf.record()) {
          return g;
        }
        Map<String, Object> values = new LinkedHashMap<>(g.values());
        values.put(leaf.member(), changed);
        return new GenericRecord(g.struct(), values);
      });
      assertEquals(1, ckpt("diff", "--ignore-time", demo.toString(), edited.toString()), err);
      List<String> lines = out.lines().toList();
      assertEquals(1, lines.size(), out);
      assertTrue(lines.get(0).startsWith("~ ") && lines.get(0).endsWith(" " + leaf.member() + ": "
          + Long.toUnsignedString(leaf.value()) + " -> " + Long.toUnsignedString(changed)), lines.get(0));
      assertEquals(1, ckpt("diff", "--json", "--ignore-time", demo.toString(), edited.toString()));
      assertTrue(out.startsWith("{\"equal\":false,\"changes\":[\n{\"kind\":\"changed\"") && out.contains(
          "\"member\":\"" + leaf.member() + "\",\"a\":" + Long.toUnsignedString(leaf.value())), out);
    }

    // a record dropped and one added, through the JSON: - and + lines; a header that differs
    assertEquals(0, ckpt("dump", "--json", demo.toString()));
    List<String> json = new ArrayList<>(out.lines().toList());
    int task = indexOf(json, "\"struct\":\"ckpt_hdr_task_section\"");
    String taskLine = json.get(task).replaceFirst(",$", "");
    json.remove(task);
    int uts = indexOf(json, "\"subsystem\":\"uts\"");
    json.add(uts + 1, taskLine + ",");  // the task state, moved to the uts section
    // the image's version only: the schema entries on the same line keep theirs
    int version = org.ckptgen.example.container.ContainerImageSchema.VERSION;
    assertTrue(json.get(0).startsWith("{\"image\":{\"name\":\"container\",\"version\":" + version + ","), json.get(0));
    json.set(0, json.get(0).replaceFirst("\"version\":" + version + ",", "\"version\":" + (version + 1) + ","));
    Path file = dir.resolve("edited.json");
    Files.write(file, json);
    Path edited = dir.resolve("edited.ckpt");
    assertEquals(0, ckpt("encode", file.toString(), edited.toString()), err);
    assertEquals(1, ckpt("diff", "--ignore-time", demo.toString(), edited.toString()));
    assertTrue(out.contains("header version: " + version + " -> " + (version + 1) + "\n"), out);
    assertTrue(out.matches("(?s).*\n- task ckpt_hdr_task_section #1 at \\d+\n.*"), out);
    assertTrue(out.matches("(?s).*\n\\+ uts ckpt_hdr_task_section #1 at \\d+\n.*"), out);
    assertFalse(out.contains("~ cred"), "nothing else changed: " + out);

    // a bad image is its own exit code, not "they differ"
    byte[] bad = Files.readAllBytes(edited);
    bad[bad.length - 60] ^= 1;
    Files.write(edited, bad);
    assertEquals(5, ckpt("diff", demo.toString(), edited.toString()));
    assertEquals(1, err.lines().count(), err);
    assertTrue(err.startsWith("ckpt: " + edited + ": at offset "), err);
  }

  private static int indexOf(List<String> lines, String needle) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(needle)) {
        return i;
      }
    }
    throw new AssertionError("no line with " + needle);
  }

  private record Leaf(int record, String member, long value) {}

  /** JSON nobody wrote by hand: each random damage is exit 1 and one line naming line and column, or a valid image. */
  @Test
  void damagedJsonIsOneLineWithWhereOrAValidImage(@TempDir Path dir) throws Exception {
    Path demo = dir.resolve("demo.ckpt");
    Main.dispatch(SampleContainer.demo()).checkpoint(demo);
    assertEquals(0, ckpt("dump", "--json", demo.toString()));
    String json = out;
    Random rnd = new Random(4);
    String[] junk = {"", "0", "-1", "1e3", "99999999999999999999999", "\"x\"", "null", "[]", "{}", "true", ",", "\"\\u0000\"",
        "\"\\ud800\"", "1.5", "\"zz\""};
    int valid = 0;
    for (int round = 0; round < 300; round++) {
      StringBuilder b = new StringBuilder(json);
      int at = rnd.nextInt(b.length());
      switch (rnd.nextInt(4)) {
        case 0 -> b.setLength(at);                                        // truncated
        case 1 -> b.deleteCharAt(at);
        case 2 -> b.insert(at, junk[rnd.nextInt(junk.length)]);
        default -> {                                                      // a value replaced
          int colon = b.indexOf(":", at);
          int end = colon < 0 ? -1 : indexOfAny(b, colon + 1);
          if (end < 0) {
            continue;
          }
          b.replace(colon + 1, end, junk[rnd.nextInt(junk.length)]);
        }
      }
      Path file = dir.resolve("damaged.json");
      Files.writeString(file, b);
      Path target = dir.resolve("damaged-" + round + ".ckpt");
      int code = ckpt("encode", file.toString(), target.toString());
      assertTrue(code == 0 || code == 1, "round " + round + ": exit " + code + ": " + err);
      if (code == 0) {
        valid++;
        // what encode wrote reads back record by record; as a checkpoint it may still be refused, in one line
        assertEquals(0, ckpt("dump", target.toString()), err);
        int verdict = ckpt("verify", target.toString());
        assertTrue(verdict == 0 || (verdict == 1 && err.lines().count() == 1
            && err.startsWith("ckpt: " + target + ": at offset ")), "round " + round + ": " + err);
      } else {
        assertEquals(1, err.lines().count(), "round " + round + ": " + err);
        assertTrue(err.startsWith("ckpt: " + file + ": line "), "round " + round + ": " + err);
        assertFalse(err.contains("Exception") || err.contains("\tat ") || err.contains("jackson"), err);
        assertFalse(Files.exists(target), "no image from bad JSON");
      }
    }
    assertTrue(valid < 150, "most damage is caught: " + valid + " of 300 encoded");
  }

  private static int indexOfAny(StringBuilder b, int from) {
    for (int i = from; i < b.length(); i++) {
      char c = b.charAt(i);
      if (c == ',' || c == '}' || c == ']') {
        return i;
      }
    }
    return -1;
  }

  @Test
  void badValuesNameTheMemberAndItsBound(@TempDir Path dir) throws Exception {
    Path demo = dir.resolve("demo.ckpt");
    Main.dispatch(SampleContainer.demo()).checkpoint(demo);
    assertEquals(0, ckpt("dump", "--json", demo.toString()));
    String json = out;
    String[][] cases = {
      {"\"groups\":[24,1000]", "\"groups\":[1000,24]", "records[", "groups is sorted"},
      {"\"uid\":1000,", "\"uid\":-1,", ".uid", "out of the range of a __u32"},
      {"\"uid\":1000,", "\"uid\":\"1000\",", ".uid", "must be an integer"},
      {"\"uid\":1000,", "\"uid\":1000,\"nosuch\":1,", ".nosuch", "has no such member"},
      {"\"uid\":1000,", "", ".uid", "is missing"},
      {"\"format\":1", "\"format\":2", "image.format", "this ckpt writes format 1"},
      {"\"struct\":\"ckpt_hdr_cred\"", "\"struct\":\"ckpt_hdr_user\"", ".struct", "is ckpt_hdr_cred"},
    };
    for (String[] c : cases) {
      assertTrue(json.contains(c[0]), c[0]);
      Path file = dir.resolve("bad.json");
      Files.writeString(file, json.replaceFirst(java.util.regex.Pattern.quote(c[0]), java.util.regex.Matcher.quoteReplacement(c[1])));
      assertEquals(1, ckpt("encode", file.toString(), dir.resolve("bad.ckpt").toString()), c[1]);
      assertTrue(err.matches("ckpt: " + java.util.regex.Pattern.quote(file.toString()) + ": line \\d+, column \\d+: .*\n"), err);
      assertTrue(err.contains(c[2]) && err.contains(c[3]), c[1] + ": " + err);
    }
  }

  // Writing test images record by record, as a forger would.

  /** Writes an image with {@code from}'s header and tables and the records {@code body} gives. */
  private static void rewrite(Path from, Path to, java.util.function.BiConsumer<Raw, ImageLayout> body) throws Exception {
    try (ImageReader r = ImageReader.open(from);
        FileChannel ch = FileChannel.open(to, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.WRITE)) {
      r.verify();
      ImageWriter w = new ImageWriter(ch, r.header(), r.fields(), r.enums());
      Raw raw = new Raw(w, new GenericEncoder(r.layout(), r.enums()), r.enums().values());
      raw.raw(section("random"));
      body.accept(raw, r.layout());
      w.finish();
    }
  }

  /** {@code from} with each record the schema describes passed through {@code edit} and encoded again. */
  private static void rewriteRecords(Path from, Path to, RecordEdit edit) throws Exception {
    try (ImageReader r = ImageReader.open(from);
        FileChannel ch = FileChannel.open(to, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.WRITE)) {
      r.verify();
      ImageWriter w = new ImageWriter(ch, r.header(), r.fields(), r.enums());
      GenericDecoder d = new GenericDecoder(r.layout());
      GenericEncoder e = new GenericEncoder(r.layout(), r.enums());
      int i = 0;
      for (RecordView v : r.records()) {
        if (r.layout().byType(v.type()) != null) {
          w.writeRaw(e.encode(edit.edit(i, d.decode(v))));
        } else {
          w.writeRaw(v.bytes());
        }
        i++;
      }
      w.finish();
    }
  }

  interface RecordEdit {
    GenericRecord edit(int index, GenericRecord record);
  }

  /** An image writer taking whole records, for the lambdas above. */
  private static final class Raw {
    final ImageWriter writer;
    final GenericEncoder encoder;
    final EnumValue[] enums;

    Raw(ImageWriter writer, GenericEncoder encoder, EnumValue[] enums) {
      this.writer = writer;
      this.encoder = encoder;
      this.enums = enums;
    }

    void raw(ByteBuffer record) {
      try {
        writer.writeRaw(record);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  private static ByteBuffer section(String name) {
    ByteBuffer b = ByteBuffer.allocate(40);
    org.ckptgen.image.SectionCodec.INSTANCE.encode(new org.ckptgen.image.Section(name), b, 0);
    return b;
  }

  private static ByteBuffer withExtra(ByteBuffer record, int extra) {
    ByteBuffer b = ByteBuffer.allocate(record.remaining() + extra);
    b.put(record.duplicate());
    for (int i = record.remaining(); i < b.capacity(); i++) {
      b.put(i, (byte) (i * 7 + 1));
    }
    LittleEndian.putInt(b, 4, b.capacity());
    return b.flip().position(0).limit(b.capacity());
  }

  private static ByteBuffer unknown(int type, byte[] payload) {
    ByteBuffer b = ByteBuffer.allocate(8 + payload.length);
    LittleEndian.putInt(b, 0, type);
    LittleEndian.putInt(b, 4, b.capacity());
    b.put(8, payload);
    return b;
  }

  /** Random values for every member of a struct, within each member's C type and bound. */
  static final class RandomRecords {
    private static final String[] PIECES = {"a", "Z", "0", " ", "\"", "\\", "/", "\n", "\t", "\u0001", "\u001f", "é",
        "ß", "€", "中", "\u2028", "😀", "\ud834\udd1e", "{", "}", ",", ":"};

    static GenericRecord of(ImageLayout layout, EnumValue[] enums, ImageLayout.Struct s, Random rnd) {
      Map<String, Object> values = new LinkedHashMap<>();
      for (FieldEntry f : s.fields()) {
        values.put(f.name(), member(layout, enums, f, rnd));
      }
      return new GenericRecord(s, values);
    }

    private static Object member(ImageLayout layout, EnumValue[] enums, FieldEntry f, Random rnd) {
      long bound = Integer.toUnsignedLong(f.length());
      boolean variable = f.arity() == FieldEntry.ARITY_VARIABLE;
      if (f.element() == FieldEntry.ELEMENT_CHAR) {
        return text(rnd, (int) Math.min(variable ? bound : bound - 1, 80));
      }
      if (f.element() == FieldEntry.ELEMENT_BYTE) {
        byte[] b = new byte[variable ? rnd.nextInt((int) Math.min(bound, 300) + 1) : (int) bound];
        rnd.nextBytes(b);
        return ByteBuffer.wrap(b);
      }
      if (f.arity() == FieldEntry.ARITY_ONE) {
        return one(layout, enums, f, rnd);
      }
      int n = variable ? rnd.nextInt((int) Math.min(bound, 6) + 1) : (int) bound;
      switch (f.element()) {
        case FieldEntry.ELEMENT_BOOL: {
          boolean[] a = new boolean[n];
          for (int i = 0; i < n; i++) {
            a[i] = rnd.nextBoolean();
          }
          return a;
        }
        case FieldEntry.ELEMENT_ENUM: {
          String[] a = new String[n];
          for (int i = 0; i < n; i++) {
            a[i] = (String) one(layout, enums, f, rnd);
          }
          return a;
        }
        case FieldEntry.ELEMENT_STRUCT: {
          GenericRecord[] a = new GenericRecord[n];
          for (int i = 0; i < n; i++) {
            a[i] = (GenericRecord) one(layout, enums, f, rnd);
          }
          return a;
        }
        default: {
          long[] a = new long[n];
          for (int i = 0; i < n; i++) {
            a[i] = (Long) one(layout, enums, f, rnd);
          }
          if ((f.flags() & FieldEntry.FLAG_SORTED) != 0) {
            if ((f.flags() & FieldEntry.FLAG_SIGNED) != 0 || f.element() == FieldEntry.ELEMENT_OBJREF) {
              Arrays.sort(a);
            } else {
              a = Arrays.stream(a).boxed().sorted(Long::compareUnsigned).mapToLong(Long::longValue).toArray();
            }
          }
          return a;
        }
      }
    }

    private static Object one(ImageLayout layout, EnumValue[] enums, FieldEntry f, Random rnd) {
      switch (f.element()) {
        case FieldEntry.ELEMENT_BOOL:
          return rnd.nextBoolean();
        case FieldEntry.ELEMENT_ENUM: {
          List<String> names = Arrays.stream(enums).filter(e -> e.enumId() == f.ref()).map(EnumValue::name).toList();
          return names.get(rnd.nextInt(names.size()));
        }
        case FieldEntry.ELEMENT_STRUCT:
          return of(layout, enums, layout.structs().get(f.ref()), rnd);
        case FieldEntry.ELEMENT_OBJREF:
          return (long) rnd.nextInt(Integer.MAX_VALUE);
        default: {
          int bits = 8 * Short.toUnsignedInt(f.elementSize());
          long v = edgy(rnd);
          if (bits == 64) {
            return v;
          }
          v &= (1L << bits) - 1;
          return (f.flags() & FieldEntry.FLAG_SIGNED) != 0 ? v << (64 - bits) >> (64 - bits) : v;
        }
      }
    }

    /** Mostly the edges: 0, -1, the extremes, and random bits. */
    private static long edgy(Random rnd) {
      return switch (rnd.nextInt(6)) {
        case 0 -> 0;
        case 1 -> -1;
        case 2 -> Long.MAX_VALUE;
        case 3 -> Long.MIN_VALUE;
        default -> rnd.nextLong();
      };
    }

    private static String text(Random rnd, int maxBytes) {
      StringBuilder b = new StringBuilder();
      int bytes = 0;
      int want = rnd.nextInt(maxBytes + 1);
      while (true) {
        String piece = PIECES[rnd.nextInt(PIECES.length)];
        int n = piece.getBytes(StandardCharsets.UTF_8).length;
        if (bytes + n > want) {
          return b.toString();
        }
        b.append(piece);
        bytes += n;
      }
    }
  }

}
