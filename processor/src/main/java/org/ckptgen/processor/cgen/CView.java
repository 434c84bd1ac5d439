package org.ckptgen.processor.cgen;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ckptgen.processor.model.EnumModel;
import org.ckptgen.processor.model.Member;
import org.ckptgen.processor.model.Member.Arity;
import org.ckptgen.processor.model.Member.Element;
import org.ckptgen.processor.model.Member.Role;
import org.ckptgen.processor.model.Schema;
import org.ckptgen.processor.model.StructLayout;

/**
 * What the C templates lay out, computed from the layout model: every declaration, description
 * row and typed accessor as C text, so that the templates hold no decision of their own. The
 * framing structs (the same in every image) come apart from the image's own, for the guarded
 * block that lets any number of images' headers share one translation unit.
 */
public final class CView {
  private CView() {}

  /** One image: its header's and its reader's contents. */
  public record Image(Schema schema, String prefix, List<Struct> framing, List<Struct> own,
      List<Struct> framingRecords, List<Struct> ownRecords, List<Struct> records, List<Enum> enums,
      List<CConstants.Constant> constants) {

    public String headerGuard() {
      return CDecl.headerGuard(schema);
    }

    public String readerGuard() {
      return CDecl.readerGuard(schema);
    }

    /** The image's description, {@code <image>_ckpt_image}. */
    public String image() {
      return prefix + "ckpt_image";
    }
  }

  /** A struct: its declaration, its description and its typed accessors. */
  public record Struct(String cName, String keyword, List<String> comment, int size, int version,
      String typeConstant, String typeIdHex, List<Decl> members, String desc, String membersArray, List<String> rows,
      List<String> summary, String descRow, List<String> accessors) {}

  /** A member's declaration, its comment and its offset assertion. */
  public record Decl(String cName, String declaration, List<String> comment, int offset) {}

  /** An enum: its constants as C declares them, and its description. */
  public record Enum(String cName, List<EnumModel.Constant> constants, String desc, String constantsArray,
      List<String> rows) {}

  public static Image of(Schema schema, Map<String, List<CConstants.Constant>> framingConstants) {
    String prefix = schema.imageName() + "_";
    List<Struct> framing = new ArrayList<>();
    List<Struct> own = new ArrayList<>();
    List<Struct> records = new ArrayList<>();
    Map<StructLayout, Struct> views = new java.util.IdentityHashMap<>();
    for (StructLayout s : schema.structs()) {
      Struct view = struct(prefix, s);
      views.put(s, view);
      (CConstants.isFraming(s) ? framing : own).add(view);
    }
    List<Struct> framingRecords = framing.stream().filter(s -> s.typeConstant() != null).toList();
    List<Struct> ownRecords = own.stream().filter(s -> s.typeConstant() != null).toList();
    for (StructLayout s : schema.records()) {
      records.add(views.containsKey(s) ? views.get(s) : struct(prefix, s));
    }
    List<Enum> enums = schema.enums().stream().map(e -> enumView(prefix, e)).toList();
    List<CConstants.Constant> constants = new ArrayList<>();
    framingConstants.values().forEach(constants::addAll);
    return new Image(schema, prefix, framing, own, framingRecords, ownRecords, records, enums, constants);
  }

  private static Enum enumView(String prefix, EnumModel e) {
    List<String> rows = e.constants().stream()
        .map(c -> "{" + c.code() + ", \"" + c.javaName() + "\"}").toList();
    if (rows.isEmpty()) {
      rows = List.of("{0, NULL}"); // C has no empty array
    }
    return new Enum(e.cName(), e.constants(), prefix + "enum_" + e.cName(), prefix + "constants_" + e.cName(), rows);
  }

  private static Struct struct(String prefix, StructLayout s) {
    List<Decl> decls = new ArrayList<>();
    List<String> rows = new ArrayList<>();
    for (Member m : s.members()) {
      decls.add(new Decl(m.cName(), CDecl.cType(m) + " " + CDecl.cDeclarator(m), CDecl.comment(m), m.offset()));
      rows.add(row(prefix, s, m));
    }
    String desc = prefix + "desc_" + s.cName();
    String membersArray = prefix + "members_" + s.cName();
    int least = s.minLength();
    boolean own = s.isRecord() && !CConstants.isFraming(s);
    boolean refs = s.members().stream().anyMatch(Member::hasRefs);
    CFastPath.Summary fast = CFastPath.of(s);
    List<String> summary = new ArrayList<>();
    String masks = array(summary, "struct ckpt_mask", prefix + "masks_" + s.cName(),
        fast.masks().stream().map(CFastPath.Mask::row).toList());
    String checks = array(summary, "__u32", prefix + "checks_" + s.cName(),
        fast.checks().stream().map(String::valueOf).toList());
    String walk = array(summary, "__u32", prefix + "walk_" + s.cName(), fast.walk().stream().map(String::valueOf).toList());
    List<CFastPath.RefAt> refsAt = fast.refsAt() == null ? List.of() : fast.refsAt();
    String refsArray = array(summary, "struct ckpt_ref_at", prefix + "refs_at_" + s.cName(),
        refsAt.stream().map(CFastPath.RefAt::row).toList());
    boolean generated = CFastPath.generated(s);
    if (generated) {
      summary.add(CFastPath.okFunction(prefix, s, fast));
      if (refs) {
        summary.add(CFastPath.refsFunction(prefix, s, fast));
      }
    }
    String descRow = "\"" + s.cName() + "\", " + membersArray + ", " + s.members().size() + ", "
        + (s.isRecord() ? s.typeConstant() : "0") + ", " + s.size() + ", " + least + ", " + (own ? 1 : 0) + ", "
        + (refs ? 1 : 0) + ", " + masks + ", " + fast.masks().size() + ", " + checks + ", " + fast.checks().size()
        + ", " + walk + ", " + fast.walk().size() + ", " + refsArray + ", " + refsAt.size() + ", "
        + (generated ? CFastPath.okName(prefix, s) : "NULL") + ", "
        + (generated && refs ? CFastPath.refsName(prefix, s) : "NULL");
    String keyword = (s.variable().isPresent() ? "CKPT_FLEXIBLE " : "") + "struct";
    return new Struct(s.cName(), keyword, CDecl.comment(s), s.size(), s.version(), s.isRecord() ? s.typeConstant() : null,
        s.typeIdHex(), decls, desc, membersArray, rows, summary, descRow, accessors(s, desc));
  }

  /** Declares {@code static const type name[] = {rows}} into {@code out} and returns name, or NULL for no rows (C has no empty array). */
  private static String array(List<String> out, String type, String name, List<String> rows) {
    if (rows.isEmpty()) {
      return "NULL";
    }
    out.add("static const " + type + " " + name + "[] = {" + String.join(", ", rows) + "};");
    return name;
  }

  /** The member's row of its struct's description (struct ckpt_member of ckptgen_reader.h). */
  private static String row(String prefix, StructLayout s, Member m) {
    Member counted = m.role() == Role.COUNT ? s.member(m.partner()) : null;
    String nested = m.element() == Element.STRUCT ? "&" + prefix + "desc_" + m.struct().cName() : "NULL";
    String enumeration = m.element() == Element.ENUM ? "&" + prefix + "enum_" + m.enumType().cName() : "NULL";
    long length = m.arity() == Arity.VARIABLE ? 0 : m.length();
    int elementSize = counted != null ? counted.elementSize() : m.elementSize();
    long max = counted != null ? counted.max() : m.max();
    int sinceSize = m.since() > 1 ? s.sizeOfVersion(m.since()) : 0;
    List<String> flags = new ArrayList<>();
    if (m.arity() == Arity.VARIABLE) {
      flags.add("CKPT_M_VARIABLE");
    }
    if (m.arity() == Arity.FIXED && m.role() == Role.FIELD) {
      flags.add("CKPT_M_FIXED");
    }
    if (m.scalar() != null && m.scalar().signed()) {
      flags.add("CKPT_M_SIGNED");
    }
    if (m.sorted()) {
      flags.add("CKPT_M_SORTED");
    }
    if (m.optionalRef()) {
      flags.add("CKPT_M_OPTIONAL");
    }
    if (m.role() == Role.FIELD && m.hasRefs()) {
      flags.add("CKPT_M_REFS");
    }
    if (counted != null && counted.element() == Element.CHAR) {
      flags.add("CKPT_M_TEXT");
    }
    return "{\"" + s.cName() + "." + m.cName() + "\", \"" + m.cName() + "\", " + nested + ", " + enumeration
        + ", offsetof(struct " + s.cName() + ", " + m.cName() + "), " + length + ", " + elementSize + ", "
        + max + "ull, " + sinceSize + ", " + m.refType() + "u, " + kind(m) + ", "
        + (flags.isEmpty() ? "0" : String.join(" | ", flags)) + "}";
  }

  private static String kind(Member m) {
    switch (m.role()) {
      case HEADER: return "CKPT_K_HEADER";
      case PADDING: return "CKPT_K_PADDING";
      case COUNT: return "CKPT_K_COUNT";
      default: break;
    }
    switch (m.element()) {
      case CHAR: return "CKPT_K_STRING";
      case BYTE: return "CKPT_K_BYTES";
      default: return "CKPT_K_" + m.element().name();
    }
  }

  /** The typed functions of struct s: loads, and the accessor of its variable member. */
  private static List<String> accessors(StructLayout s, String desc) {
    String type = "struct " + s.cName();
    List<String> functions = new ArrayList<>();
    String checked = s.isRecord() ? "; the record has been checked" : "";
    functions.add("/* Loads the fixed part of the " + s.cName() + " at p into host order" + checked + ". */\n"
        + "static inline void " + s.cName() + "_load_at(const unsigned char *p, " + type + " *out)\n"
        + "{\n\tckpt_load_struct(&" + desc + ", p, out);\n}");
    if (s.isRecord()) {
      functions.add("/* The fixed part of a checked " + s.cName() + " record, in host order. */\n"
          + "static inline void " + s.cName() + "_load(const struct ckpt_record *rec, " + type + " *out)\n"
          + "{\n\tckpt_load_struct(&" + desc + ", rec->p, out);\n}");
    }
    s.variable().ifPresent(v -> functions.add(accessor(s, v)));
    return functions;
  }

  private static String accessor(StructLayout s, Member v) {
    String name = s.cName() + "_" + v.cName();
    String at = "rec->p + sizeof(struct " + s.cName() + ")";
    String element = at + " + sizeof(" + (v.element() == Element.STRUCT ? "struct " + v.struct().cName()
        : v.scalar().cType()) + ") * i";
    switch (v.element()) {
      case CHAR:
        return "/* The text of " + v.cName() + ", NUL-terminated (checked), " + v.partner() + " bytes. */\n"
            + "static inline const char *" + name + "(const struct ckpt_record *rec)\n"
            + "{\n\treturn (const char *)(" + at + ");\n}";
      case BYTE:
        return "/* The " + v.partner() + " bytes of " + v.cName() + ". */\n"
            + "static inline const unsigned char *" + name + "(const struct ckpt_record *rec)\n"
            + "{\n\treturn " + at + ";\n}";
      case STRUCT:
        return "/* Element i (below " + v.partner() + ") of " + v.cName() + ", in host order. */\n"
            + "static inline void " + name + "(const struct ckpt_record *rec, __u32 i, struct " + v.struct().cName()
            + " *out)\n{\n\t" + v.struct().cName() + "_load_at(" + element + ", out);\n}";
      default:
        String cType = v.scalar().cType();
        return "/* Element i (below " + v.partner() + ") of " + v.cName() + ", in host order. */\n"
            + "static inline " + cType + " " + name + "(const struct ckpt_record *rec, __u32 i)\n"
            + "{\n\treturn (" + cType + ")ckpt_le" + v.scalar().size() * 8 + "(" + element + ");\n}";
    }
  }
}
