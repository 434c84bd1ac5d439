package org.ckptgen.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.ckptgen.processor.model.JavaType;
import org.ckptgen.processor.model.Layout;
import org.ckptgen.processor.model.Member;
import org.ckptgen.processor.model.Scalar;
import org.ckptgen.processor.model.StructLayout;
import org.junit.jupiter.api.Test;

/** The layout rule on hand-built members: each case says the C it must amount to. */
class LayoutTest {
  private static final JavaType TYPE = new JavaType("p", List.of("S"));

  private static Member scalar(String name, Scalar s) {
    return Member.field(Member.Element.INT, Member.Arity.ONE, name, name).scalar(s).build();
  }

  private static Member varInts(String name, long max) {
    return Member.field(Member.Element.INT, Member.Arity.VARIABLE, name, name).scalar(Scalar.U32).max(max)
        .partner(Member.countName(Member.Element.INT, name)).build();
  }

  /** "name@offset" for every member, then the size. */
  private static String shape(StructLayout s) {
    return s.members().stream().map(m -> org.ckptgen.processor.cgen.CDecl.cDeclarator(m) + "@" + m.offset()).collect(Collectors.joining(" "))
        + " size " + s.size();
  }

  @Test
  void aByteBeforeALongLeavesExplicitPadding() {
    // struct { __u8 a; __u8 __pad1[7]; __u64 b; }
    StructLayout s = Layout.lay(TYPE, "ckpt_s", 0, null, false, List.of(scalar("a", Scalar.U8), scalar("b", Scalar.U64)), "");
    assertEquals("a@0 __pad1[7]@1 b@8 size 16", shape(s));
  }

  @Test
  void aRecordStartsWithItsHeaderAndRoundsTo8() {
    // struct { struct ckpt_hdr h; __u32 a; __u8 __pad1[4]; }
    StructLayout s = Layout.lay(TYPE, "ckpt_hdr_s", 0x100, "CKPT_HDR_S", false, List.of(scalar("a", Scalar.U32)), "");
    assertEquals("h@0 a@8 __pad1[4]@12 size 16", shape(s));
  }

  @Test
  void aVariableMembersCountStandsWhereDeclaredAndItsElementsAtTheEnd() {
    // struct { struct ckpt_hdr h; __u16 a; __u8 __pad1[2]; __u32 nids; __u32 ids[]; }
    StructLayout s = Layout.lay(TYPE, "ckpt_hdr_s", 0x100, "CKPT_HDR_S", false,
        List.of(scalar("a", Scalar.U16), varInts("ids", 10)), "");
    assertEquals("h@0 a@8 __pad1[2]@10 nids@12 ids[]@16 size 16", shape(s));
    assertEquals(s.size(), s.variable().orElseThrow().offset());
  }

  @Test
  void aCountThatEndsOffTheBoundaryIsPaddedBeforeTheElements() {
    // struct { struct ckpt_hdr h; __u32 nids; __u8 __pad1[4]; __u32 ids[]; }
    StructLayout s = Layout.lay(TYPE, "ckpt_hdr_s", 0x100, "CKPT_HDR_S", false, List.of(varInts("ids", 10)), "");
    assertEquals("h@0 nids@8 __pad1[4]@12 ids[]@16 size 16", shape(s));
  }

  @Test
  void aValueStructOfOneIntIsEightBytes() {
    StructLayout s = Layout.lay(TYPE, "ckpt_s", 0, null, false, List.of(scalar("a", Scalar.S32)), "");
    assertEquals("a@0 __pad1[4]@4 size 8", shape(s));
  }
}
