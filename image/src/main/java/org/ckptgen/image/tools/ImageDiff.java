package org.ckptgen.image.tools;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ckptgen.image.FieldEntry;
import org.ckptgen.image.GenericDecoder;
import org.ckptgen.image.GenericRecord;
import org.ckptgen.image.ImageHeader;
import org.ckptgen.image.ImageReader;
import org.ckptgen.image.ObjectRef;
import org.ckptgen.image.ObjectRefCodec;
import org.ckptgen.image.RecordView;
import org.ckptgen.image.SchemaEntry;
import org.ckptgen.image.SchemaEntryCodec;
import org.ckptgen.image.SectionCodec;
import org.ckptgen.runtime.CkptFormatException;
import org.ckptgen.runtime.Json;

/**
 * A structural diff of two images, by their own schemas: records are matched by section and
 * identity, and compared member by member by name, so images of different builds compare too.
 * A shared object's identity is its objref id ({@code objref 2}); any other record's is its
 * struct and its place among the records of that struct in the section ({@code ckpt_hdr_task
 * #3}, from 1). Both images must be verified.
 */
public final class ImageDiff {
  /** What differs. */
  public enum Kind { HEADER, CHANGED, ADDED, REMOVED }

  /**
   * One difference. For HEADER, {@code member} is a header field (or {@code schema.<struct>}); for
   * CHANGED, the member of the record (a path: {@code cap_s.cap_e_mask}, {@code tasks[2].pid}); for
   * ADDED and REMOVED, null. {@code a} and {@code b} are the values as JSON (null where a side has
   * none); a byte payload over 64 bytes is given by its length, {@code note} then says where the
   * first byte differs.
   *
   * @param offsetA where the record is in image A, -1 if not there
   */
  public record Change(Kind kind, String section, String key, String struct, long offsetA, long offsetB,
      String member, String a, String b, String note) {

    /** The change as one line: {@code ~ cred objref 2 (ckpt_hdr_cred) uid: 1000 -> 2000}. */
    public String text() {
      return switch (kind) {
        case HEADER -> "header " + member + ": " + or(a) + " -> " + or(b);
        case CHANGED -> "~ " + record() + " " + member + ": " + or(a) + " -> " + or(b) + (note == null ? "" : ", " + note);
        case ADDED -> "+ " + record() + " at " + offsetB;
        case REMOVED -> "- " + record() + " at " + offsetA;
      };
    }

    private String record() {
      return (section.isEmpty() ? "(before any section)" : section) + " " + key + (key.startsWith("objref ") ? " (" + struct + ")" : "");
    }

    private static String or(String json) {
      return json == null ? "(none)" : json;
    }

    /** The change as a JSON object. */
    public void json(StringBuilder out) {
      out.append("{\"kind\":\"").append(kind.name().toLowerCase()).append('"');
      if (kind != Kind.HEADER) {
        Json.string(section, out.append(",\"section\":"));
        Json.string(key, out.append(",\"key\":"));
        Json.string(struct, out.append(",\"struct\":"));
        out.append(",\"offset_a\":").append(offsetA < 0 ? "null" : Long.toString(offsetA));
        out.append(",\"offset_b\":").append(offsetB < 0 ? "null" : Long.toString(offsetB));
      }
      if (member != null) {
        Json.string(member, out.append(",\"member\":"));
        out.append(",\"a\":").append(a == null ? "null" : a).append(",\"b\":").append(b == null ? "null" : b);
      }
      if (note != null) {
        Json.string(note, out.append(",\"note\":"));
      }
      out.append('}');
    }
  }

  /** A record of one image with its identity. {@code value}: a GenericRecord, or the bytes of an unknown type. */
  private record Entry(String section, String key, String struct, long offset, Object value) {}

  private ImageDiff() {}

  /**
   * Every difference between {@code a} and {@code b}, both verified: the header's first, then the
   * records of A changed or removed, in A's order, then those only B has, in B's order.
   *
   * @param compareTime whether the creation times count (two checkpoints of one state differ only there)
   */
  public static List<Change> diff(ImageReader a, ImageReader b, boolean compareTime) throws CkptFormatException {
    List<Change> changes = new ArrayList<>();
    header(a.header(), b.header(), compareTime, changes);
    Map<String, Entry> left = entries(a);
    Map<String, Entry> right = entries(b);
    for (Map.Entry<String, Entry> e : left.entrySet()) {
      Entry x = e.getValue();
      Entry y = right.get(e.getKey());
      if (y == null) {
        changes.add(new Change(Kind.REMOVED, x.section(), x.key(), x.struct(), x.offset(), -1, null, null, null, null));
      } else {
        compare(x, y, "", null, x.value(), null, y.value(), changes);
      }
    }
    for (Map.Entry<String, Entry> e : right.entrySet()) {
      Entry y = e.getValue();
      if (!left.containsKey(e.getKey())) {
        changes.add(new Change(Kind.ADDED, y.section(), y.key(), y.struct(), -1, y.offset(), null, null, null, null));
      }
    }
    return changes;
  }

  private static void header(ImageHeader a, ImageHeader b, boolean compareTime, List<Change> out) {
    headerField("name", quoted(a.imageName()), quoted(b.imageName()), out);
    headerField("version", Integer.toUnsignedString(a.imageVersion()), Integer.toUnsignedString(b.imageVersion()), out);
    headerField("arch", Integer.toUnsignedString(a.arch()), Integer.toUnsignedString(b.arch()), out);
    if (compareTime) {
      headerField("created_ns", Long.toString(a.createdNs()), Long.toString(b.createdNs()), out);
    }
    headerField("fingerprint", String.format("\"0x%016x\"", a.schemaFingerprint()),
        String.format("\"0x%016x\"", b.schemaFingerprint()), out);
    Map<String, String> left = schema(a);
    Map<String, String> right = schema(b);
    Set<String> names = new LinkedHashSet<>(left.keySet());
    names.addAll(right.keySet());
    for (String name : names) {
      String x = left.get(name);
      String y = right.get(name);
      if (x == null || !x.equals(y)) {
        out.add(new Change(Kind.HEADER, "", "", "", -1, -1, "schema." + name, x, y, null));
      }
    }
  }

  private static Map<String, String> schema(ImageHeader h) {
    Map<String, String> m = new LinkedHashMap<>();
    for (SchemaEntry e : h.schema()) {
      StringBuilder b = new StringBuilder();
      SchemaEntryCodec.json(e, b);
      m.putIfAbsent(e.name(), b.toString());
    }
    return m;
  }

  private static void headerField(String member, String a, String b, List<Change> out) {
    if (!a.equals(b)) {
      out.add(new Change(Kind.HEADER, "", "", "", -1, -1, member, a, b, null));
    }
  }

  private static String quoted(String s) {
    StringBuilder b = new StringBuilder();
    Json.string(s, b);
    return b.toString();
  }

  /** The records of {@code image}, by section and identity; an objref record names the object after it. */
  private static Map<String, Entry> entries(ImageReader image) throws CkptFormatException {
    GenericDecoder decoder = new GenericDecoder(image.layout());
    Map<String, Entry> entries = new LinkedHashMap<>();
    Map<String, Integer> seen = new LinkedHashMap<>();  // struct -> records of it so far in the section
    String section = "";
    ObjectRef objref = null;
    for (RecordView v : image.records()) {
      if (v.type() == SectionCodec.TYPE) {
        section = v.decode(SectionCodec.INSTANCE).subsystem();
        seen.clear();
        objref = null;
        continue;
      }
      if (v.type() == ObjectRefCodec.TYPE) {
        objref = v.decode(ObjectRefCodec.INSTANCE);
        continue;
      }
      String name = decoder.name(v.type());
      String struct = name != null ? name : String.format("type 0x%x", v.type());
      Object value = image.layout().byType(v.type()) != null ? decoder.decode(v) : v.bytes();
      String key = objref != null ? "objref " + objref.objref() : struct + " #" + seen.merge(struct, 1, Integer::sum);
      objref = null;
      // a forged image may repeat an identity: the later record is then a record of its own
      String id = section + "\u0000" + key;
      for (int n = 2; entries.containsKey(id); n++) {
        id = section + "\u0000" + key + "\u0000" + n;
      }
      entries.put(id, new Entry(section, key, struct, v.position(), value));
    }
    return entries;
  }

  /** Compares two values of member {@code path} (the whole record for ""), by name into structs and struct arrays. */
  private static void compare(Entry x, Entry y, String path, FieldEntry fa, Object a, FieldEntry fb, Object b,
      List<Change> out) {
    if (a instanceof GenericRecord r && b instanceof GenericRecord s) {
      Set<String> names = new LinkedHashSet<>(r.values().keySet());
      names.addAll(s.values().keySet());
      for (String name : names) {
        String p = path.isEmpty() ? name : path + "." + name;
        if (!r.values().containsKey(name) || !s.values().containsKey(name)) {
          out.add(change(x, y, p, json(r, name), json(s, name), null));
        } else {
          compare(x, y, p, r.struct().member(name), r.get(name), s.struct().member(name), s.get(name), out);
        }
      }
      if (path.isEmpty() && !r.struct().name().equals(s.struct().name())) {
        out.add(change(x, y, "(struct)", quoted(r.struct().name()), quoted(s.struct().name()), null));
      }
      return;
    }
    if (a instanceof GenericRecord[] r && b instanceof GenericRecord[] s && r.length == s.length) {
      for (int i = 0; i < r.length; i++) {
        compare(x, y, path + "[" + i + "]", fa, r[i], fb, s[i], out);
      }
      return;
    }
    if (a instanceof ByteBuffer p && b instanceof ByteBuffer q) {
      if (!p.equals(q)) {
        int at = p.mismatch(q);
        out.add(change(x, y, path.isEmpty() ? "(bytes)" : path, bytes(p), bytes(q),
            "first difference at byte " + at));
      }
      return;
    }
    String p = value(fa, a);
    String q = value(fb, b);
    if (!p.equals(q)) {
      out.add(change(x, y, path, p, q, null));
    }
  }

  private static Change change(Entry x, Entry y, String member, String a, String b, String note) {
    return new Change(Kind.CHANGED, x.section(), x.key(), x.struct(), x.offset(), y.offset(), member, a, b, note);
  }

  /** Member {@code name} of {@code r} as JSON, or null if it has none. */
  private static String json(GenericRecord r, String name) {
    return r.values().containsKey(name) ? value(r.struct().member(name), r.get(name)) : null;
  }

  /** Member {@code f}'s value as JSON, as the record's JSON prints it (unsigned numbers unsigned). */
  private static String value(FieldEntry f, Object v) {
    if (v instanceof ByteBuffer buf) {
      return bytes(buf);
    }
    StringBuilder b = new StringBuilder();
    GenericRecord.value(f, v, b);
    return b.toString();
  }

  private static String bytes(ByteBuffer b) {
    StringBuilder s = new StringBuilder();
    if (b.remaining() <= 64) {
      Json.hex(b, s);
      return s.toString();
    }
    return "\"" + b.remaining() + " bytes\"";
  }
}
