package org.ckptgen.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.ckptgen.processor.model.Fingerprint;
import org.ckptgen.processor.model.JavaType;
import org.ckptgen.processor.model.Layout;
import org.ckptgen.processor.model.Member;
import org.ckptgen.processor.model.Scalar;
import org.ckptgen.processor.model.Schema;
import org.junit.jupiter.api.Test;

/** The schema fingerprint is the same for the same layouts and differs for any change of a byte. */
class FingerprintTest {
  private static Member field(String name, Scalar s) {
    return Member.field(Member.Element.INT, Member.Arity.ONE, name, name).scalar(s).build();
  }

  private static long of(String structName, int type, Member... fields) {
    return Fingerprint.of(Schema.of("x", 1, List.of(Layout.lay(new JavaType("p", List.of("S")), structName, type,
        structName.toUpperCase(), false, List.of(fields), "docs do not count"))));
  }

  @Test
  void sameLayoutsSameFingerprint() {
    assertEquals(of("ckpt_hdr_s", 0x100, field("a", Scalar.U32)), of("ckpt_hdr_s", 0x100, field("a", Scalar.U32)));
  }

  @Test
  void anyChangeOfLayoutChangesIt() {
    long base = of("ckpt_hdr_s", 0x100, field("a", Scalar.U32), field("b", Scalar.U32));
    assertNotEquals(base, of("ckpt_hdr_s", 0x100, field("a", Scalar.U32), field("b", Scalar.S32)), "signedness");
    assertNotEquals(base, of("ckpt_hdr_s", 0x100, field("b", Scalar.U32), field("a", Scalar.U32)), "order");
    assertNotEquals(base, of("ckpt_hdr_s", 0x101, field("a", Scalar.U32), field("b", Scalar.U32)), "type id");
    assertNotEquals(base, of("ckpt_hdr_t", 0x100, field("a", Scalar.U32), field("b", Scalar.U32)), "struct name");
    assertNotEquals(base, of("ckpt_hdr_s", 0x100, field("a", Scalar.U32), field("b", Scalar.U64)), "width and offsets");
    assertNotEquals(base, of("ckpt_hdr_s", 0x100, field("a", Scalar.U32), field("b", Scalar.U32).withSince(2)), "version");
  }
}
