package org.ckptgen.processor.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The tables every image of a schema carries after its header, as rows of numbers: the schema
 * table (one row per struct), the field table (one row per member), the enum table (one row
 * per constant) and the subsystem table (one row per subsystem, in dispatch order). docs/FORMAT.md gives each column's meaning and code. The generated
 * {@code <Root>Schema} class and the schema file both write these rows, so the tables an image
 * carries and the file that vouches for them cannot differ.
 */
public record Tables(List<StructRow> structs, List<FieldRow> fields, List<EnumRow> enums, List<SubsystemRow> subsystems) {

  /** A schema-table flag: the struct is a shared object. */
  public static final int SHARED = 1;
  /** A schema-table flag: a variable-length member follows the fixed part. */
  public static final int VARIABLE = 2;

  /** Field-table flags. */
  public static final int FLAG_SIGNED = 1;
  public static final int FLAG_SORTED = 2;
  public static final int FLAG_VIEW = 4;
  public static final int FLAG_UID = 8;
  public static final int FLAG_GID = 16;
  /** An objref that may be 0 (none): {@code @ObjRef(optional = true)}. */
  public static final int FLAG_OPTIONAL = 32;

  /** One struct: its record type (0 for a value struct), fixed size, version, flags and C name. */
  public record StructRow(int type, int size, int version, int flags, String name) {}

  /**
   * One member of the struct at index {@code owner} of the schema table. {@code ref} is the
   * schema index of a nested struct, the record type an objref points to, or the index of an
   * enum in the enum table; {@code length} is a fixed member's elements, or a variable
   * member's bound.
   */
  public record FieldRow(int owner, int role, int element, int arity, int flags, int elementSize, int offset,
      long length, int ref, int since, String name) {}

  /** One constant of the enum at index {@code enumId}: its code and its Java name, as JSON prints it. */
  public record EnumRow(int enumId, long code, String name) {}

  /**
   * One subsystem: its name, the record type of its state, flags (1 removed, 2 skipped) and the
   * image version that added it (0 for the first); for a removed one, state type and since 0.
   */
  public record SubsystemRow(String name, int stateType, int flags, int since) {}

  /** SubsystemRow flags, as image's SubsystemEntry has them. */
  public static final int SUBSYSTEM_REMOVED = 1;
  public static final int SUBSYSTEM_SKIP = 2;

  /** The tables of {@code schema}'s structs, in its order, for an image kind without subsystems. */
  public static Tables of(Schema schema) {
    return of(schema, List.of());
  }

  /** The tables of {@code schema}'s structs, in its order, and of {@code subsystems}, in dispatch order. */
  public static Tables of(Schema schema, List<SubsystemModel> subsystems) {
    return of(schema, subsystems, List.of());
  }

  /**
   * The same, with the subsystems the image declares {@code removed}: the subsystem table holds
   * the subsystems in dispatch order (as given: the order their sections are written in), then
   * the removed ones by name (subsystems and removed ones never share a name).
   */
  public static Tables of(Schema schema, List<SubsystemModel> subsystems, List<RemovedSubsystem> removed) {
    List<StructLayout> structs = schema.structs();
    List<EnumModel> enums = schema.enums();
    List<StructRow> structRows = new ArrayList<>();
    List<FieldRow> fieldRows = new ArrayList<>();
    // indexes by Java type, as Reach tells structs apart: indexOf per nested member was quadratic
    java.util.Map<String, Integer> structIndex = new java.util.HashMap<>();
    for (int i = structs.size() - 1; i >= 0; i--) {
      structIndex.put(structs.get(i).javaType().qualifiedName(), i);
    }
    for (int owner = 0; owner < structs.size(); owner++) {
      StructLayout s = structs.get(owner);
      structRows.add(new StructRow(s.typeId(), s.size(), s.version(),
          (s.shared() ? SHARED : 0) | (s.variable().isPresent() ? VARIABLE : 0), s.cName()));
      for (Member m : s.members()) {
        int ref = m.struct() != null ? structIndex.getOrDefault(m.struct().javaType().qualifiedName(), -1)
            : m.enumType() != null ? enums.indexOf(m.enumType())
            : m.element() == Member.Element.OBJREF ? m.refType() : 0;
        long length = m.arity() == Member.Arity.VARIABLE ? m.max() : m.length();
        fieldRows.add(new FieldRow(owner, role(m.role()), element(m.element()), arity(m.arity()), flags(m),
            m.elementSize(), m.offset(), length, ref, m.since(), m.cName()));
      }
    }
    List<EnumRow> enumRows = new ArrayList<>();
    for (int id = 0; id < enums.size(); id++) {
      for (EnumModel.Constant c : enums.get(id).constants()) {
        enumRows.add(new EnumRow(id, c.code(), c.javaName()));
      }
    }
    List<SubsystemRow> subsystemRows = new ArrayList<>();
    for (SubsystemModel s : subsystems) {
      subsystemRows.add(new SubsystemRow(s.name(), s.state().typeId(), 0, s.tableSince()));
    }
    removed.stream().sorted(java.util.Comparator.comparing(RemovedSubsystem::name)).forEach(r ->
        subsystemRows.add(new SubsystemRow(r.name(), 0, SUBSYSTEM_REMOVED | (r.skip() ? SUBSYSTEM_SKIP : 0), 0)));
    return new Tables(List.copyOf(structRows), List.copyOf(fieldRows), List.copyOf(enumRows),
        List.copyOf(subsystemRows));
  }

  // The codes of the field table (docs/FORMAT.md, ckpt_field_entry), spelled out: a reordered
  // enum must not change what images say. Public so that a test holds them against the image
  // module's FieldEntry constants, which readers decode the table by.

  public static int role(Member.Role role) {
    return switch (role) {
      case HEADER -> 0;
      case FIELD -> 1;
      case COUNT -> 2;
      case PADDING -> 3;
    };
  }

  public static int element(Member.Element element) {
    return switch (element) {
      case HEADER -> 0;
      case INT -> 1;
      case BOOL -> 2;
      case ENUM -> 3;
      case OBJREF -> 4;
      case STRUCT -> 5;
      case CHAR -> 6;
      case BYTE -> 7;
    };
  }

  public static int arity(Member.Arity arity) {
    return switch (arity) {
      case ONE -> 0;
      case FIXED -> 1;
      case VARIABLE -> 2;
    };
  }

  static int flags(Member m) {
    return (m.scalar() != null && m.scalar().signed() && m.element() == Member.Element.INT ? FLAG_SIGNED : 0)
        | (m.sorted() ? FLAG_SORTED : 0) | (m.view() ? FLAG_VIEW : 0)
        | (m.id() == Member.IdKind.UID ? FLAG_UID : 0) | (m.id() == Member.IdKind.GID ? FLAG_GID : 0)
        | (m.element() == Member.Element.OBJREF && m.optionalRef() ? FLAG_OPTIONAL : 0);
  }
}
