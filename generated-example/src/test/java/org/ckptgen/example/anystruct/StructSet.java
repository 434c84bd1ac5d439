package org.ckptgen.example.anystruct;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * One random, valid set of checkpoint structs, as a user could write it: enums, value structs
 * nested up to four deep, shared records that refer to each other, and one state record per
 * subsystem, with every field kind of docs/FORMAT.md, members in random order (so every padding
 * size from 1 to 7 bytes turns up), {@code @Since} members, random Javadoc with C comment
 * delimiters, backslashes and non-ASCII text. {@link #javaSources} writes it as Java sources in
 * a package of its own, with an image root and a subsystem per state record.
 *
 * <p>Everything follows from the seed: the same seed gives the same set.
 */
final class StructSet {
  /** What one element of a member is. */
  enum Kind { INT, BOOL, ENUM, STRUCT, OBJREF, CHARS, STRING, BYTES, BUFFER }

  /** How many elements: one, a fixed number, or a trailing variable count. */
  enum Arity { ONE, FIXED, VARIABLE }

  /** A {@code @CkptEnum}: constant names and their codes. */
  record EnumSpec(String name, int bytes, Map<String, Long> constants) {
    boolean hasZero() {
      return constants.containsValue(0L);
    }
  }

  /**
   * One record component. {@code width} is the bytes of one integer; {@code target} the nested
   * value struct or the shared record an objref points to; {@code length} the elements of a fixed
   * member or the bytes of a fixed string; {@code max} the bound of a variable member.
   */
  record Field(String name, Kind kind, Arity arity, int width, boolean unsigned, EnumSpec enumType,
      StructSpec target, int length, int max, boolean sorted, String id, int since, String doc, String cName) {

    /** Bytes of one element in the image. */
    int elementSize() {
      switch (kind) {
        case INT: return width;
        case ENUM: return enumType.bytes();
        case OBJREF: return 4;
        case STRUCT: return target.size();
        default: return 1;
      }
    }

    /** The C name, as the processor derives it. */
    String c() {
      return cName != null ? cName : snake(name);
    }
  }

  /** A {@code @CkptStruct}: a value struct (type 0), a shared record, or a state record. */
  static final class StructSpec {
    final String pkg;
    final String name;
    final int type;
    final boolean shared;
    final List<Field> fields = new ArrayList<>();
    final String doc;
    /** How deep value structs nest inside this one (1 for none). */
    int depth = 1;
    private int size = -1;
    /** The offset of each field, by the layout rule of docs/FORMAT.md, worked out here on its own. */
    final Map<String, Integer> offsets = new LinkedHashMap<>();

    /** The objref members (by name) that may hold 0, {@code @ObjRef(optional = true)}; the others are required. */
    final Set<String> optionalRefs = new HashSet<>();
    /** The interface the record is nested in, or null for a top-level record. */
    String holder;
    /** The C name given by {@code @CkptStruct(cName = ...)}, or null for the derived one. */
    String customCName;

    StructSpec(String pkg, String name, int type, boolean shared, String doc) {
      this.pkg = pkg;
      this.name = name;
      this.type = type;
      this.shared = shared;
      this.doc = doc;
    }

    boolean isRecord() {
      return type != 0;
    }

    /** The binary name, as a class loader takes it. */
    String qualifiedName() {
      return pkg + "." + (holder == null ? name : holder + "$" + name);
    }

    String cName() {
      return customCName != null ? customCName : (isRecord() ? "ckpt_hdr_" : "ckpt_") + snake(name);
    }

    /** The name in Java source of the same package: {@code Holder.Name} for a nested record. */
    String sourceName() {
      return holder == null ? name : holder + "." + name;
    }

    Field variable() {
      return fields.isEmpty() || fields.get(fields.size() - 1).arity() != Arity.VARIABLE ? null
          : fields.get(fields.size() - 1);
    }

    /** sizeof, by FORMAT.md's rules 1-6: natural alignment, counts where declared, versions from 8. */
    int size() {
      if (size < 0) {
        int at = isRecord() ? 8 : 0;
        int version = 1;
        for (Field f : fields) {
          if (f.since() > version) {
            at = align(at, 8);
            version = f.since();
          }
          if (f.arity() == Arity.VARIABLE) {
            offsets.put(countName(f), at = align(at, 4));
            at = align(at + 4, 8);
            offsets.put(f.c(), at);
            continue;
          }
          int a = f.kind() == Kind.STRUCT ? 8 : f.elementSize();
          at = align(at, a);
          offsets.put(f.c(), at);
          at += f.elementSize() * (f.arity() == Arity.ONE ? 1 : f.length());
        }
        size = align(at, 8);
      }
      return size;
    }

    private static int align(int at, int a) {
      return (at + a - 1) / a * a;
    }
  }

  static String countName(Field f) {
    return f.kind() == Kind.STRING || f.kind() == Kind.BYTES || f.kind() == Kind.BUFFER ? f.c() + "_len" : "n" + f.c();
  }

  final int index;
  final long seed;
  final String pkg;
  final String prefix;
  final List<EnumSpec> enums = new ArrayList<>();
  final List<StructSpec> values = new ArrayList<>();
  final List<StructSpec> shared = new ArrayList<>();
  final List<StructSpec> states = new ArrayList<>();
  private final SplittableRandom random;
  private int names;

  private static final String[] WORDS = {
    "uid", "groupInfo", "p", "n", "i", "r", "len", "at", "type", "data", "flags", "next", "count", "rec",
    "out", "buf", "name", "size", "value", "offset", "ref", "mask", "label", "page", "tid", "state", "mode"};

  /**
   * A random set.
   *
   * @param index the set's number in its build: it names the package, image and structs
   * @param typeIds record type ids taken by other sets of the same build, and this one's
   */
  StructSet(int index, long seed, Set<Integer> typeIds) {
    this.index = index;
    this.seed = seed;
    this.random = new SplittableRandom(seed);
    this.pkg = "gen.s" + index;
    this.prefix = "G" + index;
    int nenums = random.nextInt(0, 3);
    for (int e = 0; e < nenums; e++) {
      enums.add(randomEnum(e));
    }
    // Shared records are declared first, so that value structs can hold objrefs to them, and a
    // shared record can refer to its own type (a chain, as user_ns) or nest a value struct.
    int nshared = random.nextInt(0, 3);
    for (int k = 0; k < nshared; k++) {
      shared.add(new StructSpec(pkg, prefix + "Obj" + k, typeId(typeIds), true, doc()));
    }
    int nvalues = random.nextInt(0, 6);
    // one set in eight holds a chain of value structs four deep, which random nesting seldom
    // builds (a seed of its own decides, so that the other sets stay as they were)
    boolean chain = new SplittableRandom(seed ^ 0x9e3779b97f4a7c15L).nextInt(8) == 0;
    if (chain) {
      nvalues = Math.max(nvalues, 4);
    }
    for (int v = 0; v < nvalues; v++) {
      StructSpec s = new StructSpec(pkg, prefix + "Val" + v, 0, false, doc());
      StructSpec below = chain && v > 0 && v < 4 && values.get(v - 1).depth < 4 ? values.get(v - 1) : null;
      fill(s, random.nextInt(1, 7), below);
      values.add(s);
    }
    for (StructSpec s : shared) {
      fill(s, random.nextInt(1, 7));
    }
    int nstates = random.nextInt(1, 4);
    for (int k = 0; k < nstates; k++) {
      StructSpec s = new StructSpec(pkg, prefix + "State" + k, typeId(typeIds), false, doc());
      fill(s, random.nextInt(1, 9));
      states.add(s);
    }
  }

  /** The name of the subsystem of state record {@code k}: unique in the image of the build. */
  String subsystem(int k) {
    return "s" + index + "_" + k;
  }

  String subsystemClass(int k) {
    return prefix + "S" + k + "Subsystem";
  }

  List<StructSpec> all() {
    List<StructSpec> all = new ArrayList<>(values);
    all.addAll(shared);
    all.addAll(states);
    return all;
  }

  private int typeId(Set<Integer> taken) {
    while (true) {
      // mostly small ids, sometimes up to the largest a user may take
      int id = random.nextInt(4) == 0 ? random.nextInt(0x100, Integer.MAX_VALUE) : random.nextInt(0x100, 0x10000);
      if (taken.add(id)) {
        return id;
      }
    }
  }

  private EnumSpec randomEnum(int e) {
    int bytes = new int[] {1, 2, 4}[random.nextInt(3)];
    long most = bytes == 4 ? Integer.MAX_VALUE : (1L << (8 * bytes)) - 1;
    Map<String, Long> constants = new LinkedHashMap<>();
    Set<Long> codes = new HashSet<>();
    if (random.nextBoolean()) {
      codes.add(0L);
    }
    if (random.nextBoolean()) {
      codes.add(most);  // the largest code of its width
    }
    int n = random.nextInt(1, 6);
    while (codes.size() < n) {
      codes.add(random.nextInt(3) == 0 ? random.nextLong(0, most + 1) : random.nextLong(0, 20));  // with gaps
    }
    int k = 0;
    for (long code : codes) {
      constants.put("K" + k++ + (random.nextBoolean() ? "_X" : ""), code);
    }
    return new EnumSpec(prefix + "Mode" + e, bytes, constants);
  }

  /** Gives {@code s} {@code n} random fields that its kind allows. */
  private void fill(StructSpec s, int n) {
    fill(s, n, null);
  }

  /** Fills {@code s} with {@code n} random members, and first one holding {@code below} if it is not null. */
  private void fill(StructSpec s, int n, StructSpec below) {
    if (random.nextInt(4) == 0) {
      s.holder = prefix + "Types";  // a record nested in an interface, as users group them
    }
    if (random.nextInt(6) == 0) {
      s.customCName = "cs_" + snake(s.name);
    }
    List<Field> fields = new ArrayList<>();
    if (below != null) {
      s.depth = Math.max(s.depth, below.depth + 1);
      fields.add(new Field(name(), Kind.STRUCT, Arity.ONE, 0, false, null, below, 1, 0, false, null, 1, doc(), null));
    }
    for (int i = 0; i < n; i++) {
      Field f = field(s);
      if (f != null) {
        fields.add(f);
      }
    }
    if (fields.isEmpty()) {
      fields.add(plain(Kind.INT, 1 << random.nextInt(4), s));
    }
    // a record may end with one variable member, and then has no later versions
    boolean variable = s.isRecord() && random.nextInt(3) > 0;
    if (variable) {
      fields.add(variableField(s));
    } else if (s.isRecord() && random.nextInt(3) == 0) {
      int v2 = random.nextInt(1, 3);
      for (int i = 0; i < v2; i++) {
        Field later = laterField(s, 2);
        if (later != null) {
          fields.add(later);
        }
      }
      if (random.nextBoolean()) {
        Field later = laterField(s, 3);
        if (later != null) {
          fields.add(later);
        }
      }
    }
    s.fields.addAll(fields);
    s.size();
  }

  private String name() {
    return WORDS[random.nextInt(WORDS.length)] + names++;
  }

  private Field plain(Kind kind, int width, StructSpec owner) {
    return new Field(name(), kind, Arity.ONE, width, random.nextBoolean(), null, null, 1, 0, false, null, 1, doc(), null);
  }

  /** A fixed-size member of one of the kinds a struct of this set can hold so far. */
  private Field field(StructSpec owner) {
    String name = name();
    String cName = random.nextInt(8) == 0 ? "c_" + snake(name) : null;
    int width = 1 << random.nextInt(4);
    switch (random.nextInt(10)) {
      case 0: case 1: {  // an integer, sometimes an id
        String id = width == 4 && random.nextInt(4) == 0 ? (random.nextBoolean() ? "Uid" : "Gid") : null;
        return new Field(name, Kind.INT, Arity.ONE, width, random.nextBoolean(), null, null, 1, 0, false, id, 1, doc(),
            cName);
      }
      case 2:  // a fixed array of integers, length 1 included
        return new Field(name, Kind.INT, Arity.FIXED, width, random.nextBoolean(), null, null, random.nextInt(1, 6), 0,
            false, width == 4 && random.nextInt(5) == 0 ? "Gid" : null, 1, doc(), cName);
      case 3:
        return new Field(name, Kind.BOOL, Arity.ONE, 1, false, null, null, 1, 0, false, null, 1, doc(), cName);
      case 4:
        return enums.isEmpty() ? null : new Field(name, Kind.ENUM, Arity.ONE, 0, false,
            enums.get(random.nextInt(enums.size())), null, 1, 0, false, null, 1, doc(), cName);
      case 5: {  // a nested value struct, or a fixed array of them; at most 4 deep
        // a value struct holds at most three levels below it, so a record nests them up to four deep
        List<StructSpec> fit = values.stream().filter(v -> v != owner && v.depth < (owner.isRecord() ? 5 : 4)).toList();
        if (fit.isEmpty()) {
          return null;
        }
        StructSpec v = fit.get(random.nextInt(fit.size()));
        owner.depth = Math.max(owner.depth, v.depth + 1);
        boolean array = random.nextBoolean();
        return new Field(name, Kind.STRUCT, array ? Arity.FIXED : Arity.ONE, 0, false, null, v,
            array ? random.nextInt(1, 4) : 1, 0, false, null, 1, doc(), cName);
      }
      case 6: {  // an objref, or a fixed array of them, to a shared record of this set
        if (shared.isEmpty()) {
          return null;
        }
        StructSpec t = shared.get(random.nextInt(shared.size()));
        optionality(owner, t, name);
        boolean array = random.nextInt(3) == 0;
        return new Field(name, Kind.OBJREF, array ? Arity.FIXED : Arity.ONE, 4, false, null, t,
            array ? random.nextInt(1, 4) : 1, 0, false, null, 1, doc(), cName);
      }
      case 7:  // a fixed string: at least 2 bytes, text and NUL
        return new Field(name, Kind.CHARS, Arity.FIXED, 1, false, null, null, random.nextInt(2, 40), 0, false, null, 1,
            doc(), cName);
      default: {  // a plain small integer, to make small holes
        return new Field(name, Kind.INT, Arity.ONE, random.nextBoolean() ? 1 : 2, random.nextBoolean(), null, null, 1, 0,
            false, null, 1, doc(), cName);
      }
    }
  }

  /**
   * Makes an objref from {@code owner} to {@code target} optional or required. Required ones must
   * be satisfiable without a cycle of objects: a value struct's are optional (it may be nested in
   * any shared record), and a shared record's are required only towards shared records declared
   * before it, whose objects are made first.
   */
  private void optionality(StructSpec owner, StructSpec target, String name) {
    boolean mustBeOptional = !owner.isRecord() || (owner.shared && shared.indexOf(target) >= shared.indexOf(owner));
    if (mustBeOptional || random.nextBoolean()) {
      owner.optionalRefs.add(name);
    }
  }

  /** A member of version {@code since}: any kind with a default (no nested struct). */
  private Field laterField(StructSpec owner, int since) {
    for (int tries = 0; tries < 10; tries++) {
      Field f = field(owner);
      if (f == null || f.kind() == Kind.STRUCT || (f.kind() == Kind.ENUM && !f.enumType().hasZero())) {
        continue;
      }
      return new Field(f.name(), f.kind(), f.arity(), f.width(), f.unsigned(), f.enumType(), f.target(), f.length(),
          f.max(), f.sorted(), f.id(), since, f.doc(), f.cName());
    }
    return null;
  }

  /** The trailing variable member: integers (sorted or not), objrefs, value structs, a string or bytes. */
  private Field variableField(StructSpec owner) {
    String name = name();
    int width = 1 << random.nextInt(4);
    int max = random.nextInt(4) == 0 ? random.nextInt(1, 1 << 20) : random.nextInt(1, 12);
    switch (random.nextInt(6)) {
      case 0: {
        boolean sorted = random.nextBoolean();
        return new Field(name, Kind.INT, Arity.VARIABLE, width, random.nextBoolean(), null, null, 1, max, sorted,
            width == 4 && random.nextInt(3) == 0 ? "Uid" : null, 1, doc(), null);
      }
      case 1:
        if (!shared.isEmpty()) {
          StructSpec t = shared.get(random.nextInt(shared.size()));
          optionality(owner, t, name);
          return new Field(name, Kind.OBJREF, Arity.VARIABLE, 4, false, null, t, 1, max, false, null, 1, doc(), null);
        }
        return new Field(name, Kind.STRING, Arity.VARIABLE, 1, false, null, null, 1, max, false, null, 1, doc(), null);
      case 2:
        if (!values.isEmpty()) {
          StructSpec v = values.get(random.nextInt(values.size()));
          return new Field(name, Kind.STRUCT, Arity.VARIABLE, 0, false, null, v, 1, Math.min(max, 64), false, null, 1,
              doc(), null);
        }
        return new Field(name, Kind.BYTES, Arity.VARIABLE, 1, false, null, null, 1, max, false, null, 1, doc(), null);
      case 3:
        return new Field(name, Kind.STRING, Arity.VARIABLE, 1, false, null, null, 1, max, false, null, 1, doc(), null);
      case 4:
        return new Field(name, Kind.BYTES, Arity.VARIABLE, 1, false, null, null, 1, max, false, null, 1, doc(), null);
      default:
        return new Field(name, Kind.BUFFER, Arity.VARIABLE, 1, false, null, null, 1, max, false, null, 1, doc(), null);
    }
  }

  // ---- Javadoc text

  /**
   * Pieces of Javadoc that C comments must survive. A Java comment cannot hold its own end, so
   * "*&#47;" stands for it, and a line may end in "*" with the next starting with "/".
   */
  private static final String[] DOC_PIECES = {
    "/tmp/*.ckpt", "/*", "// not a comment", "\\", "C:\\path\\to", "\\\\", "??/", "??=", "*", "**", "/", "*&#47;",
    "é", "日本語", "𝄞 and 😀", "<b>bold</b>", "{@code x < y}", "{@link String}", "%s %d %n %", "$L $S $T $N $$",
    "${x}", "\"quoted\"", "'single'", "tab\there", "a\u0007bell", "\u202Eright-to-left", "@at", "#define X",
    "trailing space ", "end *", "0x1234", "@param"};

  private String doc() {
    if (random.nextInt(4) == 0) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    int pieces = random.nextInt(1, 6);
    for (int i = 0; i < pieces; i++) {
      String piece = DOC_PIECES[random.nextInt(DOC_PIECES.length)];
      if (piece.equals("@param") && i == 0) {
        piece = "param";  // a Javadoc line that starts with @ would be a tag
      }
      out.append(piece);
      out.append(random.nextInt(4) == 0 ? "\n" : " ");
    }
    return out.toString().strip();
  }

  // ---- Java sources

  /** The set's Java sources, by qualified name; its subsystems belong to the image {@code root}. */
  Map<String, String> javaSources(String root) {
    Map<String, String> files = new LinkedHashMap<>();
    for (EnumSpec e : enums) {
      StringBuilder b = new StringBuilder(header());
      b.append("@CkptEnum(bytes = ").append(e.bytes()).append(")\npublic enum ").append(e.name()).append(" {\n");
      List<String> constants = new ArrayList<>();
      e.constants().forEach((name, code) -> constants.add("  @EnumCode(" + code + ") " + name));
      b.append(String.join(",\n", constants)).append("\n}\n");
      files.put(pkg + "." + e.name(), b.toString());
    }
    StringBuilder holder = new StringBuilder();
    for (StructSpec s : all()) {
      if (s.holder == null) {
        files.put(pkg + "." + s.name, header() + struct(s));
      } else {
        holder.append('\n').append(struct(s).indent(2));
      }
    }
    if (holder.length() > 0) {
      files.put(pkg + "." + prefix + "Types", header() + "/** Records of set " + index + " declared in one place. */\n"
          + "public interface " + prefix + "Types {" + holder + "}\n");
    }
    for (int k = 0; k < states.size(); k++) {
      files.put(pkg + "." + subsystemClass(k), subsystemSource(k, root));
    }
    return files;
  }

  private String header() {
    return "package " + pkg + ";\n\nimport org.ckptgen.annotations.*;\n\n";
  }

  private String struct(StructSpec s) {
    StringBuilder b = new StringBuilder();
    List<String> doc = new ArrayList<>();
    if (s.doc != null) {
      doc.add(s.doc);
    }
    for (Field f : s.fields) {
      if (f.doc() != null) {
        doc.add("@param " + f.name() + " " + f.doc());
      }
    }
    if (!doc.isEmpty()) {
      b.append("/**\n");
      for (String line : String.join("\n", doc).split("\n")) {
        b.append(" * ").append(line).append('\n');
      }
      b.append(" */\n");
    }
    List<String> attributes = new ArrayList<>();
    if (s.isRecord()) {
      attributes.add("type = 0x" + Integer.toHexString(s.type));
    }
    if (s.shared) {
      attributes.add("shared = true");
    }
    if (s.customCName != null) {
      attributes.add("cName = \"" + s.customCName + "\"");
    }
    b.append("@CkptStruct(").append(String.join(", ", attributes));
    b.append(")\npublic record ").append(s.name).append("(\n");
    List<String> components = new ArrayList<>();
    for (Field f : s.fields) {
      components.add("    " + annotations(f, s.optionalRefs.contains(f.name())) + javaType(f) + " " + f.name());
    }
    b.append(String.join(",\n", components)).append(") {}\n");
    return b.toString();
  }

  private static String annotations(Field f, boolean optional) {
    StringBuilder a = new StringBuilder();
    if (f.cName() != null) {
      a.append("@CName(\"").append(f.cName()).append("\") ");
    }
    if (f.since() > 1) {
      a.append("@Since(").append(f.since()).append(") ");
    }
    if (f.kind() == Kind.INT && f.unsigned()) {
      a.append("@U").append(8 * f.width()).append(' ');
    }
    if (f.id() != null) {
      a.append('@').append(f.id()).append(' ');
    }
    if (f.kind() == Kind.OBJREF) {
      a.append(optional ? "@ObjRef(value = " + f.target().sourceName() + ".class, optional = true) "
          : "@ObjRef(" + f.target().sourceName() + ".class) ");
    }
    switch (f.kind()) {
      case CHARS: a.append("@FixedString(length = ").append(f.length()).append(") "); break;
      case STRING: a.append("@VarString(max = ").append(f.max()).append(") "); break;
      case BYTES: case BUFFER: a.append("@VarBytes(max = ").append(f.max()).append(") "); break;
      default:
        if (f.arity() == Arity.FIXED) {
          a.append("@FixedArray(length = ").append(f.length()).append(") ");
        } else if (f.arity() == Arity.VARIABLE) {
          a.append("@VarArray(max = ").append(f.max()).append(") ");
        }
    }
    if (f.sorted()) {
      a.append("@Sorted ");
    }
    return a.toString();
  }

  static String javaType(Field f) {
    String one;
    switch (f.kind()) {
      case INT: one = new String[] {"byte", "short", null, "int", null, null, null, "long"}[f.width() - 1]; break;
      case BOOL: one = "boolean"; break;
      case ENUM: one = f.enumType().name(); break;
      case STRUCT: one = f.target().sourceName(); break;
      case OBJREF: one = "int"; break;
      case CHARS: case STRING: return "String";
      case BYTES: return "byte[]";
      case BUFFER: return "java.nio.ByteBuffer";
      default: throw new AssertionError(f.kind());
    }
    return f.arity() == Arity.ONE ? one : one + "[]";
  }

  private String subsystemSource(int k, String root) {
    StructSpec state = states.get(k);
    return "package " + pkg + ";\n\n"
        + "import java.io.IOException;\n"
        + "import org.ckptgen.annotations.*;\n"
        + "import org.ckptgen.example.anystruct.Live;\n"
        + "import org.ckptgen.image.hook.CheckpointContext;\n"
        + "import org.ckptgen.image.hook.RestoreContext;\n\n"
        + "/** Checkpoints and restores the values the test gave it, through {@link Live}. */\n"
        + "@Subsystem(value = \"" + subsystem(k) + "\", image = " + root + ".class)\n"
        + "public final class " + subsystemClass(k) + " {\n"
        + "  private final Live live;\n\n"
        + "  public " + subsystemClass(k) + "(Live live) {\n"
        + "    this.live = live;\n"
        + "  }\n\n"
        + "  @CheckpointHook\n"
        + "  public " + state.sourceName() + " checkpoint(CheckpointContext ctx) throws IOException {\n"
        + "    return live.checkpoint(ctx, \"" + subsystem(k) + "\", " + state.sourceName() + ".class);\n"
        + "  }\n\n"
        + "  @RestoreHook\n"
        + "  public int restore(RestoreContext ctx, " + state.sourceName() + " state) {\n"
        + "    return live.restore(ctx, \"" + subsystem(k) + "\", state);\n"
        + "  }\n"
        + "}\n";
  }

  /** As the processor names C members: {@code groupInfo3} is {@code group_info3}. */
  static String snake(String javaName) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < javaName.length(); i++) {
      char c = javaName.charAt(i);
      if (Character.isUpperCase(c) && i > 0) {
        char prev = javaName.charAt(i - 1);
        boolean nextLower = i + 1 < javaName.length() && Character.isLowerCase(javaName.charAt(i + 1));
        if (Character.isLowerCase(prev) || Character.isDigit(prev) || (Character.isUpperCase(prev) && nextLower)) {
          out.append('_');
        }
      }
      out.append(Character.toLowerCase(c));
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return "set " + index + " (seed " + seed + ")";
  }
}
