package org.ckptgen.processor.cgen;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ckptgen.processor.model.Docs;
import org.ckptgen.processor.model.Member;
import org.ckptgen.processor.model.Schema;
import org.ckptgen.processor.model.StructLayout;

/**
 * How the layout model reads in C: a member's type and declarator, the comments of structs and
 * members, include guards. The model itself stays language-neutral; the schema fingerprint hashes
 * these declarations, so that it changes with every byte of a C header.
 */
public final class CDecl {
  private CDecl() {}

  /** The C type before the declarator: {@code __u32}, {@code struct ckpt_capabilities}, {@code char}. */
  public static String cType(Member m) {
    switch (m.element()) {
      case HEADER: return "struct ckpt_hdr";
      case STRUCT: return "struct " + m.struct().cName();
      default: return m.scalar().cType();
    }
  }

  /** The C declarator: {@code uid}, {@code sysname[65]}, {@code groups[]}. */
  public static String cDeclarator(Member m) {
    switch (m.arity()) {
      case FIXED: return m.cName() + "[" + m.length() + "]";
      case VARIABLE: return m.cName() + "[]";
      default: return m.cName();
    }
  }

  /** The lines of the C comment on a member: the Javadoc, then what the C type cannot say. */
  public static List<String> comment(Member m) {
    List<String> lines = new ArrayList<>(Docs.lines(m.doc()));
    switch (m.element()) {
      case BOOL: lines.add("boolean: 0 or 1"); break;
      case ENUM: lines.add("enum " + m.enumType().cName()); break;
      case OBJREF:
        lines.add("objref of a struct " + m.refTarget()
            + (m.optionalRef() ? ", 0 for none" : "; required: a restore refuses 0"));
        break;
      default: break;
    }
    if (m.element() == Member.Element.CHAR && m.arity() == Member.Arity.FIXED) {
      lines.add("NUL-terminated, NUL-padded");
    }
    if (m.arity() == Member.Arity.VARIABLE) {
      lines.add(variableComment(m));
    }
    if (m.sorted()) {
      lines.add("sorted in non-decreasing order");
    }
    if (m.since() > 1 && m.role() == Member.Role.FIELD) {
      lines.add("since version " + m.since());
    }
    return lines;
  }

  private static String variableComment(Member m) {
    String n = m.partner();
    switch (m.element()) {
      case CHAR: return "followed by " + n + " bytes of text and a NUL; " + n + " <= " + m.max();
      case BYTE: return "followed by " + n + " bytes; " + n + " <= " + m.max();
      default: return "followed by " + n + " " + cType(m) + " elements; " + n + " <= " + m.max();
    }
  }

  /** The lines of the C comment on a struct: its Javadoc. */
  public static List<String> comment(StructLayout s) {
    return Docs.lines(s.doc());
  }

  public static String headerGuard(Schema schema) {
    return schema.imageName().toUpperCase(Locale.ROOT) + "_CKPT_HDR_H";
  }

  public static String readerGuard(Schema schema) {
    return schema.imageName().toUpperCase(Locale.ROOT) + "_CKPT_READER_H";
  }
}
