package org.ckptgen.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ckptgen.image.EnumValue;
import org.ckptgen.image.FieldEntry;
import org.ckptgen.image.GenericDecoder;
import org.ckptgen.image.GenericRecord;
import org.ckptgen.image.ImageHeader;
import org.ckptgen.image.ImageHeaderCodec;
import org.ckptgen.image.ImageLayout;
import org.ckptgen.image.ImageWriter;
import org.ckptgen.image.ObjectRef;
import org.ckptgen.image.ObjectRefCodec;
import org.ckptgen.image.RecordView;
import org.ckptgen.image.SchemaEntry;
import org.ckptgen.image.SchemaEnums;
import org.ckptgen.image.SchemaFields;
import org.ckptgen.image.SchemaFieldsCodec;
import org.ckptgen.image.SchemaSubsystems;
import org.ckptgen.image.Section;
import org.ckptgen.image.SectionCodec;
import org.ckptgen.image.SubsystemEntry;
import org.ckptgen.image.Trailer;
import org.ckptgen.image.TrailerCodec;
import org.ckptgen.image.tools.GenericEncoder;
import org.ckptgen.runtime.CkptFormatException;
import org.ckptgen.runtime.LittleEndian;
import org.ckptgen.runtime.Wire;

/**
 * {@code ckpt encode}: writes the image that a JSON document of {@code ckpt dump --json}
 * describes. The document is read in one pass, one record at a time, so memory stays at the
 * largest record; every value is checked against the document's own layout (its schema, field
 * and enum tables, checked as an image's are) before a byte is written, and each encoded record
 * is decoded again and must give back exactly the value it was made from. The records' offsets
 * and the trailer are the writer's to compute: they are read and ignored, so an edited document
 * encodes. Any fault is a {@link BadJson} with the line, the column and the member.
 */
final class JsonImage {
  /** A document that is not JSON, or not an image: where and why, in one line. */
  static final class BadJson extends Exception {
    private static final long serialVersionUID = 1L;

    BadJson(JsonLocation at, String path, String reason) {
      super((at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ")
          + (path.isEmpty() ? "" : path + ": ") + reason);
    }
  }

  // dump --json prints hex payloads as one string each: as long as a record's bytes allow
  private static final JsonFactory JSON = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).maxNestingDepth(200)
          .build())
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  /** A JSON value with where it started: a map, a list, a String, a BigInteger, a Boolean or null (NULL). */
  private record Node(Object value, JsonLocation at) {}

  private static final Object NULL = new Object();
  private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

  private final JsonParser p;
  private ImageWriter writer;
  private ImageLayout layout;
  private GenericEncoder encoder;
  private GenericDecoder decoder;

  private JsonImage(JsonParser p) {
    this.p = p;
  }

  /** Reads the document on {@code json} and writes its image to {@code out}; returns the new trailer. */
  static Trailer encode(InputStream json, WritableByteChannel out) throws IOException, BadJson {
    try (JsonParser p = JSON.createParser(json)) {
      try {
        return new JsonImage(p).document(out);
      } catch (JsonProcessingException e) {
        // a limit (nesting depth) comes without a location: where the parser stands is where
        throw new BadJson(e.getLocation() != null ? e.getLocation() : p.currentLocation(), "",
            "not JSON: " + words(e.getOriginalMessage()));
      } catch (java.io.CharConversionException e) {
        throw new BadJson(p.currentLocation(), "", "not JSON text in UTF-8, UTF-16 or UTF-32: " + e.getMessage());
      }
    }
  }

  /** jackson's message without its names for settings and sources: "(start marker at line 1, column 1)". */
  static String words(String message) {
    return message.replaceAll("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]", "line $1, column $2")
        .replaceAll(",? from `[^`]*`", "").replaceAll(" ?\\(`[^`]*`[^)]*\\)", "").replaceAll("\\s*\\n\\s*", "; ");
  }

  private Trailer document(WritableByteChannel out) throws IOException, BadJson {
    if (p.nextToken() != JsonToken.START_OBJECT) {
      throw new BadJson(p.currentTokenLocation(), "", "a dump is one JSON object, {\"image\": ..., \"records\": ...}");
    }
    Map<String, Node> tables = new LinkedHashMap<>();
    boolean records = false;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      JsonLocation at = p.currentTokenLocation();
      p.nextToken();
      switch (key) {
        case "image", "schema", "fields", "enums", "subsystems" -> {
          if (records) {
            throw new BadJson(at, key, "comes after the records; a dump has it before them");
          }
          tables.put(key, node());
        }
        case "records" -> {
          start(tables, at, out);
          records(at);
          records = true;
        }
        case "trailer" -> node();  // written anew: its count, length and checksum follow from the records
        // a signed image's: not written, since the bytes written are new; ckpt sign signs them again
        case "signature" -> node();
        default -> throw new BadJson(at, key,
            "is no part of a dump (image, schema, fields, enums, subsystems, records, signature, trailer)");
      }
    }
    if (p.nextToken() != null) {
      throw new BadJson(p.currentTokenLocation(), "", "something follows the document");
    }
    if (!records) {
      throw new BadJson(p.currentLocation(), "records", "is missing");
    }
    return writer.finish();
  }

  /** The header and the tables, checked as a reader checks an image's, then written. */
  private void start(Map<String, Node> tables, JsonLocation at, WritableByteChannel out) throws IOException, BadJson {
    for (String key : List.of("image", "schema", "fields", "enums", "subsystems")) {
      if (!tables.containsKey(key)) {
        throw new BadJson(at, key, "is missing; it comes before the records");
      }
    }
    Map<String, Node> image = object(tables.get("image"), "image",
        Set.of("name", "version", "format", "arch", "created_ns", "fingerprint"));
    long format = unsigned(image, "format", "image", 32);
    if (format != ImageHeader.FORMAT_VERSION) {
      throw new BadJson(image.get("format").at(), "image.format",
          format + "; this ckpt writes format " + ImageHeader.FORMAT_VERSION);
    }
    Node fp = image.get("fingerprint");
    String fingerprint = string(fp, "image.fingerprint");
    if (!fingerprint.matches("0x[0-9a-fA-F]{1,16}")) {
      throw new BadJson(fp.at(), "image.fingerprint", "must be 0x and up to 16 hex digits, not \"" + fingerprint + "\"");
    }
    List<SchemaEntry> schema = new ArrayList<>();
    int i = 0;
    for (Node n : list(tables.get("schema"), "schema")) {
      String path = "schema[" + i++ + "]";
      Map<String, Node> e = object(n, path, Set.of("type", "size", "version", "flags", "name"));
      schema.add(new SchemaEntry((int) unsigned(e, "type", path, 32), (int) unsigned(e, "size", path, 32),
          (int) unsigned(e, "version", path, 32), (int) unsigned(e, "flags", path, 32), string(e.get("name"), path + ".name")));
    }
    List<FieldEntry> fields = new ArrayList<>();
    i = 0;
    for (Node n : list(tables.get("fields"), "fields")) {
      String path = "fields[" + i++ + "]";
      Map<String, Node> e = object(n, path, Set.of("owner", "role", "element", "arity", "flags", "element_size",
          "offset", "length", "ref", "since", "name"));
      fields.add(FieldEntry.of((int) unsigned(e, "owner", path, 16), (int) unsigned(e, "role", path, 8),
          (int) unsigned(e, "element", path, 8), (int) unsigned(e, "arity", path, 8), (int) unsigned(e, "flags", path, 8),
          (int) unsigned(e, "element_size", path, 16), (int) unsigned(e, "offset", path, 32),
          (int) unsigned(e, "length", path, 32), (int) unsigned(e, "ref", path, 32), (int) unsigned(e, "since", path, 32),
          string(e.get("name"), path + ".name")));
    }
    List<EnumValue> enums = new ArrayList<>();
    i = 0;
    for (Node n : list(tables.get("enums"), "enums")) {
      String path = "enums[" + i++ + "]";
      Map<String, Node> e = object(n, path, Set.of("enum_id", "code", "name"));
      enums.add(new EnumValue((int) unsigned(e, "enum_id", path, 32), (int) unsigned(e, "code", path, 32),
          string(e.get("name"), path + ".name")));
    }
    List<SubsystemEntry> subsystems = new ArrayList<>();
    i = 0;
    for (Node n : list(tables.get("subsystems"), "subsystems")) {
      String path = "subsystems[" + i++ + "]";
      Map<String, Node> e = object(n, path, Set.of("name", "state_type", "flags", "since"));
      subsystems.add(new SubsystemEntry(string(e.get("name"), path + ".name"), (int) unsigned(e, "state_type", path, 32),
          (short) unsigned(e, "flags", path, 16), (short) unsigned(e, "since", path, 16)));
    }
    ImageHeader header = new ImageHeader(ImageHeader.MAGIC, (int) format, ImageHeader.BYTE_ORDER,
        (int) unsigned(image, "arch", "image", 32), (int) unsigned(image, "version", "image", 32), 0,
        signed(image, "created_ns", "image", 64), Long.parseUnsignedLong(fingerprint.substring(2), 16),
        string(image.get("name"), "image.name"), schema.toArray(SchemaEntry[]::new));
    SchemaFields fieldTable = new SchemaFields(fields.toArray(FieldEntry[]::new));
    SchemaEnums enumTable = new SchemaEnums(enums.toArray(EnumValue[]::new));
    try {
      // where the tables will lie, so that a fault in them is named at its offset as a reader would
      long fieldsAt = Wire.align8(ImageHeaderCodec.INSTANCE.encodedLength(header));
      long enumsAt = fieldsAt + Wire.align8(org.ckptgen.image.SchemaFieldsCodec.INSTANCE.encodedLength(fieldTable));
      layout = ImageLayout.of(header, fieldTable, fieldsAt, enumTable, enumsAt);
      writer = new ImageWriter(out, header, fieldTable, enumTable,
          new SchemaSubsystems(subsystems.toArray(SubsystemEntry[]::new)));
    } catch (CkptFormatException e) {
      throw new BadJson(at, "", "the image's tables are not valid: " + e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new BadJson(at, "", "the image's header or tables do not fit: " + e.getMessage());
    }
    encoder = new GenericEncoder(layout, enumTable);
    decoder = new GenericDecoder(layout);
  }

  private void records(JsonLocation at) throws IOException, BadJson {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw new BadJson(at, "records", "must be an array");
    }
    int i = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      String path = "records[" + i++ + "]";
      Node n = node();
      ByteBuffer bytes = record(n, path);
      try {
        writer.writeRaw(bytes);
      } catch (IllegalArgumentException e) {
        throw new BadJson(n.at(), path, e.getMessage());
      }
    }
  }

  /** One record's bytes, header included, checked to decode to the value they were made from. */
  private ByteBuffer record(Node n, String path) throws BadJson {
    Map<String, Node> r = withKeysOf(n, path, Set.of("offset", "type", "struct", "value", "payload", "extra", "version"));
    required(r, n, path, "type");
    int type = (int) unsigned(r, "type", path, 32);
    if (r.containsKey("offset")) {
      signed(r, "offset", path, 64);  // informational: the writer places each record
    }
    String name = decoder.name(type);
    Node struct = r.get("struct");
    if (struct != null && !(struct.value() == NULL ? name == null : struct.value().equals(name))) {
      throw new BadJson(struct.at(), path + ".struct", String.format("type 0x%x is %s in this image's schema, not %s",
          type, name == null ? "no struct" : name, struct.value() == NULL ? "null" : struct.value()));
    }
    if (type == TrailerCodec.TYPE) {
      throw new BadJson(r.get("type").at(), path + ".type", "type 4 is the trailer, which the writer adds");
    }
    ByteBuffer head;
    if (name == null) {
      if (!r.containsKey("payload") || r.containsKey("value") || r.containsKey("version")) {
        throw new BadJson(n.at(), path, String.format("type 0x%x is not in the image's schema: it takes \"payload\", "
            + "the bytes after its header in hex, and no value", type));
      }
      ByteBuffer payload = hex(r.get("payload"), path + ".payload");
      head = ByteBuffer.allocate(Wire.HEADER_SIZE + payload.remaining());
      head.put(Wire.HEADER_SIZE, payload, 0, payload.remaining());
      LittleEndian.putInt(head, 0, type);
    } else {
      required(r, n, path, "value");
      if (r.containsKey("payload")) {
        throw new BadJson(r.get("payload").at(), path + ".payload", "only a record of a type outside the schema has one");
      }
      head = value(type, r, path);
    }
    ByteBuffer extra = r.containsKey("extra") ? hex(r.get("extra"), path + ".extra") : ByteBuffer.allocate(0);
    long len = (long) head.remaining() + extra.remaining();
    if (len > Integer.MAX_VALUE - 8) {
      throw new BadJson(n.at(), path, "a record of " + len + " bytes; a record holds at most " + (Integer.MAX_VALUE - 8));
    }
    ByteBuffer bytes = ByteBuffer.allocate((int) len);
    bytes.put(0, head, 0, head.remaining()).put(head.remaining(), extra, 0, extra.remaining());
    LittleEndian.putInt(bytes, 4, (int) len);
    return bytes;
  }

  /** The bytes of a record of a type the image knows, from its "value" (and "version"). */
  private ByteBuffer value(int type, Map<String, Node> r, String path) throws BadJson {
    Node value = r.get("value");
    String at = path + ".value";
    if (type == SectionCodec.TYPE || type == ObjectRefCodec.TYPE) {
      if (r.containsKey("version")) {
        throw new BadJson(r.get("version").at(), path + ".version", "a framing record has one version");
      }
      try {
        if (type == SectionCodec.TYPE) {
          Section s = new Section(string(object(value, at, Set.of("subsystem")).get("subsystem"), at + ".subsystem"));
          ByteBuffer b = ByteBuffer.allocate(SectionCodec.SIZE);
          SectionCodec.INSTANCE.encode(s, b, 0);
          return b;
        }
        Map<String, Node> o = object(value, at, Set.of("objtype", "objref"));
        ObjectRef ref = new ObjectRef((int) unsigned(o, "objtype", at, 32), (int) signed(o, "objref", at, 32));
        ByteBuffer b = ByteBuffer.allocate(ObjectRefCodec.SIZE);
        ObjectRefCodec.INSTANCE.encode(ref, b, 0);
        ObjectRefCodec.INSTANCE.decode(b, 0);  // the codec's own checks: an objref is not negative
        return b;
      } catch (IllegalArgumentException | CkptFormatException e) {
        throw new BadJson(value.at(), at, e instanceof CkptFormatException c ? c.reason() : e.getMessage());
      }
    }
    ImageLayout.Struct s = layout.byType(type);
    int version = s.entry().version();
    if (r.containsKey("version")) {
      version = (int) unsigned(r, "version", path, 32);
    }
    GenericRecord record = struct(s, value, at);
    ByteBuffer b;
    try {
      b = encoder.encode(record, version);
    } catch (IllegalArgumentException e) {
      throw new BadJson(r.getOrDefault("version", value).at(), path, e.getMessage());
    }
    GenericRecord back;
    try {
      back = decoder.decode(new RecordView(type, 0, b.remaining(), b.asReadOnlyBuffer()));
    } catch (CkptFormatException e) {
      throw new BadJson(value.at(), at, "does not make a valid record: " + e.reason());
    }
    StringBuilder given = new StringBuilder();
    StringBuilder read = new StringBuilder();
    record.json(given);
    back.json(read);
    if (!given.toString().contentEquals(read)) {
      // a member of a later version than "version", given a value a record of that version cannot hold
      throw new BadJson(value.at(), at, "does not read back as given (is a member of a later version than "
          + Integer.toUnsignedString(version) + " set?): " + read);
    }
    return b;
  }

  // JSON values to GenericRecord's, by the layout; each member checked where it stands.

  private GenericRecord struct(ImageLayout.Struct s, Node n, String path) throws BadJson {
    Map<String, Node> o = withKeysOf(n, path, null);
    for (Map.Entry<String, Node> e : o.entrySet()) {
      FieldEntry f = s.member(e.getKey());
      if (f == null || f.role() != FieldEntry.ROLE_FIELD) {
        throw new BadJson(e.getValue().at(), path + "." + e.getKey(), s.name() + " has no such member");
      }
    }
    Map<String, Object> values = new LinkedHashMap<>();
    for (FieldEntry f : s.fields()) {
      Node v = o.get(f.name());
      String where = path + "." + f.name();
      if (v == null) {
        throw new BadJson(n.at(), where, "is missing");
      }
      Object value = member(f, v, where);
      try {
        encoder.checkMember(f, value, s.name() + "." + f.name());
      } catch (IllegalArgumentException e) {
        throw new BadJson(v.at(), where, e.getMessage());
      }
      values.put(f.name(), value);
    }
    return new GenericRecord(s, values);
  }

  private Object member(FieldEntry f, Node n, String path) throws BadJson {
    if (f.element() == FieldEntry.ELEMENT_CHAR) {
      return string(n, path);
    }
    if (f.element() == FieldEntry.ELEMENT_BYTE) {
      return hex(n, path);
    }
    if (f.arity() == FieldEntry.ARITY_ONE) {
      return one(f, n, path);
    }
    List<Node> items = list(n, path);
    int size = items.size();
    switch (f.element()) {
      case FieldEntry.ELEMENT_BOOL: {
        boolean[] a = new boolean[size];
        for (int i = 0; i < size; i++) {
          a[i] = (Boolean) one(f, items.get(i), path + "[" + i + "]");
        }
        return a;
      }
      case FieldEntry.ELEMENT_ENUM: {
        String[] a = new String[size];
        for (int i = 0; i < size; i++) {
          a[i] = (String) one(f, items.get(i), path + "[" + i + "]");
        }
        return a;
      }
      case FieldEntry.ELEMENT_STRUCT: {
        GenericRecord[] a = new GenericRecord[size];
        for (int i = 0; i < size; i++) {
          a[i] = (GenericRecord) one(f, items.get(i), path + "[" + i + "]");
        }
        return a;
      }
      default: {
        long[] a = new long[size];
        for (int i = 0; i < size; i++) {
          a[i] = (Long) one(f, items.get(i), path + "[" + i + "]");
        }
        return a;
      }
    }
  }

  private Object one(FieldEntry f, Node n, String path) throws BadJson {
    switch (f.element()) {
      case FieldEntry.ELEMENT_BOOL:
        if (!(n.value() instanceof Boolean b)) {
          throw new BadJson(n.at(), path, "must be true or false");
        }
        return b;
      case FieldEntry.ELEMENT_ENUM:
        return string(n, path);
      case FieldEntry.ELEMENT_STRUCT:
        return struct(layout.structs().get(f.ref()), n, path);
      default: {
        BigInteger v = integer(n, path);
        boolean u64 = f.element() == FieldEntry.ELEMENT_INT && f.elementSize() == 8
            && (f.flags() & FieldEntry.FLAG_SIGNED) == 0;
        if (u64 ? v.signum() < 0 || v.compareTo(TWO_64) >= 0 : v.bitLength() > 63) {
          throw new BadJson(n.at(), path, v + " is out of the range of a " + (u64 ? "__u64 (0 to 2^64 - 1)"
              : f.elementSize() == 8 ? "__s64" : "__s32 objref"));
        }
        return v.longValue();  // a __u64 over Long.MAX_VALUE keeps its bits, as GenericRecord holds it
      }
    }
  }

  // The JSON tree of one record or table, and typed access to it.

  /** The value at the current token, as a tree; the parser ends on its last token. */
  private Node node() throws IOException, BadJson {
    JsonLocation at = p.currentTokenLocation();
    JsonToken t = p.currentToken();
    if (t == null) {
      throw new BadJson(at, "", "the document ends early");
    }
    switch (t) {
      case START_OBJECT: {
        Map<String, Node> o = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String key = p.currentName();
          p.nextToken();
          o.put(key, node());
        }
        return new Node(o, at);
      }
      case START_ARRAY: {
        List<Node> a = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          a.add(node());
        }
        return new Node(a, at);
      }
      case VALUE_STRING:
        return new Node(p.getText(), at);
      case VALUE_NUMBER_INT:
        return new Node(p.getBigIntegerValue(), at);
      case VALUE_NUMBER_FLOAT:
        throw new BadJson(at, "", p.getText() + " is not an integer; every number of an image is one");
      case VALUE_TRUE:
        return new Node(Boolean.TRUE, at);
      case VALUE_FALSE:
        return new Node(Boolean.FALSE, at);
      case VALUE_NULL:
        return new Node(NULL, at);
      default:
        throw new BadJson(at, "", "unexpected " + t);
    }
  }

  /** {@code n} as an object with exactly the keys {@code keys} (any keys if null). */
  private static Map<String, Node> object(Node n, String path, Set<String> keys) throws BadJson {
    Map<String, Node> o = withKeysOf(n, path, keys);
    if (keys != null) {
      for (String key : keys.stream().sorted().toList()) {
        if (!o.containsKey(key)) {
          throw new BadJson(n.at(), path + "." + key, "is missing");
        }
      }
    }
    return o;
  }

  /** {@code n} as an object with no keys but those of {@code keys} (any keys if null), each optional. */
  @SuppressWarnings("unchecked")
  private static Map<String, Node> withKeysOf(Node n, String path, Set<String> keys) throws BadJson {
    if (!(n.value() instanceof Map<?, ?> m)) {
      throw new BadJson(n.at(), path, "must be an object");
    }
    Map<String, Node> o = (Map<String, Node>) m;
    if (keys != null) {
      for (Map.Entry<String, Node> e : o.entrySet()) {
        if (!keys.contains(e.getKey())) {
          throw new BadJson(e.getValue().at(), path + "." + e.getKey(), "is not a member here; these are: "
              + String.join(", ", keys.stream().sorted().toList()));
        }
      }
    }
    return o;
  }

  private static void required(Map<String, Node> o, Node n, String path, String key) throws BadJson {
    if (!o.containsKey(key)) {
      throw new BadJson(n.at(), path + "." + key, "is missing");
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Node> list(Node n, String path) throws BadJson {
    if (!(n.value() instanceof List<?> l)) {
      throw new BadJson(n.at(), path, "must be an array");
    }
    return (List<Node>) l;
  }

  private static String string(Node n, String path) throws BadJson {
    if (!(n.value() instanceof String s)) {
      throw new BadJson(n.at(), path, "must be a string");
    }
    return s;
  }

  private static BigInteger integer(Node n, String path) throws BadJson {
    if (!(n.value() instanceof BigInteger v)) {
      throw new BadJson(n.at(), path, "must be an integer");
    }
    return v;
  }

  /** Member {@code key} of {@code o}: an integer of 0 to 2^bits - 1. */
  private static long unsigned(Map<String, Node> o, String key, String path, int bits) throws BadJson {
    Node n = o.get(key);
    if (n == null) {
      throw new BadJson(null, path + "." + key, "is missing");
    }
    BigInteger v = integer(n, path + "." + key);
    if (v.signum() < 0 || v.bitLength() > bits) {
      throw new BadJson(n.at(), path + "." + key, v + " is out of its range, 0 to 2^" + bits + " - 1");
    }
    return v.longValue();
  }

  /** Member {@code key} of {@code o}: an integer of -2^(bits-1) to 2^(bits-1) - 1. */
  private static long signed(Map<String, Node> o, String key, String path, int bits) throws BadJson {
    Node n = o.get(key);
    if (n == null) {
      throw new BadJson(null, path + "." + key, "is missing");
    }
    BigInteger v = integer(n, path + "." + key);
    if (v.bitLength() > bits - 1) {
      throw new BadJson(n.at(), path + "." + key, v + " is out of the range of a " + bits + "-bit integer");
    }
    return v.longValue();
  }

  /** A string of hex digits, two per byte, as dump writes payloads. */
  private static ByteBuffer hex(Node n, String path) throws BadJson {
    String s = string(n, path);
    if ((s.length() & 1) != 0) {
      throw new BadJson(n.at(), path, "has " + s.length() + " hex digits; bytes take two each");
    }
    byte[] b = new byte[s.length() / 2];
    for (int i = 0; i < b.length; i++) {
      int hi = hexDigit(s.charAt(2 * i));
      int lo = hexDigit(s.charAt(2 * i + 1));
      if (hi < 0 || lo < 0) {
        throw new BadJson(n.at(), path, "is not hex: '" + s.charAt(hi < 0 ? 2 * i : 2 * i + 1) + "' at "
            + (hi < 0 ? 2 * i : 2 * i + 1));
      }
      b[i] = (byte) (hi << 4 | lo);
    }
    return ByteBuffer.wrap(b);
  }

  /** 0 to 15 for an ASCII hex digit, -1 for anything else (Character.digit takes other scripts' digits too). */
  private static int hexDigit(char c) {
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
  }
}
