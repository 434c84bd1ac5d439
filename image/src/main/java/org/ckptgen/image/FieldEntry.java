package org.ckptgen.image;

import org.ckptgen.annotations.CkptStruct;
import org.ckptgen.annotations.FixedString;
import org.ckptgen.annotations.U16;
import org.ckptgen.annotations.U32;
import org.ckptgen.annotations.U8;

/**
 * One member of one struct of the image's schema table, so that a reader without the
 * subsystems' classes can decode, check, print and rewrite every field. Written by the processor
 * from the same layout model as the codecs and the C header.
 *
 * @param owner the index of the member's struct in the header's schema table
 * @param role ROLE_HEADER, ROLE_FIELD, ROLE_COUNT (the count of a variable member) or ROLE_PADDING
 * @param element what one element is: ELEMENT_HEADER, INT, BOOL, ENUM, OBJREF, STRUCT, CHAR or BYTE
 * @param arity ARITY_ONE, ARITY_FIXED (length elements) or ARITY_VARIABLE (trailing, counted)
 * @param flags FLAG_SIGNED, FLAG_SORTED, FLAG_VIEW, FLAG_UID, FLAG_GID, FLAG_OPTIONAL
 * @param elementSize bytes of one element
 * @param offset the member's offset in its struct (for a variable member, where its elements start)
 * @param length elements of a fixed member (bytes of padding); 1 for one element; the bound of a variable member
 * @param ref STRUCT: the schema index of the nested struct; OBJREF: the record type it refers to; ENUM: the enum's id in the enum table
 * @param since the struct version that added the member
 * @param name the member's C name
 */
@CkptStruct(cName = "ckpt_field_entry")
public record FieldEntry(
    @U16 short owner,
    @U8 byte role,
    @U8 byte element,
    @U8 byte arity,
    @U8 byte flags,
    @U16 short elementSize,
    @U32 int offset,
    @U32 int length,
    @U32 int ref,
    @U32 int since,
    @FixedString(length = 48) String name) {

  public static final int ROLE_HEADER = 0;
  public static final int ROLE_FIELD = 1;
  public static final int ROLE_COUNT = 2;
  public static final int ROLE_PADDING = 3;

  public static final int ELEMENT_HEADER = 0;
  public static final int ELEMENT_INT = 1;
  public static final int ELEMENT_BOOL = 2;
  public static final int ELEMENT_ENUM = 3;
  public static final int ELEMENT_OBJREF = 4;
  public static final int ELEMENT_STRUCT = 5;
  public static final int ELEMENT_CHAR = 6;
  public static final int ELEMENT_BYTE = 7;

  public static final int ARITY_ONE = 0;
  public static final int ARITY_FIXED = 1;
  public static final int ARITY_VARIABLE = 2;

  /** A signed integer. */
  public static final int FLAG_SIGNED = 1;
  /** A variable array whose elements are in non-decreasing order. */
  public static final int FLAG_SORTED = 2;
  /** A byte payload that Java decodes as a view of the image. */
  public static final int FLAG_VIEW = 4;
  /** Holds user ids ({@code @Uid}). */
  public static final int FLAG_UID = 8;
  /** Holds group ids ({@code @Gid}). */
  public static final int FLAG_GID = 16;
  /** An objref that may be 0 (none): {@code @ObjRef(optional = true)}; without it, 0 is refused. */
  public static final int FLAG_OPTIONAL = 32;

  /** An entry from unsigned and small values; the generated schema classes call this. */
  public static FieldEntry of(int owner, int role, int element, int arity, int flags, int elementSize, int offset,
      int length, int ref, int since, String name) {
    return new FieldEntry((short) owner, (byte) role, (byte) element, (byte) arity, (byte) flags, (short) elementSize,
        offset, length, ref, since, name);
  }
}
