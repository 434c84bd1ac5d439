package org.ckptgen.processor.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The layout rule, in one place: natural alignment per member; every gap an explicit
 * {@code __u8 __padN[k]}; a record's header first; a variable member's {@code __u32} count where
 * the member was declared, and its elements at the end of the fixed part, which is padded to 8
 * (so the flexible array member starts at {@code sizeof}); the fields of each later version
 * ({@code @Since}) from an 8-byte boundary, so the record of an older version ends where a
 * newer one's first new field begins; size rounded up to 8. Explicit padding is what makes
 * i386 (which aligns {@code __u64} to 4 inside structs) lay out like x86_64.
 */
public final class Layout {
  /** Where a record's header keeps its type and its length: {@code struct ckpt_hdr { __u32 type; __u32 len; }}. */
  public static final int TYPE_AT = 0;
  public static final int LENGTH_AT = 4;

  private final List<Member> members = new ArrayList<>();
  /** A long, so that members each within bounds cannot overflow it together (see {@link #sizeOf}). */
  private long offset;
  private int pads;
  /** The version of the fields placed so far: padding belongs to the version it ends. */
  private int version = 1;

  private Layout() {}

  /**
   * Lays out the user's fields (offsets unset), in declaration order.
   *
   * @throws IllegalArgumentException if the struct would have more than Integer.MAX_VALUE bytes:
   *     callers check {@link #sizeOf} first
   */
  public static StructLayout lay(
      JavaType javaType, String cName, int typeId, String typeConstant, boolean shared,
      List<Member> fields, String doc) {
    Layout layout = place(typeId, fields);
    if (layout.offset > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(cName + " would have " + layout.offset + " bytes");
    }
    return new StructLayout(javaType, cName, typeId, typeConstant, shared,
        List.copyOf(layout.members), (int) layout.offset, doc);
  }

  /** The size of the fixed part {@link #lay} would give these fields, which may exceed an int. */
  public static long sizeOf(int typeId, List<Member> fields) {
    return place(typeId, fields).offset;
  }

  private static Layout place(int typeId, List<Member> fields) {
    Layout layout = new Layout();
    if (typeId != 0) {
      layout.place(Member.header());
    }
    for (Member field : fields) {
      if (field.since() > layout.version) {
        layout.alignTo(StructLayout.ALIGN);
        layout.version = field.since();
      }
      if (field.arity() == Member.Arity.VARIABLE) {
        layout.place(Member.countOf(field));
        layout.alignTo(StructLayout.ALIGN);
      }
      layout.place(field);
    }
    layout.alignTo(StructLayout.ALIGN);
    return layout;
  }

  private void place(Member member) {
    alignTo(member.align());
    members.add(member.at((int) offset)); // past an int only when the struct is refused anyway
    offset += member.size();
  }

  private void alignTo(int align) {
    int gap = (int) ((align - offset % align) % align);
    if (gap > 0) {
      members.add(Member.padding("__pad" + ++pads, gap).withSince(version).at((int) offset));
      offset += gap;
    }
  }
}
