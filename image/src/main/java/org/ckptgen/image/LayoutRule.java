package org.ckptgen.image;

import org.ckptgen.runtime.CkptFormatException;

/**
 * The layout half of the compatibility rule (docs/FORMAT.md, "The schema file", rule 4): an image
 * of another build of the same kind is read by this build's tables, so every struct both builds
 * know must lay out the versions both know alike, or values are read from the wrong bytes. For
 * every record type both know (in the order of the image's schema table), the members whose
 * {@code since} is at most the lower of the two versions are compared one by one: the name, then
 * the columns in the field entry's order (role, element, arity, flags, element size, offset,
 * length, ref, since); a nested value struct is compared the same way, recursively, and an enum
 * by its constants (every code both enums have names the same constant). The first difference is
 * the error, at the image's byte that differs, naming the struct and member, the column and both
 * values. The C reader's {@code ckpt_same_layouts} is the same rule in the same words.
 *
 * <p>The recursion follows this build's own nesting (at most 32 deep), never the image's alone,
 * so a forged table cannot make it longer than this build's structs.
 */
final class LayoutRule {
  /** Flag 4 says how Java hands out a byte payload (a view or a copy), not where its bytes are: not compared. */
  private static final long VIEW = FieldEntry.FLAG_VIEW;
  private final SchemaEntry[] theirs;
  private final FieldEntry[] theirFields;
  private final EnumValue[] theirEnums;
  private final long fieldsAt;
  private final long enumsAt;
  private final SchemaEntry[] ours;
  private final FieldEntry[] ourFields;
  private final EnumValue[] ourEnums;
  private final int[] theirFirst;
  private final int[] ourFirst;

  LayoutRule(SchemaEntry[] theirs, FieldEntry[] theirFields, long fieldsAt, EnumValue[] theirEnums, long enumsAt,
      SchemaEntry[] ours, FieldEntry[] ourFields, EnumValue[] ourEnums) {
    this.theirs = theirs;
    this.theirFields = theirFields;
    this.theirEnums = theirEnums;
    this.fieldsAt = fieldsAt;
    this.enumsAt = enumsAt;
    this.ours = ours;
    this.ourFields = ourFields;
    this.ourEnums = ourEnums;
    this.theirFirst = firsts(theirs.length, theirFields);
    this.ourFirst = firsts(ours.length, ourFields);
  }

  /** Where each struct's members start in a field table (grouped by owner, in schema order: the table rules). */
  private static int[] firsts(int structs, FieldEntry[] fields) {
    int[] first = new int[structs + 1];
    int k = 0;
    for (int s = 0; s <= structs; s++) {
      while (k < fields.length && Short.toUnsignedInt(fields[k].owner()) < s) {
        k++;
      }
      first[s] = k;
    }
    return first;
  }

  /** Their record {@code t} (schema index) against our record {@code o} of the same type. */
  void record(int t, int o) throws CkptFormatException {
    int version = Math.min(theirs[t].version(), ours[o].version());
    struct(t, o, version, "");
  }

  private void struct(int t, int o, int version, String via) throws CkptFormatException {
    int ti = theirFirst[t];
    int oi = ourFirst[o];
    int tEnd = members(theirFields, ti, theirFirst[t + 1], version);
    int oEnd = members(ourFields, oi, ourFirst[o + 1], version);
    for (; ti < tEnd && oi < oEnd; ti++, oi++) {
      member(ti, oi, version, via);
    }
    if (ti < tEnd || oi < oEnd) {
      throw new CkptFormatException(ti < tEnd ? fieldAt(ti) : schemaAt(t),
          ti < tEnd ? SchemaFieldsCodec.TYPE : ImageHeaderCodec.TYPE, String.format(
          "the layout of %s%s differs from this build's (version %d): %d members in the image, %d in this build",
          ours[o].name(), via, version, tEnd - theirFirst[t], oEnd - ourFirst[o]));
    }
  }

  /** The end of the members of version {@code version} or before, from {@code from} ({@code since} never decreases). */
  private static int members(FieldEntry[] fields, int from, int to, int version) {
    int k = from;
    while (k < to && Integer.toUnsignedLong(fields[k].since()) <= version) {
      k++;
    }
    return k;
  }

  private void member(int ti, int oi, int version, String via) throws CkptFormatException {
    FieldEntry t = theirFields[ti];
    FieldEntry o = ourFields[oi];
    String struct = ours[Short.toUnsignedInt(o.owner())].name();
    if (!t.name().equals(o.name())) {
      throw differs(fieldAt(ti) + FieldEntryCodec.OFFSET_NAME, SchemaFieldsCodec.TYPE, struct, o.name(), via, version, "name",
          "\"" + Printable.escape(t.name()) + "\"", "\"" + o.name() + "\"");
    }
    long[][] columns = {
      {FieldEntryCodec.OFFSET_ROLE, Byte.toUnsignedLong(t.role()), Byte.toUnsignedLong(o.role())},
      {FieldEntryCodec.OFFSET_ELEMENT, Byte.toUnsignedLong(t.element()), Byte.toUnsignedLong(o.element())},
      {FieldEntryCodec.OFFSET_ARITY, Byte.toUnsignedLong(t.arity()), Byte.toUnsignedLong(o.arity())},
      {FieldEntryCodec.OFFSET_FLAGS, Byte.toUnsignedLong(t.flags()) & ~VIEW, Byte.toUnsignedLong(o.flags()) & ~VIEW},
      {FieldEntryCodec.OFFSET_ELEMENT_SIZE, Short.toUnsignedLong(t.elementSize()), Short.toUnsignedLong(o.elementSize())},
      {FieldEntryCodec.OFFSET_OFFSET, Integer.toUnsignedLong(t.offset()), Integer.toUnsignedLong(o.offset())},
      {FieldEntryCodec.OFFSET_LENGTH, bound(t), bound(o)},
      {FieldEntryCodec.OFFSET_REF, Integer.toUnsignedLong(t.ref()), Integer.toUnsignedLong(o.ref())},
      {FieldEntryCodec.OFFSET_SINCE, Integer.toUnsignedLong(t.since()), Integer.toUnsignedLong(o.since())},
    };
    String[] names = {"role", "element", "arity", "flags", "elementSize", "offset", "length", "ref", "since"};
    boolean byRef = o.element() == FieldEntry.ELEMENT_STRUCT || o.element() == FieldEntry.ELEMENT_ENUM;
    for (int c = 0; c < columns.length; c++) {
      // a nested struct's or enum's index differs between builds; what it refers to is compared below
      if (columns[c][1] != columns[c][2] && !(byRef && names[c].equals("ref"))) {
        throw differs(fieldAt(ti) + columns[c][0], SchemaFieldsCodec.TYPE, struct, o.name(), via, version, names[c],
            Long.toString(columns[c][1]), Long.toString(columns[c][2]));
      }
    }
    if (o.element() == FieldEntry.ELEMENT_STRUCT) {
      int tn = t.ref();
      int on = o.ref();
      if (!theirs[tn].name().equals(ours[on].name())) {
        throw differs(schemaAt(tn) + SchemaEntryCodec.OFFSET_NAME, ImageHeaderCodec.TYPE, struct, o.name(), via, version, "struct",
            Printable.escape(theirs[tn].name()), ours[on].name());
      }
      struct(tn, on, 1, via + " in " + struct + "." + o.name());
    } else if (o.element() == FieldEntry.ELEMENT_ENUM) {
      enumeration(t.ref(), o.ref(), struct, o.name(), via, version);
    }
  }

  /**
   * A member's length as the rule compares it: a variable member's bound is no part of where any
   * byte is (each record's count is checked against this build's bound as it is read), so it is 0.
   */
  private static long bound(FieldEntry f) {
    return f.arity() == FieldEntry.ARITY_VARIABLE ? 0 : Integer.toUnsignedLong(f.length());
  }

  /** Every constant of their enum {@code te} whose code our enum {@code oe} has: the same name. */
  private void enumeration(int te, int oe, String struct, String member, String via, int version)
      throws CkptFormatException {
    for (int i = 0; i < theirEnums.length; i++) {
      EnumValue t = theirEnums[i];
      if (t.enumId() != te) {
        continue;
      }
      for (EnumValue o : ourEnums) {
        if (o.enumId() == oe && o.code() == t.code() && !o.name().equals(t.name())) {
          throw differs(enumsAt + SchemaEnumsCodec.SIZE + (long) EnumValueCodec.SIZE * i + EnumValueCodec.OFFSET_NAME,
              SchemaEnumsCodec.TYPE, struct, member, via, version, "enum code " + Integer.toUnsignedString(t.code()),
              Printable.escape(t.name()), o.name());
        }
      }
    }
  }

  private static CkptFormatException differs(long at, int type, String struct, String member, String via, int version,
      String column, String theirs, String ours) {
    return new CkptFormatException(at, type, String.format(
        "the layout of %s.%s%s differs from this build's (version %d): %s is %s in the image, %s in this build",
        struct, member, via, version, column, theirs, ours));
  }

  private long fieldAt(int k) {
    return fieldsAt + SchemaFieldsCodec.SIZE + (long) FieldEntryCodec.SIZE * k;
  }

  private static long schemaAt(int k) {
    return ImageHeaderCodec.SIZE + (long) SchemaEntryCodec.SIZE * k;
  }
}
