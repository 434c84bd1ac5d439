package org.ckptgen.processor.model;

/**
 * One member of a laid-out C struct: a user field, the record header, a generated count field, or
 * explicit padding. Holds what both generators need; neither computes an offset of its own.
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

  /** A member whose objrefs, if any, are required. */
  public Member(Role role, Element element, Arity arity, String javaName, String cName, Scalar scalar,
      StructLayout struct, EnumModel enumType, String refTarget, int refType, int length, long max, boolean sorted,
      boolean view, int since, String partner, String doc, int offset, IdKind id) {
    this(role, element, arity, javaName, cName, scalar, struct, enumType, refTarget, refType, length, max, sorted,
        view, since, partner, doc, offset, id, false);
  }

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

  public static Member header() {
    return new Member(Role.HEADER, Element.HEADER, Arity.ONE, null, HEADER_NAME, null, null, null,
        null, 0, 1, 0, false, false, 1, null, "", -1, IdKind.NONE);
  }

  public static Member padding(String cName, int bytes) {
    return new Member(Role.PADDING, Element.BYTE, Arity.FIXED, null, cName, Scalar.U8, null, null,
        null, 0, bytes, 0, false, false, 1, null, "", -1, IdKind.NONE);
  }

  /** The {@code __u32} count generated for a variable member. */
  public static Member countOf(Member variable) {
    String doc;
    switch (variable.element()) {
      case CHAR: doc = "bytes of text in " + variable.cName() + "[], NUL excluded"; break;
      case BYTE: doc = "bytes in " + variable.cName() + "[]"; break;
      default: doc = "number of elements of " + variable.cName() + "[]";
    }
    return new Member(Role.COUNT, Element.INT, Arity.ONE, null, variable.partner(), Scalar.U32,
        null, null, null, 0, 1, 0, false, false, 1, variable.cName(), doc, -1, IdKind.NONE);
  }

  /** The C name of the count field of a variable member named {@code cName}. */
  public static String countName(Element element, String cName) {
    return element == Element.CHAR || element == Element.BYTE ? cName + "_len" : "n" + cName;
  }

  /** True when this member, or a struct it nests, holds an objref. */
  public boolean hasRefs() {
    return element == Element.OBJREF || (struct != null && struct.members().stream().anyMatch(Member::hasRefs));
  }

  /** The same member, referring to shared objects of {@code target}, type {@code type}. */
  public Member withRef(String target, int type) {
    return new Member(role, element, arity, javaName, cName, scalar, struct, enumType, target, type,
        length, max, sorted, view, since, partner, doc, offset, id, optionalRef);
  }

  /** The same objref member, allowing 0 (none) when {@code optional}. */
  public Member withOptionalRef(boolean optional) {
    return new Member(role, element, arity, javaName, cName, scalar, struct, enumType, refTarget, refType,
        length, max, sorted, view, since, partner, doc, offset, id, optional);
  }

  /** The same member, holding user or group ids. */
  public Member withId(IdKind kind) {
    return new Member(role, element, arity, javaName, cName, scalar, struct, enumType, refTarget, refType,
        length, max, sorted, view, since, partner, doc, offset, kind, optionalRef);
  }

  public Member withSince(int version) {
    return new Member(role, element, arity, javaName, cName, scalar, struct, enumType, refTarget, refType,
        length, max, sorted, view, version, partner, doc, offset, id, optionalRef);
  }

  public Member at(int newOffset) {
    return new Member(role, element, arity, javaName, cName, scalar, struct, enumType, refTarget, refType,
        length, max, sorted, view, since, partner, doc, newOffset, id, optionalRef);
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
