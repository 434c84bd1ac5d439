package org.ckptgen.image;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ckptgen.runtime.CkptFormatException;

/**
 * The layout of every struct of an image, read from the image itself: the schema table of its
 * header, its field table and its enum table. With it, a reader that has none of the
 * subsystems' classes names, checks and decodes every record ({@link GenericDecoder}).
 *
 * <p>The tables come from the image, so they are checked like any other bytes before use, by the
 * rules of docs/FORMAT.md, "Checks of the tables" (the generated C reader's {@code ckpt_tables}
 * applies the same rules in the same order, with the same offsets and reasons). Once built, a
 * layout keeps every decode within each record's bytes, nests structs at most {@link #MAX_DEPTH}
 * deep, and gives defaults of at most {@link #MAX_DEFAULTS} bytes per record; what a decode needs
 * per member (the version a member belongs to, the count, the variable member) is computed here,
 * once per struct, so that decoding is linear in the image's size.
 */
public final class ImageLayout {
  /** The deepest nesting of structs: a record or value struct and the value structs inside it, counted together. */
  public static final int MAX_DEPTH = 32;
  /** The most bytes the later versions of a struct may add to version 1: what a reader fills with defaults. */
  public static final int MAX_DEFAULTS = 65536;
  /** The largest record, in bytes, its variable part at its bound included. */
  public static final long MAX_RECORD = Integer.MAX_VALUE;
  /**
   * The largest fixed part of a struct, in bytes (1 MiB): what a record takes whatever its
   * values, so that a writer given a few bytes of values (ckpt encode, from JSON) writes and
   * holds at most this much per record. Large data goes in a variable member, which takes only
   * the bytes it is given.
   */
  public static final int MAX_FIXED = 1 << 20;
  /** The most constants of one enum, so that a reader finds a code twice in linear time without memory. */
  public static final int MAX_CONSTANTS = 1024;
  /** Field table flag 32: an objref that may be 0 ({@code @ObjRef(optional = true)}). */
  static final int FLAG_OPTIONAL = 32;

  /** One struct of the schema table with its members, in the order of their offsets. */
  public static final class Struct {
    private final int index;
    private final SchemaEntry entry;
    private final List<FieldEntry> members;
    private final List<FieldEntry> fields;
    private final Map<String, FieldEntry> byName = new HashMap<>();
    private final FieldEntry variable;
    private final FieldEntry count;
    /** Per member: the bytes a record must have for the member to be read, not defaulted. */
    private final int[] need;
    /** The versions that add members after version 1, increasing, and where each one's members start. */
    private final int[] versions;
    private final int[] starts;
    private final int depth;

    Struct(int index, SchemaEntry entry, List<FieldEntry> members, int depth) {
      this.index = index;
      this.entry = entry;
      this.members = Collections.unmodifiableList(new ArrayList<>(members));
      this.depth = depth;
      List<FieldEntry> values = new ArrayList<>();
      FieldEntry var = null;
      FieldEntry counter = null;
      List<Integer> vs = new ArrayList<>();
      List<Integer> at = new ArrayList<>();
      int previous = 1;
      for (FieldEntry m : members) {
        byName.putIfAbsent(m.name(), m);
        if (m.role() == FieldEntry.ROLE_FIELD) {
          values.add(m);
        }
        if (m.arity() == FieldEntry.ARITY_VARIABLE) {
          var = m;
        }
        if (m.role() == FieldEntry.ROLE_COUNT) {
          counter = m;
        }
        if (m.since() > previous) {
          vs.add(m.since());
          at.add(m.offset());
          previous = m.since();
        }
      }
      this.fields = Collections.unmodifiableList(values);
      this.variable = var;
      this.count = counter;
      this.versions = vs.stream().mapToInt(Integer::intValue).toArray();
      this.starts = at.stream().mapToInt(Integer::intValue).toArray();
      this.need = new int[members.size()];
      int end = entry.size();
      for (int k = members.size() - 1; k >= 0; k--) {
        if (k + 1 < members.size() && members.get(k + 1).since() > members.get(k).since()) {
          end = members.get(k + 1).offset();
        }
        need[k] = end;
      }
    }

    /** The struct's index in the schema table. */
    public int index() {
      return index;
    }

    public SchemaEntry entry() {
      return entry;
    }

    /** Every member, header, counts and padding included, in the order of their offsets. */
    public List<FieldEntry> members() {
      return members;
    }

    public String name() {
      return entry.name();
    }

    /** The record type, or 0 for a value struct. */
    public int type() {
      return entry.type();
    }

    /** sizeof the fixed part. */
    public int size() {
      return entry.size();
    }

    public boolean isRecord() {
      return entry.type() != 0;
    }

    /** How deep structs nest in this one: 1 for a struct that nests none. */
    public int depth() {
      return depth;
    }

    /** The members that hold the struct's values: no header, count or padding. */
    public List<FieldEntry> fields() {
      return fields;
    }

    /** The member called {@code name}, or null. */
    public FieldEntry member(String name) {
      return byName.get(name);
    }

    /** The bytes of the record at {@code version}: where the first member of a later version starts. */
    public int sizeOfVersion(int version) {
      int j = firstAbove(version);
      return j < versions.length ? starts[j] : size();
    }

    /** The index of the first of {@link #versions} above {@code version}. */
    private int firstAbove(int version) {
      int lo = 0;
      int hi = versions.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (versions[mid] > version) {
          hi = mid;
        } else {
          lo = mid + 1;
        }
      }
      return lo;
    }

    /** The newest version whose members lie wholly within {@code len} bytes (at least 1). */
    public int versionOf(long len) {
      if (len >= size()) {
        return entry.version();
      }
      for (int j = versions.length - 1; j >= 0; j--) {  // only for a record shorter than its struct
        if (starts[j] <= len) {
          return versions[j] - 1;
        }
      }
      return 1;
    }

    /** Whether member {@code k} of {@link #members()} lies wholly within a record of {@code len} bytes. */
    public boolean has(int k, long len) {
      return len >= need[k];
    }

    /** The trailing variable member, or null. */
    public FieldEntry variable() {
      return variable;
    }

    /** The count of the variable member, or null. */
    public FieldEntry count() {
      return count;
    }

    @Override
    public String toString() {
      return "Struct[" + index + " " + name() + "]";
    }
  }

  private final List<Struct> structs;
  private final Map<Integer, Struct> byType = new HashMap<>();
  private final Map<Integer, Map<Long, String>> enums = new HashMap<>();

  private ImageLayout(List<Struct> structs) {
    this.structs = structs;
  }

  /** Every struct, in schema-table order. */
  public List<Struct> structs() {
    return structs;
  }

  /** The struct of record type {@code type}, or null for a type the image does not describe. */
  public Struct byType(int type) {
    return byType.get(type);
  }

  /** The name of constant {@code code} of enum {@code enumId}, or null for a code it does not have. */
  public String enumName(int enumId, long code) {
    return enums.getOrDefault(enumId, Map.of()).get(code);
  }

  /**
   * Builds and checks the layout of {@code header}'s schema table with the field and enum tables:
   * the schema table entry by entry, then the enum table, then the field table, each struct's
   * agreement with its members checked where its members end (FORMAT.md, "Checks of the tables").
   *
   * @param fieldsAt where the field table record starts, for errors
   * @param enumsAt where the enum table record starts, for errors
   */
  public static ImageLayout of(ImageHeader header, SchemaFields fields, long fieldsAt, SchemaEnums enums,
      long enumsAt) throws CkptFormatException {
    return new Check(header.schema(), fields.fields(), fieldsAt, enums.values(), enumsAt).run();
  }

  /** Whether {@code name} is a C identifier: ASCII letters, digits and _, not starting with a digit. */
  static boolean identifier(String name) {
    if (name.isEmpty() || (name.charAt(0) >= '0' && name.charAt(0) <= '9')) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) {
        return false;
      }
    }
    return true;
  }

  /** The checks of the tables, in their order; the first that fails is the one error. */
  private static final class Check {
    /** Where the schema table's entries start in the image (the header's fixed part). */
    static final long SCHEMA_AT = ImageHeaderCodec.SIZE;

    final SchemaEntry[] schema;
    final FieldEntry[] table;
    final long fieldsAt;
    final EnumValue[] values;
    final long enumsAt;
    final Map<Integer, Integer> recordIndex = new HashMap<>();
    final ImageLayout layout = new ImageLayout(new ArrayList<>());
    /** Per enum id: whether it has code 0. */
    boolean[] hasZero = new boolean[0];
    int nenums;

    // the struct whose members are being read
    int s = -1;
    List<FieldEntry> members = new ArrayList<>();
    long expected;
    int countAt;
    int variableAt;
    int lastSince;
    long firstLater;
    int depth;

    Check(SchemaEntry[] schema, FieldEntry[] table, long fieldsAt, EnumValue[] values, long enumsAt) {
      this.schema = schema;
      this.table = table;
      this.fieldsAt = fieldsAt;
      this.values = values;
      this.enumsAt = enumsAt;
    }

    ImageLayout run() throws CkptFormatException {
      for (int k = 0; k < schema.length; k++) {
        schemaEntry(k);
      }
      enumTable();
      for (int i = 0; i < table.length; i++) {
        int owner = Short.toUnsignedInt(table[i].owner());
        if (owner >= schema.length) {
          throw field(i, FieldEntryCodec.OFFSET_OWNER, "field table entry " + i + ": owner " + owner + " is not a struct of the schema table ("
              + schema.length + " entries)");
        }
        if (owner < s) {
          throw field(i, FieldEntryCodec.OFFSET_OWNER, "field table entry " + i + ": owner " + owner + " comes after the members of struct " + s
              + "; each struct's members come together, in schema order");
        }
        while (s < owner) {
          next();
        }
        member(i, table[i]);
      }
      while (s < schema.length) {
        next();
      }
      return layout;
    }

    // The schema table.

    CkptFormatException entry(int k, int at, String reason) {
      return new CkptFormatException(SCHEMA_AT + (long) SchemaEntryCodec.SIZE * k + at, ImageHeaderCodec.TYPE, reason);
    }

    void schemaEntry(int k) throws CkptFormatException {
      SchemaEntry e = schema[k];
      if (!identifier(e.name())) {
        throw entry(k, SchemaEntryCodec.OFFSET_NAME, "schema table entry " + k + ": the name is not a C identifier");
      }
      String it = "schema table entry " + k + " (" + e.name() + "): ";
      long type = Integer.toUnsignedLong(e.type());
      long before = k == 0 ? 0 : Integer.toUnsignedLong(schema[k - 1].type());
      if (type != 0 && (type < 0x100 || type > MAX_RECORD)) {
        throw entry(k, SchemaEntryCodec.OFFSET_TYPE, it + String.format("type 0x%x is neither 0 (a value struct) nor a record type from 0x100 to"
            + " 0x7fffffff", type));
      }
      if (type == 0 ? before != 0 : type <= before) {
        throw entry(k, SchemaEntryCodec.OFFSET_TYPE, it + String.format("type 0x%x after type 0x%x: value structs come first, then records in"
            + " increasing order of type", type, before));
      }
      long size = Integer.toUnsignedLong(e.size());
      if (size < 8 || size > MAX_FIXED || size % 8 != 0) {
        throw entry(k, SchemaEntryCodec.OFFSET_SIZE, it + "size " + size + " is not a multiple of 8 from 8 to " + MAX_FIXED);
      }
      long version = Integer.toUnsignedLong(e.version());
      if (version < 1 || version > MAX_RECORD || (type == 0 && version != 1)) {
        throw entry(k, SchemaEntryCodec.OFFSET_VERSION, it + "version " + version + " is not from 1 to 2147483647, or 1 for a value struct");
      }
      long flags = Integer.toUnsignedLong(e.flags());
      if ((flags & ~3L) != 0 || (type == 0 && (flags & SchemaEntry.SHARED) != 0)) {
        throw entry(k, SchemaEntryCodec.OFFSET_FLAGS, it + String.format("flags 0x%x: only 1 (shared, on a record) and 2 (variable member) are"
            + " defined", flags));
      }
      if (type != 0) {
        recordIndex.put((int) type, k);
      }
    }

    // The enum table.

    CkptFormatException value(int i, int at, String reason) {
      return new CkptFormatException(enumsAt + SchemaEnumsCodec.SIZE + (long) i * EnumValueCodec.SIZE + at, SchemaEnumsCodec.TYPE, reason);
    }

    void enumTable() throws CkptFormatException {
      long previous = 0;
      Set<Long> codes = new HashSet<>();
      List<Boolean> zero = new ArrayList<>();
      for (int i = 0; i < values.length; i++) {
        EnumValue v = values[i];
        if (!identifier(v.name())) {
          throw value(i, EnumValueCodec.OFFSET_NAME, "enum table entry " + i + ": the name is not an identifier");
        }
        String it = "enum table entry " + i + " (" + v.name() + "): ";
        long id = Integer.toUnsignedLong(v.enumId());
        if (i == 0 ? id != 0 : id != previous && id != previous + 1) {
          throw value(i, EnumValueCodec.OFFSET_ENUM_ID, it + "enum " + id + "; the constants of enums 0, 1, ... come together, in order");
        }
        if (i == 0 || id != previous) {
          codes.clear();
          zero.add(false);
        }
        if (codes.size() == MAX_CONSTANTS) {
          throw value(i, EnumValueCodec.OFFSET_ENUM_ID, it + "enum " + id + " has more than " + MAX_CONSTANTS + " constants");
        }
        long code = Integer.toUnsignedLong(v.code());
        if (code > MAX_RECORD) {
          throw value(i, EnumValueCodec.OFFSET_CODE, it + "code " + code + " is over 2147483647");
        }
        if (!codes.add(code)) {
          throw value(i, EnumValueCodec.OFFSET_CODE, it + "enum " + id + " has code " + code + " twice");
        }
        if (code == 0) {
          zero.set(zero.size() - 1, true);
        }
        layout.enums.computeIfAbsent((int) id, x -> new HashMap<>()).put(code, v.name());
        previous = id;
      }
      nenums = zero.size();
      hasZero = new boolean[nenums];
      for (int k = 0; k < nenums; k++) {
        hasZero[k] = zero.get(k);
      }
    }

    // The field table.

    CkptFormatException field(int i, int at, String reason) {
      return new CkptFormatException(fieldsAt + SchemaFieldsCodec.SIZE + (long) i * FieldEntryCodec.SIZE + at, SchemaFieldsCodec.TYPE,
          reason);
    }

    /** Ends the struct being read (if any) and starts the next one. */
    void next() throws CkptFormatException {
      if (s >= 0) {
        finish();
      }
      s++;
      members = new ArrayList<>();
      expected = 0;
      countAt = -1;
      variableAt = -1;
      lastSince = 1;
      firstLater = -1;
      depth = 1;
    }

    void finish() throws CkptFormatException {
      SchemaEntry e = schema[s];
      String it = "schema table entry " + s + " (" + e.name() + "): ";
      long size = Integer.toUnsignedLong(e.size());
      if (expected != size) {
        throw entry(s, SchemaEntryCodec.OFFSET_SIZE, it + "size " + size + "; its members end at " + expected);
      }
      if (countAt >= 0 && variableAt < 0) {
        FieldEntry c = table[countAt];
        throw field(countAt, FieldEntryCodec.OFFSET_ROLE, "field table entry " + countAt + " (" + c.name()
            + "): a count with no variable member after it");
      }
      boolean flagged = (e.flags() & SchemaEntry.VARIABLE) != 0;
      if (flagged != (variableAt >= 0)) {
        throw entry(s, SchemaEntryCodec.OFFSET_FLAGS, it + String.format("flags 0x%x %s flag 2, but the struct has %s variable member",
            Integer.toUnsignedLong(e.flags()), flagged ? "have" : "lack", flagged ? "no" : "a"));
      }
      if (Integer.toUnsignedLong(e.version()) != lastSince) {
        throw entry(s, SchemaEntryCodec.OFFSET_VERSION, it + "version " + Integer.toUnsignedLong(e.version()) + "; its newest member is of version "
            + lastSince);
      }
      Struct struct = new Struct(s, e, members, depth);
      layout.structs.add(struct);
      if (struct.isRecord()) {
        layout.byType.put(struct.type(), struct);
      }
    }

    void member(int i, FieldEntry f) throws CkptFormatException {
      SchemaEntry owner = schema[s];
      int k = members.size();
      boolean record = owner.type() != 0;
      if (!identifier(f.name())) {
        throw field(i, FieldEntryCodec.OFFSET_NAME, "field table entry " + i + ": the name is not a C identifier");
      }
      String it = "field table entry " + i + " (" + f.name() + "): ";
      int role = Byte.toUnsignedInt(f.role());
      int element = Byte.toUnsignedInt(f.element());
      int arity = Byte.toUnsignedInt(f.arity());
      int flags = Byte.toUnsignedInt(f.flags());
      int size = Short.toUnsignedInt(f.elementSize());
      long offset = Integer.toUnsignedLong(f.offset());
      long length = Integer.toUnsignedLong(f.length());
      long ref = Integer.toUnsignedLong(f.ref());
      long since = Integer.toUnsignedLong(f.since());
      long structSize = Integer.toUnsignedLong(owner.size());
      if (role > FieldEntry.ROLE_PADDING) {
        throw field(i, FieldEntryCodec.OFFSET_ROLE, it + "unknown role " + role);
      }
      if (element > FieldEntry.ELEMENT_BYTE) {
        throw field(i, FieldEntryCodec.OFFSET_ELEMENT, it + "unknown element " + element);
      }
      if (arity > FieldEntry.ARITY_VARIABLE) {
        throw field(i, FieldEntryCodec.OFFSET_ARITY, it + "unknown arity " + arity);
      }
      if (variableAt >= 0) {
        throw field(i, FieldEntryCodec.OFFSET_OFFSET, it + "follows the variable member " + table[variableAt].name() + ", which ends the struct");
      }
      if ((role == FieldEntry.ROLE_HEADER) != (k == 0 && record)) {
        throw field(i, FieldEntryCodec.OFFSET_ROLE, it + "role " + role + ": a record starts with its header, and nothing else is one");
      }
      if (role == FieldEntry.ROLE_COUNT && countAt >= 0) {
        throw field(i, FieldEntryCodec.OFFSET_ROLE, it + "a second count in the struct");
      }
      if (!elementFits(role, element)) {
        throw field(i, FieldEntryCodec.OFFSET_ELEMENT, it + "element " + element + " does not go with role " + role);
      }
      if (!arityFits(role, element, arity)) {
        throw field(i, FieldEntryCodec.OFFSET_ARITY, it + "arity " + arity + " does not go with element " + element + " and role " + role);
      }
      if (role == FieldEntry.ROLE_PADDING ? !f.name().startsWith("__") : f.name().startsWith("__")) {
        throw field(i, FieldEntryCodec.OFFSET_NAME, it + "names starting with __ are for padding, and padding's start with __");
      }
      // ref, before the element size: a nested struct's size is the element size
      Struct nested = null;
      if (element == FieldEntry.ELEMENT_STRUCT) {
        if (ref >= s || schema[(int) ref].type() != 0) {
          throw field(i, FieldEntryCodec.OFFSET_REF, it + "ref " + ref + " is not a value struct before this one in the schema table");
        }
        nested = layout.structs.get((int) ref);
        if (nested.depth() + 1 > MAX_DEPTH) {
          throw field(i, FieldEntryCodec.OFFSET_REF, it + "nests structs " + (nested.depth() + 1) + " deep; the limit is " + MAX_DEPTH);
        }
      } else if (element == FieldEntry.ELEMENT_ENUM) {
        if (ref >= nenums) {
          throw field(i, FieldEntryCodec.OFFSET_REF, it + "ref " + ref + " is no enum of the enum table (" + nenums + " enums)");
        }
      } else if (element == FieldEntry.ELEMENT_OBJREF) {
        Integer target = ref > MAX_RECORD ? null : recordIndex.get((int) ref);
        if (target == null || (schema[target].flags() & SchemaEntry.SHARED) == 0) {
          throw field(i, FieldEntryCodec.OFFSET_REF, it + String.format("ref 0x%x is the type of no shared record of the schema table", ref));
        }
      } else if (ref != 0) {
        throw field(i, FieldEntryCodec.OFFSET_REF, it + "ref " + ref + " on an element that refers to nothing");
      }
      if (!sizeFits(role, element, size, nested)) {
        throw field(i, FieldEntryCodec.OFFSET_ELEMENT_SIZE, it + "element size " + size + " does not fit element " + element);
      }
      if ((flags & ~0x3f) != 0) {
        throw field(i, FieldEntryCodec.OFFSET_FLAGS, it + String.format("unknown flags 0x%x", flags));
      }
      String wrong = flagsFit(role, element, arity, size, flags);
      if (wrong != null) {
        throw field(i, FieldEntryCodec.OFFSET_FLAGS, it + String.format("flags 0x%x: %s", flags, wrong));
      }
      if (offset != expected) {
        throw field(i, FieldEntryCodec.OFFSET_OFFSET, it + "starts at " + offset + "; the member before it ends at " + expected);
      }
      int align = element == FieldEntry.ELEMENT_STRUCT || element == FieldEntry.ELEMENT_HEADER ? 8 : size;
      if (offset % align != 0) {
        throw field(i, FieldEntryCodec.OFFSET_OFFSET, it + "offset " + offset + " is not a multiple of its alignment " + align);
      }
      long end;
      if (arity == FieldEntry.ARITY_VARIABLE) {
        long most = structSize + length * size + (element == FieldEntry.ELEMENT_CHAR ? 1 : 0);
        if (length == 0 || most > MAX_RECORD) {
          throw field(i, FieldEntryCodec.OFFSET_LENGTH, it + "bound " + length + " is 0 or makes records of " + most + " bytes, over 2147483647");
        }
        if (!record || countAt < 0 || offset != structSize) {
          throw field(i, FieldEntryCodec.OFFSET_ARITY, it + "a variable member goes last in a record, after its count, at the struct's end ("
              + structSize + ")");
        }
        end = offset;
      } else {
        long least = arity == FieldEntry.ARITY_ONE ? 1 : element == FieldEntry.ELEMENT_CHAR ? 2 : 1;
        long most = arity == FieldEntry.ARITY_ONE ? 1 : MAX_RECORD;
        if (length < least || length > most) {
          throw field(i, FieldEntryCodec.OFFSET_LENGTH, it + "length " + length + " is not from " + least + " to " + most);
        }
        end = offset + length * size;
        if (end > structSize) {
          throw field(i, FieldEntryCodec.OFFSET_LENGTH, it + "ends at " + end + ", past the struct's " + structSize + " bytes");
        }
      }
      if (since < 1 || since > Integer.toUnsignedLong(owner.version()) || since < lastSince || (k == 0 && since != 1)) {
        throw field(i, FieldEntryCodec.OFFSET_SINCE, it + "since " + since + " is not from the version of the member before it ("
            + lastSince + ") to the struct's (" + Integer.toUnsignedLong(owner.version()) + ")");
      }
      if (since > 1) {
        if (since > lastSince && offset % 8 != 0) {
          throw field(i, FieldEntryCodec.OFFSET_SINCE, it + "starts version " + since + " at " + offset + ", not at a multiple of 8");
        }
        if (element == FieldEntry.ELEMENT_STRUCT || arity == FieldEntry.ARITY_VARIABLE
            || (element == FieldEntry.ELEMENT_ENUM && !hasZero[(int) ref])) {
          throw field(i, FieldEntryCodec.OFFSET_SINCE, it + "since " + since + ": later versions add no struct, no variable member, no enum"
              + " without code 0");
        }
        if (firstLater < 0) {
          firstLater = offset;
        }
        if (end - firstLater > MAX_DEFAULTS) {
          throw field(i, FieldEntryCodec.OFFSET_LENGTH, it + "the versions after 1 add " + (end - firstLater) + " bytes; a reader fills at most "
              + MAX_DEFAULTS + " with defaults");
        }
      }
      if (role == FieldEntry.ROLE_COUNT) {
        countAt = i;
      }
      if (arity == FieldEntry.ARITY_VARIABLE) {
        variableAt = i;
      }
      if (nested != null) {
        depth = Math.max(depth, nested.depth() + 1);
      }
      lastSince = (int) since;
      expected = end;
      members.add(f);
    }

    static boolean elementFits(int role, int element) {
      return switch (role) {
        case FieldEntry.ROLE_HEADER -> element == FieldEntry.ELEMENT_HEADER;
        case FieldEntry.ROLE_COUNT -> element == FieldEntry.ELEMENT_INT;
        case FieldEntry.ROLE_PADDING -> element == FieldEntry.ELEMENT_BYTE;
        default -> element != FieldEntry.ELEMENT_HEADER;
      };
    }

    /** The arities each element takes, as the processor makes them. */
    static boolean arityFits(int role, int element, int arity) {
      if (role == FieldEntry.ROLE_PADDING) {
        return arity == FieldEntry.ARITY_FIXED;
      }
      return switch (element) {
        case FieldEntry.ELEMENT_HEADER, FieldEntry.ELEMENT_BOOL, FieldEntry.ELEMENT_ENUM -> arity == FieldEntry.ARITY_ONE;
        case FieldEntry.ELEMENT_CHAR -> arity != FieldEntry.ARITY_ONE;
        case FieldEntry.ELEMENT_BYTE -> arity == FieldEntry.ARITY_VARIABLE;
        default -> role == FieldEntry.ROLE_FIELD || arity == FieldEntry.ARITY_ONE;  // INT (a count: one), OBJREF, STRUCT
      };
    }

    static boolean sizeFits(int role, int element, int size, Struct nested) {
      return switch (element) {
        case FieldEntry.ELEMENT_HEADER -> size == 8;
        case FieldEntry.ELEMENT_INT -> role == FieldEntry.ROLE_COUNT ? size == 4
            : size == 1 || size == 2 || size == 4 || size == 8;
        case FieldEntry.ELEMENT_ENUM -> size == 1 || size == 2 || size == 4;
        case FieldEntry.ELEMENT_OBJREF -> size == 4;
        case FieldEntry.ELEMENT_STRUCT -> size == nested.size();
        default -> size == 1;  // BOOL, CHAR, BYTE
      };
    }

    /** Why {@code flags} do not fit the member, or null when they do. */
    static String flagsFit(int role, int element, int arity, int size, int flags) {
      boolean field = role == FieldEntry.ROLE_FIELD;
      if ((flags & FieldEntry.FLAG_SIGNED) != 0 && !(field && element == FieldEntry.ELEMENT_INT)) {
        return "1 (signed) goes only on an integer";
      }
      if ((flags & FieldEntry.FLAG_SORTED) != 0 && !(field && arity == FieldEntry.ARITY_VARIABLE
          && (element == FieldEntry.ELEMENT_INT || element == FieldEntry.ELEMENT_OBJREF))) {
        return "2 (sorted) goes only on a variable array of integers or objrefs";
      }
      if ((flags & FieldEntry.FLAG_VIEW) != 0 && !(field && element == FieldEntry.ELEMENT_BYTE)) {
        return "4 (view) goes only on variable bytes";
      }
      int ids = flags & (FieldEntry.FLAG_UID | FieldEntry.FLAG_GID);
      if (ids != 0 && (ids == (FieldEntry.FLAG_UID | FieldEntry.FLAG_GID) || !field || element != FieldEntry.ELEMENT_INT
          || size != 4)) {
        return "8 (@Uid) and 16 (@Gid) go only on a 4-byte integer, one of them";
      }
      if ((flags & FLAG_OPTIONAL) != 0 && !(field && element == FieldEntry.ELEMENT_OBJREF)) {
        return "32 (optional) goes only on an objref";
      }
      return null;
    }
  }

  @Override
  public String toString() {
    return "ImageLayout" + Arrays.toString(structs.stream().map(Struct::name).toArray());
  }
}
