package org.ckptgen.processor.cgen;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ckptgen.processor.model.EnumModel;
import org.ckptgen.processor.model.Member;
import org.ckptgen.processor.model.Schema;
import org.ckptgen.processor.model.StructLayout;
import org.ckptgen.processor.model.SubsystemModel;

/**
 * The bytes of the tables every image of a build carries, as the generated {@code <Root>Schema}
 * writes them: the header's schema table (from byte 88 of the header: {@code nschema}, its pad,
 * the entries), then the field, enum and subsystem table records. The C reader embeds them, so
 * that it can require them byte for byte of an image with its fingerprint.
 */
public final class TableBytes {
  private TableBytes() {}

  /** Each of the four parts, in order. */
  public static byte[][] of(Schema user, List<SubsystemModel> subsystems) {
    List<StructLayout> structs = user.structs();
    List<EnumModel> enums = user.enums();
    ByteBuffer schema = le(8 + 64 * structs.size());
    schema.putInt(structs.size()).putInt(0);
    for (StructLayout s : structs) {
      schema.putInt(s.isRecord() ? s.typeId() : 0).putInt(s.size()).putInt(s.version())
          .putInt((s.shared() ? 1 : 0) | (s.variable().isPresent() ? 2 : 0));
      name(schema, s.cName(), 48);
    }
    int nfields = structs.stream().mapToInt(s -> s.members().size()).sum();
    ByteBuffer fields = record(0x0005, 72, nfields);
    for (int owner = 0; owner < structs.size(); owner++) {
      for (Member m : structs.get(owner).members()) {
        int ref = m.struct() != null ? structs.indexOf(m.struct())
            : m.enumType() != null ? enums.indexOf(m.enumType())
            : m.element() == Member.Element.OBJREF ? m.refType() : 0;
        int flags = (m.scalar() != null && m.scalar().signed() && m.element() == Member.Element.INT ? 1 : 0)
            | (m.sorted() ? 2 : 0) | (m.view() ? 4 : 0)
            | (m.id() == Member.IdKind.UID ? 8 : 0) | (m.id() == Member.IdKind.GID ? 16 : 0)
            | (m.element() == Member.Element.OBJREF && m.optionalRef() ? 32 : 0);
        long length = m.arity() == Member.Arity.VARIABLE ? m.max() : m.length();
        fields.putShort((short) owner).put((byte) m.role().ordinal()).put((byte) m.element().ordinal())
            .put((byte) m.arity().ordinal()).put((byte) flags).putShort((short) m.elementSize()).putInt(m.offset())
            .putInt((int) length).putInt(ref).putInt(m.since());
        name(fields, m.cName(), 48);
      }
    }
    int nvalues = enums.stream().mapToInt(e -> e.constants().size()).sum();
    ByteBuffer values = record(0x0006, 56, nvalues);
    for (int id = 0; id < enums.size(); id++) {
      for (EnumModel.Constant c : enums.get(id).constants()) {
        values.putInt(id).putInt((int) c.code());
        name(values, c.javaName(), 48);
      }
    }
    ByteBuffer subs = record(0x0007, 40, subsystems.size());
    for (SubsystemModel s : subsystems) {
      name(subs, s.name(), 32);
      subs.putInt(s.state().typeId()).putInt(0);
    }
    return new byte[][] {schema.array(), fields.array(), values.array(), subs.array()};
  }

  private static ByteBuffer le(int size) {
    return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
  }

  /** A table record: header, count, pad, then n entries of {@code size} bytes. */
  private static ByteBuffer record(int type, int size, int n) {
    ByteBuffer b = le(16 + size * n);
    return b.putInt(type).putInt(16 + size * n).putInt(n).putInt(0);
  }

  private static void name(ByteBuffer b, String name, int length) {
    byte[] text = name.getBytes(StandardCharsets.UTF_8);
    int at = b.position();
    b.put(text).position(at + length);
  }
}
