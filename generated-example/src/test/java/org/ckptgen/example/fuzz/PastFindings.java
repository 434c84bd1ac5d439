package org.ckptgen.example.fuzz;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.ckptgen.image.FieldEntry;
import org.ckptgen.image.ImageHeader;
import org.ckptgen.image.ImageReader;
import org.ckptgen.image.ImageWriter;
import org.ckptgen.image.RecordView;
import org.ckptgen.image.SchemaEntry;
import org.ckptgen.image.SchemaFields;

/**
 * The forged-table images of issue 12's report, made again from the container image of
 * {@code seed-own}: tables that lie, with the records left as they were (or one record added).
 * They failed before the table rules (GenericDecoder, ImageLayout, IdRemap: an OOM, a stack
 * overflow, an IndexOutOfBounds, two-line messages); the table rules refuse them now, and they are
 * in the wholeImage corpora as {@code finding-*}. Writes them into DIR and prints how each fuzz
 * test ends on each (after a format change, make them again and copy them over).
 *
 * <pre>mvn -B -q test-compile exec:java -pl generated-example -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.ckptgen.example.fuzz.PastFindings -Dexec.args=../fuzz-findings</pre>
 */
public final class PastFindings {
  private PastFindings() {}

  public static void main(String[] args) throws Exception {
    Path dir = Files.createDirectories(Path.of(args[0]));
    byte[] own = Corpus.seeds().get("seed-own");
    Map<String, byte[]> forged = new LinkedHashMap<>();
    forged.put("uid-flag-on-char-array", edit(own, t -> t.flag("ckpt_hdr_utsns", "domainname", FieldEntry.FLAG_UID)));
    forged.put("bound-0x80000000", edit(own, t -> t.length("ckpt_hdr_groupinfo", "groups", 0x80000000)));
    forged.put("bound-0x80000000-bytes", edit(own, t -> t.length("ckpt_hdr_memory_page", "data", 0x80000000)));
    forged.put("later-version-default-1gib", edit(own, t -> t.laterVersionTail("ckpt_hdr_utsns", 1 << 30)));
    forged.put("nested-1500", edit(own, t -> t.nested(1500)));
    forged.put("quadratic-20000-members", edit(own, t -> t.wide(20000)));
    forged.put("member-name-with-newline", edit(own, t -> t.rename("ckpt_hdr_utsns", "domainname", "do\nmain")
        .poke(0x106, 333 + 64, (byte) 'x')));
    forged.put("sorted-flag-stripped", edit(own, t -> t.flag("ckpt_hdr_groupinfo", "groups", -FieldEntry.FLAG_SORTED)));
    forged.put("uid-flags-stripped", edit(own, t -> t.flag("ckpt_hdr_cred", "uid", -FieldEntry.FLAG_UID)));
    for (Map.Entry<String, byte[]> f : forged.entrySet()) {
      Files.write(dir.resolve(f.getKey()), f.getValue());
    }
    // on a stack of the fuzz execution's size (-Xss1m), where a recursion without bound overflows
    Thread t = new Thread(null, () -> {
      for (Map.Entry<String, byte[]> f : forged.entrySet()) {
        System.out.println(f.getKey() + " (" + f.getValue().length + " bytes):");
        for (String test : List.of("GenericReaderFuzzTest", "ImageStreamFuzzTest", "TypedReaderFuzzTest",
            "RestoreFuzzTest", "RemapFuzzTest")) {
          long start = System.nanoTime();
          String outcome = Minimize.outcome(test, f.getValue());
          System.out.printf("  %s: %s (%d ms)%n", test, outcome, (System.nanoTime() - start) / 1_000_000);
        }
      }
    }, "past-findings", 1 << 20);
    t.start();
    t.join();
  }

  /** An image's tables, to be edited, and its records after them, kept. */
  private static final class Tables {
    ImageHeader header;
    List<SchemaEntry> schema;
    List<FieldEntry> fields;
    org.ckptgen.image.SchemaEnums enums;
    final List<ByteBuffer> records = new ArrayList<>();

    int struct(String name) {
      for (int i = 0; i < schema.size(); i++) {
        if (schema.get(i).name().equals(name)) {
          return i;
        }
      }
      throw new IllegalArgumentException(name);
    }

    int member(String struct, String name) {
      int s = struct(struct);
      for (int i = 0; i < fields.size(); i++) {
        if (fields.get(i).owner() == s && fields.get(i).name().equals(name)) {
          return i;
        }
      }
      throw new IllegalArgumentException(struct + "." + name);
    }

    /** Adds the flag {@code flag}, or takes it away if negative. */
    Tables flag(String struct, String name, int flag) {
      int i = member(struct, name);
      FieldEntry f = fields.get(i);
      int flags = flag > 0 ? f.flags() | flag : f.flags() & ~-flag;
      fields.set(i, new FieldEntry(f.owner(), f.role(), f.element(), f.arity(), (byte) flags, f.elementSize(),
          f.offset(), f.length(), f.ref(), f.since(), f.name()));
      return this;
    }

    Tables rename(String struct, String name, String to) {
      int i = member(struct, name);
      FieldEntry f = fields.get(i);
      fields.set(i, new FieldEntry(f.owner(), f.role(), f.element(), f.arity(), f.flags(), f.elementSize(),
          f.offset(), f.length(), f.ref(), f.since(), to));
      return this;
    }

    /** Sets byte {@code at} of the first record of type {@code type}. */
    Tables poke(int type, int at, byte value) {
      for (ByteBuffer r : records) {
        if (r.getInt(0) == Integer.reverseBytes(type)) {
          r.put(at, value);
          return this;
        }
      }
      throw new IllegalArgumentException("no record of type " + type);
    }

    Tables length(String struct, String name, int length) {
      int i = member(struct, name);
      FieldEntry f = fields.get(i);
      fields.set(i, new FieldEntry(f.owner(), f.role(), f.element(), f.arity(), f.flags(), f.elementSize(),
          f.offset(), length, f.ref(), f.since(), f.name()));
      return this;
    }

    /**
     * The struct's last member (its trailing padding) becomes a byte array of version 2 that grows
     * the struct by {@code grow} bytes: the records, of the old size, are of version 1 and the
     * member takes its default.
     */
    Tables laterVersionTail(String struct, int grow) {
      int s = struct(struct);
      int last = -1;
      for (int i = 0; i < fields.size(); i++) {
        last = fields.get(i).owner() == s ? i : last;
      }
      FieldEntry f = fields.get(last);
      fields.set(last, new FieldEntry(f.owner(), (byte) FieldEntry.ROLE_FIELD, (byte) FieldEntry.ELEMENT_BYTE,
          (byte) FieldEntry.ARITY_FIXED, (byte) 0, (short) 1, f.offset(), f.length() + grow, 0, 2, "later"));
      SchemaEntry e = schema.get(s);
      schema.set(s, new SchemaEntry(e.type(), e.size() + grow, 2, e.flags(), e.name()));
      return this;
    }

    /**
     * {@code depth} value structs, each holding the one before (the first a u64), and a record
     * type 0x7000 holding the last, with one such record added.
     */
    Tables nested(int depth) {
      for (int k = 0; k < depth; k++) {
        int index = schema.size();
        schema.add(new SchemaEntry(0, 8, 1, 0, "ckpt_n" + k));
        fields.add(k == 0
            ? new FieldEntry((short) index, (byte) FieldEntry.ROLE_FIELD, (byte) FieldEntry.ELEMENT_INT,
                (byte) FieldEntry.ARITY_ONE, (byte) 0, (short) 8, 0, 1, 0, 1, "x")
            : new FieldEntry((short) index, (byte) FieldEntry.ROLE_FIELD, (byte) FieldEntry.ELEMENT_STRUCT,
                (byte) FieldEntry.ARITY_ONE, (byte) 0, (short) 8, 0, 1, index - 1, 1, "inner"));
      }
      int deepest = schema.size() - 1;
      int record = schema.size();
      schema.add(new SchemaEntry(0x7000, 16, 1, 0, "ckpt_hdr_deep"));
      fields.add(new FieldEntry((short) record, (byte) FieldEntry.ROLE_HEADER, (byte) FieldEntry.ELEMENT_HEADER,
          (byte) FieldEntry.ARITY_ONE, (byte) 0, (short) 8, 0, 1, 0, 1, "h"));
      fields.add(new FieldEntry((short) record, (byte) FieldEntry.ROLE_FIELD, (byte) FieldEntry.ELEMENT_STRUCT,
          (byte) FieldEntry.ARITY_ONE, (byte) 0, (short) 8, 8, 1, deepest, 1, "deep"));
      ByteBuffer deep = ByteBuffer.allocate(16).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(0, 0x7000).putInt(4, 16);
      records.add(records.size() - 1, deep);  // in the last section
      return this;
    }

    /** A record type 0x7001 of {@code n} one-byte members of version 2, and one such record added. */
    Tables wide(int n) {
      int record = schema.size();
      int size = (int) Seal.align8(8 + n);
      schema.add(new SchemaEntry(0x7001, size, 2, 0, "ckpt_hdr_wide"));
      fields.add(new FieldEntry((short) record, (byte) FieldEntry.ROLE_HEADER, (byte) FieldEntry.ELEMENT_HEADER,
          (byte) FieldEntry.ARITY_ONE, (byte) 0, (short) 8, 0, 1, 0, 1, "h"));
      for (int k = 0; k < n; k++) {
        fields.add(new FieldEntry((short) record, (byte) FieldEntry.ROLE_FIELD, (byte) FieldEntry.ELEMENT_INT,
            (byte) FieldEntry.ARITY_ONE, (byte) 0, (short) 1, 8 + k, 1, 0, 2, "m" + k));
      }
      if (size > 8 + n) {
        fields.add(new FieldEntry((short) record, (byte) FieldEntry.ROLE_PADDING, (byte) FieldEntry.ELEMENT_BYTE,
            (byte) FieldEntry.ARITY_FIXED, (byte) 0, (short) 1, 8 + n, size - 8 - n, 0, 2, "__pad1"));
      }
      ByteBuffer wide = ByteBuffer.allocate(size).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(0, 0x7001)
          .putInt(4, size);
      records.add(records.size() - 1, wide);
      return this;
    }
  }

  private static byte[] edit(byte[] image, UnaryOperator<Tables> edit) throws Exception {
    Tables t = new Tables();
    try (ImageReader r = ImageReader.open(Channels.newChannel(new ByteArrayInputStream(image)))) {
      r.verify();
      t.header = r.header();
      t.schema = new ArrayList<>(Arrays.asList(r.header().schema()));
      t.fields = new ArrayList<>(Arrays.asList(r.fields().fields()));
      t.enums = r.enums();
      for (RecordView v : r.records()) {
        ByteBuffer copy = ByteBuffer.allocate(v.length());
        copy.put(v.bytes()).flip();
        t.records.add(copy);
      }
    }
    edit.apply(t);
    ImageHeader h = t.header;
    ImageHeader forged = new ImageHeader(h.magic(), h.formatVersion(), h.byteOrder(), h.arch(), h.imageVersion(),
        h.flags(), h.createdNs(), h.schemaFingerprint(), h.imageName(), t.schema.toArray(new SchemaEntry[0]));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageWriter w = new ImageWriter(Channels.newChannel(out), forged,
        new SchemaFields(t.fields.toArray(new FieldEntry[0])), t.enums);
    for (ByteBuffer record : t.records) {
      w.writeRaw(record);
    }
    w.finish();
    return out.toByteArray();
  }
}
