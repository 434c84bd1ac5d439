package org.ckptgen.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ckptgen.image.EnumValue;
import org.ckptgen.image.FieldEntry;
import org.ckptgen.image.GenericRecord;
import org.ckptgen.image.ImageHeader;
import org.ckptgen.image.ImageLayout;
import org.ckptgen.image.ImageWriter;
import org.ckptgen.image.SchemaEntry;
import org.ckptgen.image.SchemaEnums;
import org.ckptgen.image.SchemaFields;
import org.ckptgen.image.tools.GenericEncoder;
import org.ckptgen.runtime.LittleEndian;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * encode and diff on an image whose tables are written by hand, as a forger or another build
 * would: a record of an older version (shorter than its struct), enums, a nested struct, a sorted
 * array, a string and bytes; and two builds whose structs differ by a member.
 */
class EncodeDiffTest {
  private String out;
  private String err;

  private int ckpt(String... args) {
    Ckpt.Captured run = Ckpt.capture(args);
    out = run.out();
    err = run.err();
    return run.exit();
  }

  private static final int HEADER = 0;
  private static final int FIELD = 1;
  private static final int COUNT = 2;
  private static final int PAD = 3;

  private static FieldEntry f(int owner, int role, int element, int arity, int flags, int size, int offset, int length,
      int ref, int since, String name) {
    return FieldEntry.of(owner, role, element, arity, flags, size, offset, length, ref, since, name);
  }

  /**
   * 0 ckpt_pair (value): u16 x, bool on, pad 1, enum colour (u32).
   * 1 ckpt_hdr_v (0x100, version 2, shared: ckpt_hdr_all refers to it): u32 a, pad 4, then s64 b since version 2.
   * 2 ckpt_hdr_all (0x101): char name[16], objref ref, pad 4, pair p, u32 arr[3], count, u64 vals[] sorted (max 16).
   * 3 ckpt_hdr_text (0x102): count, pad 4, char label[] (max 64); with {@code extraMember}, a u32 more before it.
   */
  private static Object[] tables(boolean extraMember) {
    SchemaEntry[] schema = {
      new SchemaEntry(0, 8, 1, 0, "ckpt_pair"),
      new SchemaEntry(0x100, 24, 2, SchemaEntry.SHARED, "ckpt_hdr_v"),
      new SchemaEntry(0x101, 56, 1, 2, "ckpt_hdr_all"),
      new SchemaEntry(0x102, extraMember ? 24 : 16, 1, 2, "ckpt_hdr_text"),
    };
    java.util.List<FieldEntry> fields = new java.util.ArrayList<>(java.util.List.of(
        f(0, FIELD, FieldEntry.ELEMENT_INT, 0, 0, 2, 0, 1, 0, 1, "x"),
        f(0, FIELD, FieldEntry.ELEMENT_BOOL, 0, 0, 1, 2, 1, 0, 1, "on"),
        f(0, PAD, FieldEntry.ELEMENT_BYTE, 1, 0, 1, 3, 1, 0, 1, "__pad1"),
        f(0, FIELD, FieldEntry.ELEMENT_ENUM, 0, 0, 4, 4, 1, 0, 1, "colour"),
        f(1, HEADER, 0, 0, 0, 8, 0, 1, 0, 1, "h"),
        f(1, FIELD, FieldEntry.ELEMENT_INT, 0, 0, 4, 8, 1, 0, 1, "a"),
        f(1, PAD, FieldEntry.ELEMENT_BYTE, 1, 0, 1, 12, 4, 0, 1, "__pad1"),
        f(1, FIELD, FieldEntry.ELEMENT_INT, 0, FieldEntry.FLAG_SIGNED, 8, 16, 1, 0, 2, "b"),
        f(2, HEADER, 0, 0, 0, 8, 0, 1, 0, 1, "h"),
        f(2, FIELD, FieldEntry.ELEMENT_CHAR, 1, 0, 1, 8, 16, 0, 1, "name"),
        f(2, FIELD, FieldEntry.ELEMENT_OBJREF, 0, 0, 4, 24, 1, 0x100, 1, "ref"),
        f(2, PAD, FieldEntry.ELEMENT_BYTE, 1, 0, 1, 28, 4, 0, 1, "__pad1"),
        f(2, FIELD, FieldEntry.ELEMENT_STRUCT, 0, 0, 8, 32, 1, 0, 1, "p"),
        f(2, FIELD, FieldEntry.ELEMENT_INT, 1, 0, 4, 40, 3, 0, 1, "arr"),
        f(2, COUNT, FieldEntry.ELEMENT_INT, 0, 0, 4, 52, 1, 0, 1, "nvals"),
        f(2, FIELD, FieldEntry.ELEMENT_INT, 2, FieldEntry.FLAG_SORTED, 8, 56, 16, 0, 1, "vals"),
        f(3, HEADER, 0, 0, 0, 8, 0, 1, 0, 1, "h")));
    if (extraMember) {
      fields.add(f(3, FIELD, FieldEntry.ELEMENT_INT, 0, 0, 4, 8, 1, 0, 1, "mode"));
      fields.add(f(3, PAD, FieldEntry.ELEMENT_BYTE, 1, 0, 1, 12, 4, 0, 1, "__pad1"));
      fields.add(f(3, COUNT, FieldEntry.ELEMENT_INT, 0, 0, 4, 16, 1, 0, 1, "label_len"));
      fields.add(f(3, PAD, FieldEntry.ELEMENT_BYTE, 1, 0, 1, 20, 4, 0, 1, "__pad2"));
      fields.add(f(3, FIELD, FieldEntry.ELEMENT_CHAR, 2, 0, 1, 24, 64, 0, 1, "label"));
    } else {
      fields.add(f(3, COUNT, FieldEntry.ELEMENT_INT, 0, 0, 4, 8, 1, 0, 1, "label_len"));
      fields.add(f(3, PAD, FieldEntry.ELEMENT_BYTE, 1, 0, 1, 12, 4, 0, 1, "__pad1"));
      fields.add(f(3, FIELD, FieldEntry.ELEMENT_CHAR, 2, 0, 1, 16, 64, 0, 1, "label"));
    }
    EnumValue[] enums = {new EnumValue(0, 0, "RED"), new EnumValue(0, 1, "GREEN"), new EnumValue(0, 7, "BLUE")};
    return new Object[] {schema, new SchemaFields(fields.toArray(FieldEntry[]::new)), new SchemaEnums(enums)};
  }

  private static Path write(Path file, boolean extraMember, long b, String label) throws Exception {
    Object[] t = tables(extraMember);
    ImageHeader header = ImageHeader.of("forged", 1, extraMember ? 2L : 1L, (SchemaEntry[]) t[0], 5L);
    SchemaFields fields = (SchemaFields) t[1];
    SchemaEnums enums = (SchemaEnums) t[2];
    ImageLayout layout = ImageLayout.of(header, fields, 0, enums, 0);
    GenericEncoder enc = new GenericEncoder(layout, enums);
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
        StandardOpenOption.WRITE)) {
      ImageWriter w = new ImageWriter(ch, header, fields, enums);
      w.beginSection("forged");
      ImageLayout.Struct v = layout.byType(0x100);
      w.writeRaw(enc.encode(record(v, "a", 7L, "b", b)));
      w.writeRaw(enc.encode(record(v, "a", 8L, "b", 0L), 1));  // an older writer's: 16 bytes, no b
      GenericRecord pair = record(layout.structs().get(0), "x", 65535L, "on", true, "colour", "BLUE");
      w.writeRaw(enc.encode(record(layout.byType(0x101), "name", "caf\u00e9", "ref", 1L, "p", pair,
          "arr", new long[] {1, 2, 3}, "vals", new long[] {5, -1})));  // -1: a __u64 above 2^63, sorted unsigned
      Map<String, Object> text = new LinkedHashMap<>();
      if (extraMember) {
        text.put("mode", 420L);
      }
      text.put("label", label);
      w.writeRaw(enc.encode(new GenericRecord(layout.byType(0x102), text)));
      w.finish();
    }
    return file;
  }

  private static GenericRecord record(ImageLayout.Struct s, Object... kv) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      values.put((String) kv[i], kv[i + 1]);
    }
    return new GenericRecord(s, values);
  }

  @Test
  void anOlderVersionsRecordAndEveryKindRoundTripByteForByte(@TempDir Path dir) throws Exception {
    Path image = write(dir.resolve("forged.ckpt"), false, -5L, "system_u:object_r:x");
    assertEquals(0, ckpt("dump", "--json", image.toString()), err);
    String json = out;
    assertTrue(json.contains("\"struct\":\"ckpt_hdr_v\",\"value\":{\"a\":8,\"b\":0},\"version\":1}"), json);
    assertTrue(json.contains("\"vals\":[5,18446744073709551615]"), json);
    assertTrue(json.contains("\"p\":{\"x\":65535,\"on\":true,\"colour\":\"BLUE\"}"), json);
    Path file = dir.resolve("forged.json");
    Files.writeString(file, json);
    Path again = dir.resolve("again.ckpt");
    assertEquals(0, ckpt("encode", file.toString(), again.toString()), err);
    assertArrayEquals(Files.readAllBytes(image), Files.readAllBytes(again));

    // a value that a record of version 1 cannot hold, an unknown enum constant, a u16 too big, an unsorted array
    String[][] bad = {
      {"\"a\":8,\"b\":0}", "\"a\":8,\"b\":3}", "does not read back as given"},
      {"\"colour\":\"BLUE\"", "\"colour\":\"PURPLE\"", "\"PURPLE\", which is no constant of its enum"},
      {"\"x\":65535", "\"x\":65536", "out of the range of a __u16 (0 to 65535)"},
      {"[5,18446744073709551615]", "[18446744073709551615,5]", "vals is sorted, but element 1"},
      {"[5,18446744073709551615]", "[5,18446744073709551616]", "out of the range of a __u64"},
      {"\"arr\":[1,2,3]", "\"arr\":[1,2]", "has 2 elements; it must have exactly 3"},
      {"\"caf\u00e9\"", "\"" + "\u00e9".repeat(8) + "\"", "16 bytes of UTF-8; at most 15 fit"},
      {"\"b\":0},\"version\":1", "\"b\":0},\"version\":3", "has versions 1 to 2, not 3"},
      {"{\"enum_id\":0,\"code\":7,\"name\":\"BLUE\"}", "{\"enum_id\":0,\"code\":7,\"name\":\"BLUE\"},\n"
          + "{\"enum_id\":0,\"code\":9,\"name\":\"BLUE\"}", "gives to two codes"},
    };
    for (String[] b : bad) {
      assertTrue(json.contains(b[0]), b[0]);
      Files.writeString(file, json.replace(b[0], b[1]));
      assertEquals(1, ckpt("encode", file.toString(), again.toString()), b[1]);
      assertTrue(err.contains(b[2]) && err.startsWith("ckpt: " + file + ": line "), b[1] + ": " + err);
    }
    assertThrows(IllegalArgumentException.class, () -> new GenericEncoder(null, new SchemaEnums(new EnumValue[0]))
        .checkMember(f(0, FIELD, FieldEntry.ELEMENT_OBJREF, 0, 0, 4, 0, 1, 0, 1, "r"), -1L, "r"));
  }

  /**
   * A dump whose own tables declare a struct past 1 MiB of fixed part (a few bytes of JSON that
   * would make a record of that size each) is refused before any record is made, one line.
   */
  @Test
  void aStructPastOneMibOfFixedPartIsRefusedBeforeAnyRecord(@TempDir Path dir) throws Exception {
    Path image = write(dir.resolve("forged.ckpt"), false, -5L, "one");
    assertEquals(0, ckpt("dump", "--json", image.toString()), err);
    String json = out;
    String entry = "\"type\":258,\"size\":16,";
    assertTrue(json.contains(entry), json);
    Path file = dir.resolve("big.json");
    for (long size : new long[] {1048584L, 1L << 30, 2147483640L}) {
      Files.writeString(file, json.replace(entry, "\"type\":258,\"size\":" + size + ","));
      Path again = dir.resolve("again.ckpt");
      assertEquals(1, ckpt("encode", file.toString(), again.toString()), size + ": " + err);
      assertTrue(err.contains("size " + size + " is not a multiple of 8 from 8 to 1048576"), size + ": " + err);
      assertEquals(1, err.lines().count(), err);
      assertTrue(!Files.exists(again), size + ": nothing written");
    }
  }

  @Test
  void diffComparesMembersByNameAcrossBuilds(@TempDir Path dir) throws Exception {
    Path a = write(dir.resolve("a.ckpt"), false, -5L, "one");
    Path b = write(dir.resolve("b.ckpt"), true, -6L, "two");
    assertEquals(1, ckpt("diff", a.toString(), b.toString()), err);
    assertEquals(String.join("\n",
        "header fingerprint: \"0x0000000000000001\" -> \"0x0000000000000002\"",
        "header schema.ckpt_hdr_text: {\"type\":258,\"size\":16,\"version\":1,\"flags\":2,\"name\":\"ckpt_hdr_text\"}"
            + " -> {\"type\":258,\"size\":24,\"version\":1,\"flags\":2,\"name\":\"ckpt_hdr_text\"}",
        "~ forged ckpt_hdr_v #1 b: -5 -> -6",
        "~ forged ckpt_hdr_text #1 label: \"one\" -> \"two\"",
        "~ forged ckpt_hdr_text #1 mode: (none) -> 420", ""), out);
    assertEquals(1, ckpt("diff", "--json", a.toString(), b.toString()));
    assertTrue(out.contains("{\"kind\":\"changed\",\"section\":\"forged\",\"key\":\"ckpt_hdr_v #1\",\"struct\":\"ckpt_hdr_v\","
        + "\"offset_a\":"), out);
    assertTrue(out.contains("\"member\":\"mode\",\"a\":null,\"b\":420}"), out);
    assertEquals(0, ckpt("diff", a.toString(), a.toString()));
    assertEquals("", out);
    // a fault of either image is exit 5 and names that image, a fault of its header too
    Path cut = dir.resolve("cut.ckpt");
    Files.write(cut, java.util.Arrays.copyOf(Files.readAllBytes(b), 50));
    assertEquals(5, ckpt("diff", a.toString(), cut.toString()));
    assertTrue(err.startsWith("ckpt: " + cut + ": at offset "), err);
    assertEquals(5, ckpt("diff", cut.toString(), a.toString()));
    assertTrue(err.startsWith("ckpt: " + cut + ": at offset "), err);
    assertEquals(3, ckpt("diff", a.toString(), dir.resolve("missing.ckpt").toString()));
    assertEquals("ckpt: " + dir.resolve("missing.ckpt") + ": no such file\n", err);
  }

  /** Text that is not a dump, or not JSON at all: one line with the line and column, in words (no parser's names). */
  @Test
  void notJsonIsOneLineWithWhere(@TempDir Path dir) throws Exception {
    byte[][] inputs = {
      new byte[0], "[".getBytes(), ("{\"image\":" + "[".repeat(1000)).getBytes(), "{\"a\":1}".getBytes(),
      "{\"image\":{".getBytes(), {(byte) 0xff, (byte) 0xfe, 0, 0x7b}, {0x7b, (byte) 0xc3, 0x28}, "{} {}".getBytes(),
      "{\"image\":{},\"image\":{}}".getBytes(), "{\"records\":[]}".getBytes(), "{\"image\":1e400}".getBytes(),
    };
    Path file = dir.resolve("in.json");
    for (byte[] input : inputs) {
      Files.write(file, input);
      String what = new String(input, java.nio.charset.StandardCharsets.ISO_8859_1);
      assertEquals(1, ckpt("encode", file.toString(), dir.resolve("out.ckpt").toString()), what + ": " + err);
      assertEquals(1, err.lines().count(), what + ": " + err);
      assertTrue(err.startsWith("ckpt: " + file + ": line "), what + ": " + err);
      for (String name : new String[] {"`", "Source", "Exception", "jackson", "StreamRead"}) {
        assertTrue(!err.contains(name), what + ": " + err);
      }
      assertTrue(!Files.exists(dir.resolve("out.ckpt")), what);
    }
  }

  @Test
  void aVarStringIsItsBytesThenANul() throws Exception {
    Object[] t = tables(false);
    ImageHeader header = ImageHeader.of("forged", 1, 1L, (SchemaEntry[]) t[0], 5L);
    ImageLayout layout = ImageLayout.of(header, (SchemaFields) t[1], 0, (SchemaEnums) t[2], 0);
    ByteBuffer b = new GenericEncoder(layout, (SchemaEnums) t[2]).encode(record(layout.byType(0x102), "label", "xy"));
    assertEquals(16 + 3, b.remaining(), "the fixed part, two bytes and the NUL");
    assertEquals(2, LittleEndian.getInt(b, 8), "the count, bytes without the NUL");
    assertEquals(19, LittleEndian.getInt(b, 4), "len");
    assertEquals(0, b.get(18));
  }
}
