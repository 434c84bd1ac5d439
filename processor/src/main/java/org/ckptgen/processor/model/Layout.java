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
  private final List<Member> members = new ArrayList<>();
  private int offset;
  private int pads;
  /** The version of the fields placed so far: padding belongs to the version it ends. */
  private int version = 1;

  private Layout() {}

  /** Lays out the user's fields (offsets unset), in declaration order. */
  public static StructLayout lay(
      JavaType javaType, String cName, int typeId, String typeConstant, boolean shared,
      List<Member> fields, String doc) {
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
    return new StructLayout(javaType, cName, typeId, typeConstant, shared,
        List.copyOf(layout.members), layout.offset, doc);
  }

  private void place(Member member) {
    alignTo(member.align());
    members.add(member.at(offset));
    offset += member.size();
  }

  private void alignTo(int align) {
    int gap = (align - offset % align) % align;
    if (gap > 0) {
      members.add(Member.padding("__pad" + ++pads, gap).withSince(version).at(offset));
      offset += gap;
    }
  }
}
