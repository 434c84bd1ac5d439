package org.ckptgen.image;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ckptgen.runtime.CkptFormatException;

/**
 * The layout of every struct of an image, read from the image itself: the schema table of its
 * header, its field table and its enum table. With it, a reader that has none of the
 * subsystems' classes names, checks and decodes every record ({@link GenericDecoder}).
 *
 * <p>The tables come from the image, so they are checked like any other bytes before use: every
 * index in range, nested structs defined before use (no cycles), every byte of every struct
 * covered by exactly one member, one variable member at the end with its count. A reader can then
 * trust them to stay within each record's bounds.
 */
public final class ImageLayout {

  /** One struct of the schema table with its members, in the order of their offsets. */
  public record Struct(int index, SchemaEntry entry, List<FieldEntry> members) {
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

    /** The members that hold the struct's values: no header, count or padding. */
    public List<FieldEntry> fields() {
      return members.stream().filter(m -> m.role() == FieldEntry.ROLE_FIELD).toList();
    }

    /** The member called {@code name}, or null. */
    public FieldEntry member(String name) {
      return members.stream().filter(m -> m.name().equals(name)).findFirst().orElse(null);
    }

    /** The bytes of the record at {@code version}: where the first member of a later version starts. */
    public int sizeOfVersion(int version) {
      return members.stream().filter(m -> m.since() > version).mapToInt(FieldEntry::offset).min().orElse(size());
    }

    /** The trailing variable member, or null. */
    public FieldEntry variable() {
      return members.stream().filter(m -> m.arity() == FieldEntry.ARITY_VARIABLE).findFirst().orElse(null);
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
   * Builds and checks the layout of {@code header}'s schema table with the field and enum tables.
   *
   * @param fieldsAt where the field table record starts, for errors
   */
  public static ImageLayout of(ImageHeader header, SchemaFields fields, long fieldsAt, SchemaEnums enums,
      long enumsAt) throws CkptFormatException {
    SchemaEntry[] schema = header.schema();
    List<List<FieldEntry>> members = new ArrayList<>();
    for (int i = 0; i < schema.length; i++) {
      members.add(new ArrayList<>());
    }
    Map<Integer, Integer> enumSizes = new HashMap<>();
    FieldEntry[] table = fields.fields();
    for (int i = 0; i < table.length; i++) {
      FieldEntry f = table[i];
      int owner = Short.toUnsignedInt(f.owner());
      if (owner >= schema.length) {
        throw bad(fieldsAt, i, f, "belongs to struct " + owner + "; the schema table has " + schema.length);
      }
      members.get(owner).add(f);
    }
    ImageLayout layout = new ImageLayout(new ArrayList<>());
    EnumValue[] values = enums.values();
    for (int i = 0; i < values.length; i++) {
      EnumValue v = values[i];
      String other = layout.enums.computeIfAbsent(v.enumId(), k -> new HashMap<>())
          .putIfAbsent(Integer.toUnsignedLong(v.code()), v.name());
      if (other != null) {
        throw new CkptFormatException(enumsAt + 16 + (long) i * EnumValueCodec.SIZE, SchemaEnumsCodec.TYPE,
            "enum " + v.enumId() + " has code " + Integer.toUnsignedLong(v.code()) + " twice");
      }
    }
    int at = 0;
    for (int s = 0; s < schema.length; s++) {
      Struct struct = new Struct(s, schema[s], List.copyOf(members.get(s)));
      check(struct, layout, fieldsAt, at, enumSizes);
      at += struct.members().size();
      layout.structs.add(struct);
      if (struct.isRecord() && layout.byType.putIfAbsent(struct.type(), struct) != null) {
        throw new CkptFormatException(16 + 64L * s, ImageHeaderCodec.TYPE,
            String.format("the schema table lists type 0x%x twice", struct.type()));
      }
    }
    return layout;
  }

  /** Checks one struct's members, so that decoding by them stays within the struct's bytes. */
  private static void check(Struct s, ImageLayout layout, long fieldsAt, int firstIndex, Map<Integer, Integer> enumSizes)
      throws CkptFormatException {
    int expected = 0;  // the next byte a member must start at: members tile the struct
    FieldEntry variable = null;
    int counts = 0;
    for (int k = 0; k < s.members().size(); k++) {
      FieldEntry f = s.members().get(k);
      int i = firstIndex + k;
      int size = Short.toUnsignedInt(f.elementSize());
      long length = Integer.toUnsignedLong(f.length());
      if (f.role() < 0 || f.role() > FieldEntry.ROLE_PADDING || f.element() < 0 || f.element() > FieldEntry.ELEMENT_BYTE
          || f.arity() < 0 || f.arity() > FieldEntry.ARITY_VARIABLE) {
        throw bad(fieldsAt, i, f, "has an unknown role, element or arity");
      }
      if (variable != null) {
        throw bad(fieldsAt, i, f, "follows the variable member " + variable.name());
      }
      if (!sizeFits(f, size, s, layout, enumSizes)) {
        throw bad(fieldsAt, i, f, "has a bad element size " + size + " or reference " + f.ref());
      }
      if (f.offset() != expected) {
        throw bad(fieldsAt, i, f, "starts at " + Integer.toUnsignedLong(f.offset()) + "; the previous member ends at "
            + expected);
      }
      if (f.arity() == FieldEntry.ARITY_VARIABLE) {
        if (f.role() != FieldEntry.ROLE_FIELD || f.offset() != s.size() || length == 0 || !s.isRecord()) {
          throw bad(fieldsAt, i, f, "is a variable member that is not the last of a record");
        }
        variable = f;
        continue;
      }
      long end = expected + size * (f.arity() == FieldEntry.ARITY_ONE ? 1 : length);
      // one element has length 1; a fixed member (an array, a string, padding) may also have
      // length 1: a one-byte hole, or @FixedArray(length = 1)
      if ((f.arity() == FieldEntry.ARITY_ONE && length != 1) || length == 0 || end > s.size()) {
        throw bad(fieldsAt, i, f, "runs past the struct's " + s.size() + " bytes or has a bad length");
      }
      if (f.role() == FieldEntry.ROLE_COUNT) {
        counts++;
      }
      if ((f.role() == FieldEntry.ROLE_HEADER) != (k == 0 && s.isRecord())
          || (f.role() == FieldEntry.ROLE_COUNT && (f.element() != FieldEntry.ELEMENT_INT || size != 4))
          || (f.role() == FieldEntry.ROLE_PADDING && f.element() != FieldEntry.ELEMENT_BYTE)) {
        throw bad(fieldsAt, i, f, "has a role that does not fit its place or element");
      }
      expected = (int) end;
    }
    if (expected != s.size() || counts != (variable == null ? 0 : 1) || (s.size() & 7) != 0) {
      throw new CkptFormatException(fieldsAt, SchemaFieldsCodec.TYPE,
          "the members of " + s.name() + " do not tile its " + s.size() + " bytes with one count per variable member");
    }
  }

  private static boolean sizeFits(FieldEntry f, int size, Struct s, ImageLayout layout, Map<Integer, Integer> enumSizes) {
    switch (f.element()) {
      case FieldEntry.ELEMENT_HEADER:
        return size == 8;
      case FieldEntry.ELEMENT_INT:
        return size == 1 || size == 2 || size == 4 || size == 8;
      case FieldEntry.ELEMENT_BOOL:
      case FieldEntry.ELEMENT_CHAR:
      case FieldEntry.ELEMENT_BYTE:
        return size == 1;
      case FieldEntry.ELEMENT_OBJREF:
        return size == 4;
      case FieldEntry.ELEMENT_ENUM:
        // every use of an enum has its storage size, and the enum has constants
        return (size == 1 || size == 2 || size == 4) && layout.enums.containsKey(f.ref())
            && enumSizes.computeIfAbsent(f.ref(), k -> size) == size;
      case FieldEntry.ELEMENT_STRUCT:
        // nested structs come earlier in the table, so there is no cycle; and they are value structs
        return f.ref() >= 0 && f.ref() < s.index() && !layout.structs.get(f.ref()).isRecord()
            && layout.structs.get(f.ref()).size() == size && layout.structs.get(f.ref()).variable() == null;
      default:
        return false;
    }
  }

  private static CkptFormatException bad(long fieldsAt, int i, FieldEntry f, String reason) {
    return new CkptFormatException(fieldsAt + 16 + (long) i * FieldEntryCodec.SIZE, SchemaFieldsCodec.TYPE,
        "field table entry " + i + " (" + f.name() + ") " + reason);
  }

  @Override
  public String toString() {
    return "ImageLayout" + Arrays.toString(structs.stream().map(Struct::name).toArray());
  }
}
