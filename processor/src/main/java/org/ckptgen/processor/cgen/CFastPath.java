package org.ckptgen.processor.cgen;

import java.util.ArrayList;
import java.util.List;
import org.ckptgen.processor.model.Member;
import org.ckptgen.processor.model.Member.Arity;
import org.ckptgen.processor.model.Member.Element;
import org.ckptgen.processor.model.Member.Role;
import org.ckptgen.processor.model.StructLayout;

/**
 * The summary of a struct by which the C reader checks and walks it without going member by
 * member (ckptgen_reader.h, ckpt_check_struct and ckpt_refs_struct): computed here once, from the
 * layout model, so that the reader's hot loop does not rediscover it per record.
 *
 * <ul>
 *   <li>{@code masks}: 8-byte words of the struct's fixed part, each with the bits that must be
 *       zero in it: padding bytes, the sign bit of every objref, the 7 high bits of every
 *       boolean; of fixed nested structs, theirs too. A word is at an offset where all 8 bytes
 *       lie in the record of version 1, which every record's length covers.
 *   <li>{@code checks}: the members a mask does not cover, in member order: strings, enums,
 *       counts, sorted or variable members, nested structs with checks of their own, members of
 *       a later version. Integers need no check (every value is valid), nor payload bytes.
 *   <li>{@code walk}: the members {@code ckpt_refs_struct} visits: the count (for the variable
 *       member's elements) and every member that holds an objref.
 *   <li>{@code refs_at}: every objref of the struct at its offset, where all lie in the fixed part
 *       of version 1 (else none): resolved in one loop, without the walk.
 * </ul>
 *
 * The reader tests the masks first; when they all hold, every member they cover would pass its
 * member-by-member check, so checking {@code checks} alone gives the same verdict; when one does
 * not, it checks member by member as before, so the error (offset and reason) is the same too.
 */
final class CFastPath {
  private CFastPath() {}

  /** A word at {@code offset} whose {@code bits} must be zero, in the image's (little-endian) order. */
  record Mask(int offset, long bits) {
    String row() {
      return "{" + offset + ", 0x" + Long.toHexString(bits) + "ull}";
    }
  }

  /** An objref at {@code offset} that must refer to a record of {@code type}, or be 0 where {@code optional}. */
  record RefAt(int offset, int type, boolean optional) {
    String row() {
      return "{" + offset + ", " + type + "u, " + (optional ? 1 : 0) + "}";
    }
  }

  /**
   * The summary of one struct: member indices into its description's members; {@code refsAt} is
   * every objref of the struct at its offset (nested fixed structs' included), or null where some
   * objref lies elsewhere (in the variable member, or in a member of a later version).
   */
  record Summary(List<Mask> masks, List<Integer> checks, List<Integer> walk, List<RefAt> refsAt) {}

  static Summary of(StructLayout s) {
    byte[] zero = new byte[s.size()];
    List<Integer> checks = new ArrayList<>();
    List<Integer> walk = new ArrayList<>();
    int least = s.minLength();
    List<Member> members = s.members();
    for (int k = 0; k < members.size(); k++) {
      Member m = members.get(k);
      if (m.role() == Role.COUNT || (m.role() == Role.FIELD && m.hasRefs())) {
        walk.add(k);
      }
      if (!needsCheck(m)) {
        continue;
      }
      boolean inFirstVersion = m.since() <= 1 && m.offset() + m.size() <= least;
      if (!inFirstVersion || least < 8 || !masked(m, zero, m.offset())) {
        checks.add(k);
      }
    }
    return new Summary(words(zero, least), checks, walk, refsAt(s));
  }

  /** Every objref of {@code s} at its offset, or null if one is not in the fixed part of version 1. */
  private static List<RefAt> refsAt(StructLayout s) {
    List<RefAt> refs = new ArrayList<>();
    for (Member m : s.members()) {
      if (m.role() != Role.FIELD || !m.hasRefs()) {
        continue;
      }
      if (m.arity() == Arity.VARIABLE || m.since() > 1 || m.offset() + m.size() > s.minLength()) {
        return null;
      }
      List<RefAt> one = m.element() == Element.OBJREF ? List.of(new RefAt(0, m.refType(), m.optionalRef()))
          : refsAt(m.struct());
      if (one == null) {
        return null;
      }
      int step = m.elementSize();
      for (int i = 0; i < m.length(); i++) {
        for (RefAt r : one) {
          refs.add(new RefAt(m.offset() + i * step + r.offset(), r.type(), r.optional()));
        }
      }
    }
    return refs;
  }

  /** Whether the member-by-member check of {@code m} can fail: every value of an integer or a payload is valid. */
  private static boolean needsCheck(Member m) {
    if (m.role() == Role.HEADER) {
      return false;  // the record header is checked before the members
    }
    if (m.role() == Role.FIELD && (m.element() == Element.INT || m.element() == Element.BYTE)) {
      return m.sorted();
    }
    return true;
  }

  /**
   * Sets in {@code zero} the bits of {@code m} (at {@code at}) that must be zero, if a mask says
   * all that its check says: padding, objrefs, booleans and fixed structs whose every member is
   * such. Returns false, setting nothing, for anything else.
   */
  private static boolean masked(Member m, byte[] zero, int at) {
    if (m.arity() == Arity.VARIABLE || m.sorted()) {
      return false;
    }
    if (m.role() == Role.PADDING) {
      for (int i = 0; i < m.length(); i++) {
        zero[at + i] = (byte) 0xff;
      }
      return true;
    }
    if (m.role() != Role.FIELD) {
      return false;
    }
    switch (m.element()) {
      case INT:
      case BYTE:
        return true;
      case OBJREF:
        for (int i = 0; i < m.length(); i++) {
          zero[at + 4 * i + 3] |= (byte) 0x80;  // little endian: the sign is the top bit of the last byte
        }
        return true;
      case BOOL:
        for (int i = 0; i < m.length(); i++) {
          zero[at + i] |= (byte) 0xfe;
        }
        return true;
      case STRUCT:
        StructLayout nested = m.struct();
        byte[] inner = new byte[nested.size()];
        for (Member n : nested.members()) {
          if (needsCheck(n) && (n.since() > 1 || !masked(n, inner, n.offset()))) {
            return false;
          }
        }
        for (int i = 0; i < m.length(); i++) {
          for (int b = 0; b < inner.length; b++) {
            zero[at + i * inner.length + b] |= inner[b];
          }
        }
        return true;
      default:
        return false;
    }
  }

  /** The words of {@code zero} that have a bit set, each wholly below {@code least}. */
  private static List<Mask> words(byte[] zero, int least) {
    List<Mask> masks = new ArrayList<>();
    for (int w = 0; w < least; w += 8) {
      int at = Math.min(w, least - 8);
      long bits = 0;
      for (int b = 7; b >= 0; b--) {
        bits = bits << 8 | (at + b >= w ? zero[at + b] & 0xff : 0);
      }
      if (bits != 0) {
        masks.add(new Mask(at, bits));
      }
    }
    return masks;
  }

  /** The name of the generated check of {@code s} ({@code ok} of its description). */
  static String okName(String prefix, StructLayout s) {
    return prefix + "ok_" + s.cName();
  }

  /** The name of the generated objref resolution of {@code s} ({@code refs_ok}). */
  static String refsName(String prefix, StructLayout s) {
    return prefix + "refs_ok_" + s.cName();
  }

  /**
   * Whether the C reader gets generated functions for {@code s}: every member (nested structs'
   * too) of version 1, no sorted array of structs. Others are read by the description alone.
   */
  static boolean generated(StructLayout s) {
    for (Member m : s.members()) {
      if (m.since() > 1 || (m.element() == Element.STRUCT && (m.sorted() || !generated(m.struct())))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The C of {@code ok}: ckpt_check_struct's verdict on the struct at p, len bytes, after its
   * header (or size) check: the masks, then each member of {@code checks} as
   * ckpt_check_member checks it, with the offsets, sizes and bounds as constants. 1 only where
   * every check passes: a 0 sends the reader member by member, which finds the first error.
   */
  static String okFunction(String prefix, StructLayout s, Summary sum) {
    StringBuilder b = new StringBuilder();
    boolean count = sum.checks().stream().anyMatch(k -> s.members().get(k).arity() == Arity.VARIABLE);
    b.append("/* ckpt_check_struct's verdict on the ").append(s.cName())
        .append(" at p, len bytes (its header or size checked): 1 if it passes, 0 if it may not. */\n");
    b.append("static inline int ").append(okName(prefix, s)).append("(const unsigned char *p, size_t len)\n{\n");
    if (count) {
      b.append("\t__u32 count = 0;\n");
    }
    StringBuilder body = new StringBuilder();
    boolean loops = false;
    if (!sum.masks().isEmpty()) {
      body.append("\tif (");
      for (int k = 0; k < sum.masks().size(); k++) {
        Mask mask = sum.masks().get(k);
        body.append(k == 0 ? "" : "\n\t    | ")
            .append("(ckpt_le64(p + ").append(mask.offset()).append(") & 0x").append(Long.toHexString(mask.bits()))
            .append("ull)");
      }
      body.append(")\n\t\treturn 0;\n");
    }
    for (int index : sum.checks()) {
      Member m = s.members().get(index);
      String at = "p + " + m.offset();
      String n = m.arity() == Arity.VARIABLE ? "count" : String.valueOf(m.length());
      int es = m.elementSize();
      String element = at + " + " + es + " * i";
      if (m.role() == Role.PADDING) {
        body.append("\tif (!ckpt_zero_ok(").append(at).append(", ").append(m.length()).append("))\n\t\treturn 0;\n");
        continue;
      }
      if (m.role() == Role.COUNT) {
        Member counted = s.member(m.partner());
        int extra = counted.element() == Element.CHAR ? 1 : 0;
        body.append("\t{\n\t\tconst __u64 c = ckpt_le32(").append(at).append(");\n\n")
            .append("\t\tif (c > ").append(counted.max()).append("ull || c * ").append(counted.elementSize())
            .append(" + ").append(extra).append(" > (__u64)(len - ").append(s.size()).append("))\n\t\t\treturn 0;\n")
            .append(count ? "\t\tcount = (__u32)c;\n" : "").append("\t}\n");
        continue;
      }
      switch (m.element()) {
        case CHAR:
          body.append("\tif (!").append(m.arity() == Arity.VARIABLE ? "ckpt_var_string_ok(" + at + ", count)"
              : "ckpt_fixed_string_ok(" + at + ", " + m.length() + ")").append(")\n\t\treturn 0;\n");
          continue;
        case BOOL:
          loops |= each(body, m, "*(%s) > 1");
          break;
        case OBJREF:
          loops |= each(body, m, "(__s32)ckpt_le32(%s) < 0");
          break;
        case ENUM:
          loops |= each(body, m, "!ckpt_enum_name(&" + prefix + "enum_" + m.enumType().cName() + ", (long)ckpt_uint(%s, "
              + es + "))");
          break;
        case STRUCT:
          loops |= each(body, m, "!" + okName(prefix, m.struct()) + "(%s, " + es + ")");
          break;
        default:
          break;  // an integer: only its order to check
      }
      if (m.sorted()) {
        loops = true;
        String read = m.scalar() != null && m.scalar().signed() ? "ckpt_sint" : "ckpt_uint";
        body.append("\tfor (i = 1; i < ").append(n).append("; i++)\n\t\tif (").append(read).append("(").append(at)
            .append(" + ").append(es).append(" * (i - 1), ").append(es).append(") > ").append(read).append("(")
            .append(element).append(", ").append(es).append("))\n\t\t\treturn 0;\n");
      }
    }
    if (loops) {
      b.append("\tsize_t i;\n");
    }
    if (count || loops) {
      b.append("\n");
    }
    b.append(body.length() == 0 ? "\t(void)p;\n" : "").append("\t(void)len;\n").append(body).append("\treturn 1;\n}");
    return b.toString();
  }

  /**
   * The C of {@code refs_ok}: ckpt_refs_struct's verdict on the struct at p, every objref
   * resolved against the n objects before it (types), with the offsets and types as constants.
   */
  static String refsFunction(String prefix, StructLayout s, Summary sum) {
    StringBuilder b = new StringBuilder();
    StringBuilder body = new StringBuilder();
    boolean count = sum.walk().stream().anyMatch(k -> s.members().get(k).arity() == Arity.VARIABLE);
    boolean loops = false;
    for (int index : sum.walk()) {
      Member m = s.members().get(index);
      String at = "p + " + m.offset();
      if (m.role() == Role.COUNT) {
        if (count) {
          body.append("\tcount = ckpt_le32(").append(at).append(");\n");
        }
      } else if (m.element() == Element.OBJREF) {
        loops |= each(body, m, "!ckpt_ref_ok((__s32)ckpt_le32(%s), " + m.refType() + "u, " + (m.optionalRef() ? 1 : 0)
            + ", types, n)");
      } else {
        loops |= each(body, m, "!" + refsName(prefix, m.struct()) + "(%s, types, n)");
      }
    }
    b.append("/* ckpt_refs_struct's verdict on the ").append(s.cName())
        .append(" at p: 1 if every objref resolves against the n objects before it, 0 if one may not. */\n");
    b.append("static inline int ").append(refsName(prefix, s))
        .append("(const unsigned char *p, const __u32 *types, size_t n)\n{\n");
    if (count) {
      b.append("\t__u32 count;\n");
    }
    if (loops) {
      b.append("\tsize_t i;\n");
    }
    b.append(count || loops ? "\n" : "").append(body).append("\treturn 1;\n}");
    return b.toString();
  }

  /**
   * Appends the test that returns 0 where {@code fails} (a C condition on {@code %s}, the address
   * of an element) holds for an element of {@code m}: once for one element, else in a loop over
   * them (the count's value of them for the variable member). Returns whether it is a loop.
   */
  private static boolean each(StringBuilder body, Member m, String fails) {
    String at = "p + " + m.offset();
    if (m.arity() == Arity.ONE) {
      body.append("\tif (").append(String.format(fails, at)).append(")\n\t\treturn 0;\n");
      return false;
    }
    String n = m.arity() == Arity.VARIABLE ? "count" : String.valueOf(m.length());
    body.append("\tfor (i = 0; i < ").append(n).append("; i++)\n\t\tif (")
        .append(String.format(fails, at + " + " + m.elementSize() + " * i")).append(")\n\t\t\treturn 0;\n");
    return true;
  }
}
