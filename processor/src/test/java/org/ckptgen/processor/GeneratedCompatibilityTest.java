package org.ckptgen.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random struct sets, each released into a lock, then changed by one random mutation whose
 * verdict (breaks reading a released image, or not) the test decides from the kind of the
 * mutation alone, by docs/COMPATIBILITY.md's table and without the gate's code. The gate must
 * agree: a breaking mutation fails with the gate's errors and no other, a compatible one compiles.
 * The seed of each set is printed on a failure; {@code -Dckptgen.gate.seed=N} replays one set and
 * {@code -Dckptgen.gate.sets=N} runs more.
 */
class GeneratedCompatibilityTest {
  private static final int SETS = Integer.getInteger("ckptgen.gate.sets", 5);
  private static final int MUTATIONS = Integer.getInteger("ckptgen.gate.mutations", 8);
  private static final Set<String> GATE_TAGS = Set.of("ImageVersionLowered", "TypeIdReused", "TypeIdChanged",
      "StructKindChanged", "StructSharedChanged", "StructVersionLowered", "StructResized", "MemberRemoved",
      "MemberMoved", "MemberRetyped", "MemberResized", "MemberBoundLowered", "MemberChanged", "MemberNotAppended",
      "ValueStructChanged", "EnumConstantRemoved", "EnumConstantRenamed");

  @TempDir Path dir;

  // ---------------------------------------------------------------- the struct sets

  enum Kind { INT, BOOL, ENUM, CHARS, ARRAY, VAR, STRUCT, OBJREF }

  static final class Field {
    String name;
    Kind kind;
    int width = 4;
    boolean unsigned;
    int length = 1;
    int since = 1;
    boolean sorted;
    boolean optional;
    boolean uid;
    String target;

    Field copy() {
      Field f = new Field();
      f.name = name; f.kind = kind; f.width = width; f.unsigned = unsigned; f.length = length; f.since = since;
      f.sorted = sorted; f.optional = optional; f.uid = uid; f.target = target;
      return f;
    }

    String render() {
      String since1 = since > 1 ? "@Since(" + since + ") " : "";
      String u = unsigned ? "@U" + width * 8 + " " : "";
      String id = uid ? "@Uid " : "";
      switch (kind) {
        case INT: return since1 + id + u + javaInt(width) + " " + name;
        case BOOL: return since1 + "boolean " + name;
        case ENUM: return since1 + "E " + name;
        case CHARS: return since1 + "@FixedString(length = " + length + ") String " + name;
        case ARRAY: return since1 + "@FixedArray(length = " + length + ") " + javaInt(width) + "[] " + name;
        case VAR: return (sorted ? "@Sorted " : "") + "@VarArray(max = " + length + ") int[] " + name;
        case STRUCT: return target + " " + name;
        default: return "@ObjRef(value = " + target + ".class" + (optional ? ", optional = true" : "") + ") int " + name;
      }
    }

    private static String javaInt(int width) {
      return width == 1 ? "byte" : width == 2 ? "short" : width == 4 ? "int" : "long";
    }
  }

  static final class Struct {
    String name;
    int type;
    boolean shared;
    List<Field> fields = new ArrayList<>();

    Struct copy() {
      Struct s = new Struct();
      s.name = name; s.type = type; s.shared = shared;
      fields.forEach(f -> s.fields.add(f.copy()));
      return s;
    }

    int version() {
      return fields.stream().mapToInt(f -> f.since).max().orElse(1);
    }

    boolean hasVar() {
      return fields.stream().anyMatch(f -> f.kind == Kind.VAR);
    }

    String render() {
      String annotation = type == 0 ? "@CkptStruct" : String.format("@CkptStruct(type = 0x%04x%s)", type,
          shared ? ", shared = true" : "");
      return annotation + "\nrecord " + name + "(" + fields.stream().map(Field::render)
          .collect(Collectors.joining(",\n    ")) + ") {}\n";
    }
  }

  static final class Set1 {
    int imageVersion;
    /** Enum constants as name and code; code 0 (the default of a later field) is always there. */
    Map<String, Integer> constants = new java.util.LinkedHashMap<>();
    List<Struct> structs = new ArrayList<>();
    int names;

    Set1 copy() {
      Set1 s = new Set1();
      s.imageVersion = imageVersion; s.constants.putAll(constants); s.names = names;
      structs.forEach(x -> s.structs.add(x.copy()));
      return s;
    }

    String source() {
      // the root holds every struct, so that the gate, which checks what the image holds, checks them all
      StringBuilder b = new StringBuilder("@CheckpointImage(name = \"gen\", version = " + imageVersion + ", structs = {"
          + structs.stream().map(s -> s.name + ".class").collect(Collectors.joining(", ")) + "})\ninterface Root {}\n");
      b.append("@CkptEnum\nenum E { ").append(constants.entrySet().stream()
          .map(c -> "@EnumCode(" + c.getValue() + ") " + c.getKey()).collect(Collectors.joining(", "))).append(" }\n");
      structs.forEach(s -> b.append(s.render()));
      return b.toString();
    }

    String name() {
      return "m" + names++;
    }

    List<Struct> records() {
      return structs.stream().filter(s -> s.type != 0).collect(Collectors.toList());
    }

    List<Struct> values() {
      return structs.stream().filter(s -> s.type == 0).collect(Collectors.toList());
    }

    boolean isTarget(Struct s) {
      return structs.stream().flatMap(x -> x.fields.stream())
          .anyMatch(f -> (f.kind == Kind.OBJREF || f.kind == Kind.STRUCT) && f.target.equals(s.name));
    }

    int freeType(Random r) {
      Set<Integer> taken = structs.stream().map(s -> s.type).collect(Collectors.toSet());
      int t;
      do {
        t = 0x100 + r.nextInt(0x200);
      } while (taken.contains(t));
      return t;
    }
  }

  static Field plain(Set1 set, Random r, boolean allowStruct, List<Struct> values) {
    Field f = new Field();
    f.name = set.name();
    int pick = r.nextInt(allowStruct && !values.isEmpty() ? 6 : 5);
    switch (pick) {
      case 0: f.kind = Kind.BOOL; break;
      case 1: f.kind = Kind.ENUM; break;
      case 2: f.kind = Kind.CHARS; f.length = 2 + r.nextInt(15); break;
      case 3: f.kind = Kind.ARRAY; f.width = 1 << r.nextInt(4); f.length = 1 + r.nextInt(4); break;
      case 5: f.kind = Kind.STRUCT; f.target = values.get(r.nextInt(values.size())).name; break;
      default: f.kind = Kind.INT; f.width = 1 << r.nextInt(4); f.unsigned = r.nextBoolean();
    }
    return f;
  }

  static Set1 generate(Random r) {
    Set1 set = new Set1();
    set.imageVersion = 1 + r.nextInt(3);
    set.constants.put("C0", 0);
    for (int i = 1, n = 1 + r.nextInt(3), code = 0; i <= n; i++) {
      code += 1 + r.nextInt(3);
      set.constants.put("C" + i, code);
    }
    List<Struct> values = new ArrayList<>();
    for (int i = 0, n = r.nextInt(3); i < n; i++) {
      Struct v = new Struct();
      v.name = "V" + i;
      for (int j = 0, m = 1 + r.nextInt(3); j < m; j++) {
        v.fields.add(plain(set, r, true, values));
      }
      values.add(v);
      set.structs.add(v);
    }
    Struct shared = null;
    for (int i = 0, n = 2 + r.nextInt(3); i < n; i++) {
      Struct s = new Struct();
      s.name = "S" + i;
      s.type = set.freeType(r);
      s.shared = i == 0;
      if (i == 0) {
        shared = s;
      }
      for (int j = 0, m = 1 + r.nextInt(4); j < m; j++) {
        s.fields.add(plain(set, r, true, values));
      }
      if (i == 1) { // the enum is always used, so that its constants are in the lock
        Field e = new Field();
        e.name = set.name();
        e.kind = Kind.ENUM;
        s.fields.add(e);
      }
      if (i > 0 && r.nextInt(3) == 0) {
        Field ref = new Field();
        ref.name = set.name();
        ref.kind = Kind.OBJREF;
        ref.target = shared.name;
        ref.optional = r.nextBoolean();
        s.fields.add(ref);
      }
      if (r.nextInt(3) == 0) {
        Field var = new Field();
        var.name = set.name();
        var.kind = Kind.VAR;
        var.length = 2 + r.nextInt(100);
        var.sorted = r.nextBoolean();
        s.fields.add(var);
      } else {
        for (int v = 2, versions = 1 + r.nextInt(3); v <= versions; v++) {
          for (int j = 0, m = 1 + r.nextInt(2); j < m; j++) {
            Field later = plain(set, r, false, values);
            later.since = v;
            s.fields.add(later);
          }
        }
      }
      set.structs.add(s);
    }
    return set;
  }

  // ---------------------------------------------------------------- mutations and their verdicts

  /** One change of a struct set, and whether the compatibility rules call it breaking. */
  record Mutation(String what, boolean breaking, Set1 result) {}

  private static <T> T any(Random r, List<T> from) {
    return from.isEmpty() ? null : from.get(r.nextInt(from.size()));
  }

  /** Tries random kinds of change until one applies to {@code base}. */
  static Mutation mutate(Set1 base, Random r) {
    for (;;) {
      Set1 s = base.copy();
      Mutation m = tryMutate(s, r);
      if (m != null) {
        return m;
      }
    }
  }

  private static Mutation tryMutate(Set1 s, Random r) {
    Struct st = any(r, s.structs);
    Struct rec = any(r, s.records());
    switch (r.nextInt(26)) {
      // ---- breaking
      case 0: { // a released member removed
        List<Field> removable = st.fields.stream().filter(f -> st.fields.size() > 1).collect(Collectors.toList());
        Field f = any(r, removable);
        if (f == null) return null;
        st.fields.remove(f);
        return new Mutation("remove " + st.name + "." + f.name, true, s);
      }
      case 1: { // two neighbours of one version swapped
        int i = r.nextInt(st.fields.size());
        if (i + 1 >= st.fields.size() || st.fields.get(i).since != st.fields.get(i + 1).since
            || st.fields.get(i + 1).kind == Kind.VAR) return null;
        java.util.Collections.swap(st.fields, i, i + 1);
        return new Mutation("swap " + st.name + "." + st.fields.get(i).name + " and " + st.fields.get(i + 1).name, true, s);
      }
      case 2: { // an integer's width changed
        Field f = any(r, st.fields.stream().filter(x -> (x.kind == Kind.INT && !x.uid) || x.kind == Kind.ARRAY)
            .collect(Collectors.toList()));
        if (f == null) return null;
        int old = f.width;
        f.width = 1 << ((Integer.numberOfTrailingZeros(old) + 1 + r.nextInt(3)) % 4);
        return new Mutation("width of " + st.name + "." + f.name + " " + old + " -> " + f.width, true, s);
      }
      case 3: { // signedness changed
        Field f = any(r, st.fields.stream().filter(x -> x.kind == Kind.INT && !x.uid).collect(Collectors.toList()));
        if (f == null) return null;
        f.unsigned = !f.unsigned;
        return new Mutation("signedness of " + st.name + "." + f.name, true, s);
      }
      case 4: { // renamed
        Field f = any(r, st.fields);
        String old = f.name;
        f.name = s.name();
        return new Mutation("rename " + st.name + "." + old + " to " + f.name, true, s);
      }
      case 5: { // a fixed length changed
        Field f = any(r, st.fields.stream().filter(x -> x.kind == Kind.CHARS || x.kind == Kind.ARRAY).collect(Collectors.toList()));
        if (f == null) return null;
        f.length += f.length > 2 && r.nextBoolean() ? -1 : 1;
        return new Mutation("length of " + st.name + "." + f.name, true, s);
      }
      case 6: { // a record's type id changed
        rec.type = s.freeType(r);
        return new Mutation("type of " + rec.name, true, s);
      }
      case 7: { // a member added to a released version (of a record, without @Since past it)
        Field f = plain(s, r, false, List.of());
        f.since = rec.version();
        if (rec.hasVar()) return null;
        rec.fields.add(f);
        return new Mutation("add " + rec.name + "." + f.name + " in released version " + f.since, true, s);
      }
      case 8: { // a member added to a value struct
        Struct v = any(r, s.values());
        if (v == null) return null;
        v.fields.add(r.nextInt(v.fields.size() + 1), plain(s, r, false, List.of()));
        return new Mutation("add a member to value struct " + v.name, true, s);
      }
      case 9: { // a bound lowered
        Field f = any(r, st.fields.stream().filter(x -> x.kind == Kind.VAR && x.length > 1).collect(Collectors.toList()));
        if (f == null) return null;
        f.length -= 1 + r.nextInt(f.length - 1);
        return new Mutation("lower the bound of " + st.name + "." + f.name, true, s);
      }
      case 10: { // @Sorted added
        Field f = any(r, st.fields.stream().filter(x -> x.kind == Kind.VAR && !x.sorted).collect(Collectors.toList()));
        if (f == null) return null;
        f.sorted = true;
        return new Mutation("@Sorted on " + st.name + "." + f.name, true, s);
      }
      case 11: { // an enum constant removed (not code 0)
        String c = any(r, s.constants.keySet().stream().filter(k -> s.constants.get(k) != 0).collect(Collectors.toList()));
        if (c == null) return null;
        s.constants.remove(c);
        return new Mutation("remove E." + c, true, s);
      }
      case 12: { // an enum constant renamed
        String c = any(r, new ArrayList<>(s.constants.keySet()));
        Map<String, Integer> renamed = new java.util.LinkedHashMap<>();
        s.constants.forEach((k, v) -> renamed.put(k.equals(c) ? "R" + s.name() : k, v));
        s.constants = renamed;
        return new Mutation("rename E." + c, true, s);
      }
      case 13: { // a later member moved to a later version
        Field f = rec.fields.get(rec.fields.size() - 1);
        if (f.since == 1) return null;
        f.since++;
        return new Mutation(rec.name + "." + f.name + " to version " + f.since, true, s);
      }
      case 14: { // the image version lowered
        if (s.imageVersion == 1) return null;
        s.imageVersion--;
        return new Mutation("image version lowered", true, s);
      }
      case 15: { // shared turned on, or off where no objref points to it
        if (rec.shared && s.isTarget(rec)) return null;
        rec.shared = !rec.shared;
        return new Mutation("shared of " + rec.name, true, s);
      }
      case 16: { // an optional objref made required
        Field f = any(r, st.fields.stream().filter(x -> x.kind == Kind.OBJREF && x.optional).collect(Collectors.toList()));
        if (f == null) return null;
        f.optional = false;
        return new Mutation(st.name + "." + f.name + " required", true, s);
      }
      case 17: { // a member of the latest version inserted before the end
        int v = rec.version();
        if (v < 2) return null;
        int first = 0;
        while (rec.fields.get(first).since < v) first++;
        Field f = plain(s, r, false, List.of());
        f.since = v;
        rec.fields.add(first + r.nextInt(rec.fields.size() - first), f);
        return new Mutation("insert " + rec.name + "." + f.name + " into version " + v, true, s);
      }
      // ---- compatible
      case 18: { // a member appended with @Since(version + 1)
        if (rec.hasVar()) return null;
        Field f = plain(s, r, false, List.of());
        f.since = rec.version() + 1;
        rec.fields.add(f);
        return new Mutation("append " + rec.name + "." + f.name + " @Since(" + f.since + ")", false, s);
      }
      case 19: { // a new value struct and a new record
        Struct v = new Struct();
        v.name = "NewV" + s.name();
        v.fields.add(plain(s, r, false, List.of()));
        Struct n = new Struct();
        n.name = "NewS" + s.name();
        n.type = s.freeType(r);
        n.fields.add(plain(s, r, true, List.of(v)));
        s.structs.add(r.nextInt(s.structs.size() + 1), v);
        s.structs.add(n);
        return new Mutation("new structs " + v.name + " and " + n.name, false, s);
      }
      case 20: { // a new enum constant
        int code = s.constants.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1 + r.nextInt(5);
        s.constants.put("N" + s.name(), code);
        return new Mutation("new constant code " + code, false, s);
      }
      case 21: { // a bound raised
        Field f = any(r, st.fields.stream().filter(x -> x.kind == Kind.VAR).collect(Collectors.toList()));
        if (f == null) return null;
        f.length += 1 + r.nextInt(1000);
        return new Mutation("raise the bound of " + st.name + "." + f.name, false, s);
      }
      case 22: { // @Sorted dropped, or an objref made optional: restore compares the flags
        Field f = any(r, st.fields.stream().filter(x -> x.sorted || (x.kind == Kind.OBJREF && !x.optional))
            .collect(Collectors.toList()));
        if (f == null) return null;
        f.sorted = false;
        f.optional = true;
        return new Mutation("@Sorted dropped or optional added on " + st.name + "." + f.name, true, s);
      }
      case 23: { // @Uid on a 4-byte integer: a flag restore compares too
        Field f = any(r, st.fields.stream().filter(x -> x.kind == Kind.INT && x.width == 4 && !x.uid)
            .collect(Collectors.toList()));
        if (f == null) return null;
        f.uid = true;
        return new Mutation("@Uid on " + st.name + "." + f.name, true, s);
      }
      case 24: { // the image version raised, and the declarations reordered
        s.imageVersion++;
        java.util.Collections.reverse(s.structs);
        return new Mutation("image version raised, declarations reversed", false, s);
      }
      default: { // a record nothing refers to removed: retired, its type id kept
        if (s.isTarget(rec) || s.records().size() < 2 || rec.fields.stream().anyMatch(f -> f.kind == Kind.ENUM)) return null;
        s.structs.remove(rec);
        return new Mutation("retire " + rec.name, false, s);
      }
    }
  }

  // ---------------------------------------------------------------- the run

  private Compilation compile(Set1 set, Path lock, boolean update) {
    List<String> options = new ArrayList<>(List.of("-proc:only", "-Ackptgen.lock=" + lock));
    if (update) {
      options.add("-Ackptgen.lock.update=true");
    }
    return Sources.compile(options, Sources.source("Gen", set.source()));
  }

  private static String errors(Compilation c) {
    return c.errors().stream().map(d -> d.getMessage(null)).collect(Collectors.joining("\n"));
  }

  @Test
  void theGateAgreesWithTheRulesOnRandomChanges() throws IOException {
    long first = Long.getLong("ckptgen.gate.seed", System.nanoTime());
    int sets = System.getProperty("ckptgen.gate.seed") != null ? 1 : SETS;
    Map<Boolean, Integer> verdicts = new java.util.HashMap<>();
    for (int i = 0; i < sets; i++) {
      long seed = first + i;
      Random r = new Random(seed);
      Set1 base = generate(r);
      Path lock = dir.resolve("gen-" + seed + ".lock");
      Compilation released = compile(base, lock, true);
      if (released.status() != Compilation.Status.SUCCESS || !Files.exists(lock)) {
        fail("seed " + seed + ": the generated set does not compile:\n" + errors(released) + "\n" + base.source());
      }
      for (int j = 0; j < MUTATIONS; j++) {
        Mutation m = mutate(base, r);
        Compilation c = compile(m.result(), lock, false);
        String where = "seed " + seed + " (-Dckptgen.gate.seed=" + seed + "), mutation " + j + ": " + m.what()
            + (m.breaking() ? ", which breaks" : ", which is compatible") + "\n" + m.result().source() + "\n";
        List<String> tags = c.errors().stream().map(d -> d.getMessage(null))
            .map(t -> t.startsWith("[ckptgen/") ? t.substring(9, t.indexOf(']')) : "javac").collect(Collectors.toList());
        if (m.breaking()) {
          assertTrue(!tags.isEmpty(), where + "the gate let it pass");
          assertTrue(GATE_TAGS.containsAll(tags), where + "errors other than the gate's:\n" + errors(c));
          for (Diagnostic<? extends JavaFileObject> d : c.errors()) {
            assertTrue(d.getSource() != null && d.getLineNumber() > 0, where + "an error on no line: " + d);
          }
        } else {
          assertEquals(List.of(), tags, where + "the gate refused it:\n" + errors(c));
        }
        verdicts.merge(m.breaking(), 1, Integer::sum);
      }
    }
    // both verdicts were tried, not only the easy one
    assertTrue(verdicts.getOrDefault(true, 0) > 0 && verdicts.getOrDefault(false, 0) > 0, verdicts.toString());
  }
}
