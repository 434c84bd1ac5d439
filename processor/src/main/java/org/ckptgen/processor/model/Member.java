package org.ckptgen.processor.model;

/**
 * One member of a laid-out C struct: a user field, the record header, a generated count field, or
 * explicit padding. Holds what both generators need; neither computes an offset of its own.
 *
 * <p>Members are built with {@link #field}, {@link #header}, {@link #padding} and {@link #countOf},
 * each a {@link Builder} that names every component it sets and leaves the others at their
 * defaults; {@link #toBuilder} changes one. A builder rather than sealed kinds (Field, Count,
 * Padding, Header): every writer (javagen, cgen, imagegen, the field table) reads a member through
 * the same accessors whatever its role and mostly switches on element and arity, not on role, and
 * the four roles differ only in which components are set; sealed kinds would turn those reads into
 * type tests for no component of their own. What the positional constructor lacked was names at
 * the call site, and a builder gives those.
 *
 * @param javaName the record component for a {@link Role#FIELD}, otherwise null
 * @param scalar the C scalar of one element (for a {@link Element#STRUCT} and the header, null)
 * @param struct the nested struct of a {@link Element#STRUCT}
 * @param enumType the enum of an {@link Element#ENUM}
 * @param refTarget the C name of the struct an {@link Element#OBJREF} points to
 * @param refType the record type id of that struct
 * @param length elements of a {@link Arity#FIXED} member or bytes of padding; 1 for {@link Arity#ONE}
 * @param max the bound of a {@link Arity#VARIABLE} member
 * @param view a byte payload decoded as a read-only view of the bytes read, not a copy
 * @param since the record version that added the member (1 for the first)
 * @param partner for a variable member, its count field's C name; for a count, the member it counts
 * @param offset the byte offset from the start of the struct, or -1 before layout
 * @param id what a 32-bit integer member holds when it is a user or group id ({@code @Uid},
 *     {@code @Gid}), for tools that remap ids; {@link IdKind#NONE} otherwise
 * @param optionalRef for an {@link Element#OBJREF}, whether 0 (none) is allowed ({@code @ObjRef(optional = true)})
 */
public record Member(
    Role role,
    Element element,
    Arity arity,
    String javaName,
    String cName,
    Scalar scalar,
    StructLayout struct,
    EnumModel enumType,
    String refTarget,
    int refType,
    int length,
    long max,
    boolean sorted,
    boolean view,
    int since,
    String partner,
    String doc,
    int offset,
    IdKind id,
    boolean optionalRef) {

  // The order of Role, Element and Arity is the code the image's field table gives them
  // (org.ckptgen.image.FieldEntry's ROLE_, ELEMENT_ and ARITY_ constants): append only.

  /** Why the member is there. */
  public enum Role { HEADER, FIELD, COUNT, PADDING }

  /** What one element is. */
  public enum Element { HEADER, INT, BOOL, ENUM, OBJREF, STRUCT, CHAR, BYTE }

  /** How many elements: one, a fixed number, or a trailing variable count. */
  public enum Arity { ONE, FIXED, VARIABLE }

  /** The id a member holds, for id remapping: none, a user id or a group id. */
  public enum IdKind { NONE, UID, GID }

  /** The C name of the record header member, as in linux-cr. */
  public static final String HEADER_NAME = "h";

  /** A user field: record component {@code javaName}, C member {@code cName}. */
  public static Builder field(Element element, Arity arity, String javaName, String cName) {
    return new Builder(Role.FIELD, element, arity, cName).javaName(javaName);
  }

  public static Member header() {
    return new Builder(Role.HEADER, Element.HEADER, Arity.ONE, HEADER_NAME).build();
  }

  public static Member padding(String cName, int bytes) {
    return new Builder(Role.PADDING, Element.BYTE, Arity.FIXED, cName).scalar(Scalar.U8).length(bytes).build();
  }

  /** The {@code __u32} count generated for a variable member. */
  public static Member countOf(Member variable) {
    String doc;
    switch (variable.element()) {
      case CHAR: doc = "bytes of text in " + variable.cName() + "[], NUL excluded"; break;
      case BYTE: doc = "bytes in " + variable.cName() + "[]"; break;
      default: doc = "number of elements of " + variable.cName() + "[]";
    }
    return new Builder(Role.COUNT, Element.INT, Arity.ONE, variable.partner()).scalar(Scalar.U32)
        .partner(variable.cName()).doc(doc).build();
  }

  /** The C name of the count field of a variable member named {@code cName}. */
  public static String countName(Element element, String cName) {
    return element == Element.CHAR || element == Element.BYTE ? cName + "_len" : "n" + cName;
  }

  /** True when this member, or a struct it nests, holds an objref. */
  public boolean hasRefs() {
    return element == Element.OBJREF || (struct != null && struct.members().stream().anyMatch(Member::hasRefs));
  }

  /** A builder holding every component of this member. */
  public Builder toBuilder() {
    return new Builder(role, element, arity, cName).javaName(javaName).scalar(scalar).struct(struct)
        .enumType(enumType).ref(refTarget, refType).length(length).max(max).sorted(sorted).view(view)
        .since(since).partner(partner).doc(doc).offset(offset).id(id).optionalRef(optionalRef);
  }

  /** The same member, referring to shared objects of {@code target}, type {@code type}. */
  public Member withRef(String target, int type) {
    return toBuilder().ref(target, type).build();
  }

  /** The same objref member, allowing 0 (none) when {@code optional}. */
  public Member withOptionalRef(boolean optional) {
    return toBuilder().optionalRef(optional).build();
  }

  /** The same member, holding user or group ids. */
  public Member withId(IdKind kind) {
    return toBuilder().id(kind).build();
  }

  public Member withSince(int version) {
    return toBuilder().since(version).build();
  }

  public Member at(int newOffset) {
    return toBuilder().offset(newOffset).build();
  }

  /**
   * A member under construction. The defaults are those of a plain member: one element, version
   * 1, no doc, no objref target, no id, not laid out yet (offset -1).
   */
  public static final class Builder {
    private final Role role;
    private final Element element;
    private Arity arity;
    private final String cName;
    private String javaName;
    private Scalar scalar;
    private StructLayout struct;
    private EnumModel enumType;
    private String refTarget;
    private int refType;
    private int length = 1;
    private long max;
    private boolean sorted;
    private boolean view;
    private int since = 1;
    private String partner;
    private String doc = "";
    private int offset = -1;
    private IdKind id = IdKind.NONE;
    private boolean optionalRef;

    private Builder(Role role, Element element, Arity arity, String cName) {
      this.role = role;
      this.element = element;
      this.arity = arity;
      this.cName = cName;
    }

    public Builder javaName(String javaName) {
      this.javaName = javaName;
      return this;
    }

    public Builder arity(Arity arity) {
      this.arity = arity;
      return this;
    }

    public Builder scalar(Scalar scalar) {
      this.scalar = scalar;
      return this;
    }

    public Builder struct(StructLayout struct) {
      this.struct = struct;
      return this;
    }

    public Builder enumType(EnumModel enumType) {
      this.enumType = enumType;
      return this;
    }

    /** The C name and record type id of the struct an objref points to. */
    public Builder ref(String target, int type) {
      this.refTarget = target;
      this.refType = type;
      return this;
    }

    public Builder length(int length) {
      this.length = length;
      return this;
    }

    public Builder max(long max) {
      this.max = max;
      return this;
    }

    public Builder sorted(boolean sorted) {
      this.sorted = sorted;
      return this;
    }

    public Builder view(boolean view) {
      this.view = view;
      return this;
    }

    public Builder since(int since) {
      this.since = since;
      return this;
    }

    public Builder partner(String partner) {
      this.partner = partner;
      return this;
    }

    public Builder doc(String doc) {
      this.doc = doc;
      return this;
    }

    public Builder offset(int offset) {
      this.offset = offset;
      return this;
    }

    public Builder id(IdKind id) {
      this.id = id;
      return this;
    }

    public Builder optionalRef(boolean optionalRef) {
      this.optionalRef = optionalRef;
      return this;
    }

    public Member build() {
      return new Member(role, element, arity, javaName, cName, scalar, struct, enumType, refTarget, refType,
          length, max, sorted, view, since, partner, doc, offset, id, optionalRef);
    }
  }

  /** Bytes of one element. */
  public int elementSize() {
    if (element == Element.HEADER) {
      return 8;
    }
    return element == Element.STRUCT ? struct.size() : scalar.size();
  }

  /** Bytes in the fixed part of the struct: 0 for a variable member. */
  public int size() {
    return arity == Arity.VARIABLE ? 0 : elementSize() * length;
  }

  /** Natural alignment: that of one element; structs align to 8. */
  public int align() {
    return element == Element.STRUCT || element == Element.HEADER ? 8 : scalar.size();
  }
}
