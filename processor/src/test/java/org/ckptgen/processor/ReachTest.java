package org.ckptgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.ckptgen.processor.Sources.source;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * Each image root holds exactly the structs it reaches (docs/FORMAT.md, "Which structs an image
 * holds"): the state records of its subsystems, what they nest and name by objref, transitively,
 * and the structs its root lists. Two roots of one build get two schemas, fingerprints, readers,
 * headers and schema files; a struct no image holds is a warning; a subsystem of a build with two
 * roots names its image.
 */
class ReachTest {
  private static final String HOOKS = "import org.ckptgen.image.hook.CheckpointContext;\n"
      + "import org.ckptgen.image.hook.RestoreContext;\n";

  /** The sources with ckptgen-image's (framing records and hook API), as GoldenTest compiles them. */
  private static Compilation withImage(JavaFileObject... sources) throws IOException {
    List<JavaFileObject> all = new ArrayList<>(List.of(sources));
    try (Stream<Path> image = Files.walk(Path.of("../image/src/main/java"))) {
      for (Path p : image.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        all.add(JavaFileObjects.forResource(p.toUri().toURL()));
      }
    }
    return Sources.compile(all.toArray(new JavaFileObject[0]));
  }

  /** The sources with stand-ins for the hook contexts only: no framing, no schema classes, fast. */
  private static Compilation withContexts(List<JavaFileObject> sources) {
    List<JavaFileObject> all = new ArrayList<>(sources);
    all.add(JavaFileObjects.forResource("contexts/CheckpointContext.java"));
    all.add(JavaFileObjects.forResource("contexts/RestoreContext.java"));
    return Sources.compile(all.toArray(new JavaFileObject[0]));
  }

  private static String subsystem(String cls, String name, String root, String state) {
    return HOOKS + "@Subsystem(value = \"" + name + "\", image = " + root + ".class)\npublic final class " + cls + " {\n"
        + "  @CheckpointHook public " + state + " checkpoint(CheckpointContext ctx) { return null; }\n"
        + "  @RestoreHook public int restore(RestoreContext ctx, " + state + " s) { return 0; }\n}\n";
  }

  private static String generated(Compilation c, String qualifiedName) throws IOException {
    return c.generatedSourceFile(qualifiedName).orElseThrow(() -> new AssertionError(qualifiedName + " was not generated"))
        .getCharContent(true).toString();
  }

  private static byte[] resource(Compilation c, String path) throws IOException {
    JavaFileObject f = c.generatedFile(StandardLocation.CLASS_OUTPUT, path)
        .orElseThrow(() -> new AssertionError(path + " was not generated"));
    try (InputStream in = f.openInputStream()) {
      return in.readAllBytes();
    }
  }

  /** Every match of group 1 of {@code regex} in {@code text}. */
  private static Set<String> all(String regex, String text) {
    Set<String> found = new TreeSet<>();
    Matcher m = Pattern.compile(regex, Pattern.MULTILINE).matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  /** The structs a C header defines, its framing's (struct ckpt_hdr and the tables' entries) aside. */
  private static Set<String> headerStructs(String header) {
    Set<String> structs = all("^(?:CKPT_FLEXIBLE )?struct (ckpt_\\w+) \\{", header);
    structs.removeIf(s -> Set.of("ckpt_hdr", "ckpt_hdr_image", "ckpt_hdr_section", "ckpt_hdr_objref", "ckpt_hdr_trailer",
        "ckpt_hdr_signature", "ckpt_hdr_fields", "ckpt_hdr_enums", "ckpt_hdr_subsystems", "ckpt_enum_value",
        "ckpt_field_entry", "ckpt_schema_entry", "ckpt_subsystem_entry").contains(s));
    return structs;
  }

  private static final List<JavaFileObject> TWO_ROOTS = List.of(
      source("AlphaImage", "@CheckpointImage(name = \"alpha\") public interface AlphaImage {}"),
      source("BetaImage", "@CheckpointImage(name = \"beta\", structs = Note.class) public interface BetaImage {}"),
      source("Id", "@CkptStruct public record Id(@U32 int value) {}"),
      source("Span", "@CkptStruct public record Span(@U64 long start, @U64 long end) {}"),
      source("Owner", "@CkptStruct(type = 0x0300, shared = true) public record Owner(Id id) {}"),
      source("AState", "@CkptStruct(type = 0x0301) public record AState(@ObjRef(Owner.class) int owner, Span span) {}"),
      source("BState", "@CkptStruct(type = 0x0302) public record BState(@ObjRef(Owner.class) int owner, Id id) {}"),
      source("Note", "@CkptStruct(type = 0x0303) public record Note(@VarString(max = 64) String text) {}"),
      source("Lone", "@CkptStruct(type = 0x0304) public record Lone(int a) {}"),
      source("ASub", subsystem("ASub", "a", "AlphaImage", "AState")),
      source("BSub", subsystem("BSub", "b", "BetaImage", "BState")));

  @Test
  void twoRootsGetTwoSchemasOfTheStructsEachReaches() throws IOException {
    Compilation c = withImage(TWO_ROOTS.toArray(new JavaFileObject[0]));
    assertThat(c).succeeded();
    assertThat(c).hadWarningContaining("[ckptgen/StructInNoImage] Lone is in no image: no state record of a subsystem of"
        + " images \"alpha\", \"beta\" reaches it (nested or by @ObjRef), and no @CheckpointImage lists it; its codec is"
        + " generated, but no schema, reader or header has it. Refer to it from a state record, or add it to"
        + " @CheckpointImage(structs = {...}) of the image that holds it").inFile(TWO_ROOTS.get(8)).onLineContaining("record Lone");
    assertEquals(1, c.diagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.WARNING).count(), c.diagnostics().toString());
    assertThat(c).generatedSourceFile("test.LoneCodec");  // its codec all the same

    String alpha = generated(c, "test.AlphaImageSchema");
    String beta = generated(c, "test.BetaImageSchema");
    assertEquals(Set.of("ckpt_id", "ckpt_span", "ckpt_hdr_owner", "ckpt_hdr_a_state"), all("struct 0x\\w+ \\d+ \\d+ \\d+ (\\w+)", alpha));
    assertEquals(Set.of("ckpt_id", "ckpt_hdr_owner", "ckpt_hdr_b_state", "ckpt_hdr_note"), all("struct 0x\\w+ \\d+ \\d+ \\d+ (\\w+)", beta));
    assertEquals(Set.of("OWNER", "ASTATE"), all("RecordCodec<\\w+> (\\w+) = ", alpha));
    assertEquals(Set.of("OWNER", "BSTATE", "NOTE"), all("RecordCodec<\\w+> (\\w+) = ", beta));
    String fingerprint = "FINGERPRINT = (0x[0-9a-f]+)L;";
    assertNotEquals(all(fingerprint, alpha), all(fingerprint, beta));

    // the typed readers: a visitor method per record of the image, no other
    String alphaReader = generated(c, "test.AlphaImageReader");
    String betaReader = generated(c, "test.BetaImageReader");
    assertTrue(alphaReader.contains("AState") && !alphaReader.contains("BState") && !alphaReader.contains("Note"), alphaReader);
    assertTrue(betaReader.contains("BState") && betaReader.contains("Note") && !betaReader.contains("AState"), betaReader);
    assertFalse(alphaReader.contains("Lone") || betaReader.contains("Lone"));

    // the C headers and readers, and the schema files, of each image's own structs
    String alphaH = new String(resource(c, CkptProcessor.INCLUDE_PATH + "alpha_ckpt_hdr.h"), "UTF-8");
    String betaH = new String(resource(c, CkptProcessor.INCLUDE_PATH + "beta_ckpt_hdr.h"), "UTF-8");
    assertEquals(Set.of("ckpt_id", "ckpt_span", "ckpt_hdr_owner", "ckpt_hdr_a_state"), headerStructs(alphaH));
    assertEquals(Set.of("ckpt_id", "ckpt_hdr_owner", "ckpt_hdr_b_state", "ckpt_hdr_note"), headerStructs(betaH));
    String alphaReaderH = new String(resource(c, CkptProcessor.INCLUDE_PATH + "alpha_ckpt_reader.h"), "UTF-8");
    assertTrue(alphaReaderH.contains("ckpt_hdr_a_state") && !alphaReaderH.contains("ckpt_hdr_b_state")
        && !alphaReaderH.contains("ckpt_hdr_lone"), alphaReaderH);
    byte[] alphaSchema = resource(c, CkptProcessor.SCHEMA_PATH + "alpha.ckptschema");
    byte[] betaSchema = resource(c, CkptProcessor.SCHEMA_PATH + "beta.ckptschema");
    assertFalse(java.util.Arrays.equals(alphaSchema, betaSchema));
    assertTrue(new String(alphaSchema, "ISO-8859-1").contains("ckpt_hdr_a_state")
        && !new String(alphaSchema, "ISO-8859-1").contains("ckpt_hdr_b_state"));
  }

  /** One root, the same structs, whatever the other root of the build holds: the fingerprint is the image's alone. */
  @Test
  void anImagesSchemaDoesNotDependOnTheOtherRoot() throws IOException {
    Compilation both = withImage(TWO_ROOTS.toArray(new JavaFileObject[0]));
    List<JavaFileObject> alone = new ArrayList<>(TWO_ROOTS);
    alone.removeIf(f -> f.getName().contains("Beta") || f.getName().contains("BSub") || f.getName().contains("BState")
        || f.getName().contains("Note") || f.getName().contains("Lone"));
    Compilation one = withImage(alone.toArray(new JavaFileObject[0]));
    assertThat(one).succeededWithoutWarnings();
    assertEquals(generated(both, "test.AlphaImageSchema"), generated(one, "test.AlphaImageSchema"));
    assertArrayEquals(resource(both, CkptProcessor.SCHEMA_PATH + "alpha.ckptschema"),
        resource(one, CkptProcessor.SCHEMA_PATH + "alpha.ckptschema"));
  }

  @Test
  void aSubsystemOfABuildWithTwoRootsNamesItsImage() {
    JavaFileObject sub = source("Orphan", HOOKS + "@Subsystem(\"orphan\") public final class Orphan {\n"
        + "  @CheckpointHook public Rec checkpoint(CheckpointContext ctx) { return null; }\n"
        + "  @RestoreHook public int restore(RestoreContext ctx, Rec s) { return 0; }\n}\n");
    Compilation c = withContexts(List.of(
        source("AlphaImage", "@CheckpointImage(name = \"alpha\") public interface AlphaImage {}"),
        source("BetaImage", "@CheckpointImage(name = \"beta\") public interface BetaImage {}"),
        source("Rec", "@CkptStruct(type = 0x0300) public record Rec(int a) {}"), sub));
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("[ckptgen/SubsystemWithoutImage] subsystem Orphan belongs to no image: this build"
        + " has several image roots (AlphaImage \"alpha\", BetaImage \"beta\"); name one: @Subsystem(value = \"...\","
        + " image = Root.class)").inFile(sub).onLineContaining("class Orphan");
  }

  @Test
  void aRootThatHoldsNothingIsAWarning() {
    JavaFileObject root = source("Empty", "@CheckpointImage(name = \"empty\")\npublic interface Empty {}");
    Compilation c = withContexts(List.of(root, source("Rec", "@CkptStruct(type = 0x0300) public record Rec(int a) {}"),
        source("Other", "@CheckpointImage(name = \"other\", structs = Rec.class) public interface Other {}")));
    assertThat(c).succeeded();
    assertThat(c).hadWarningContaining("[ckptgen/EmptyImage] image \"empty\" holds no struct: Empty has no subsystem and"
        + " lists none in @CheckpointImage(structs = {...}), so its header and reader describe the framing only and it gets"
        + " no schema class; give it a @Subsystem(image = Empty.class) or list the records it holds")
        .inFile(root).onLineContaining("interface Empty");
    assertEquals(1, c.diagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.WARNING).count(), c.diagnostics().toString());
  }

  @Test
  void aRootListsCheckpointStructsOnly() {
    JavaFileObject root = source("Root", "@CheckpointImage(name = \"solo\", structs = {Rec.class, String.class})\n"
        + "public interface Root {}");
    Compilation c = withContexts(List.of(root, source("Rec", "@CkptStruct(type = 0x0300) public record Rec(int a) {}")));
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("[ckptgen/ListedNotAStruct] @CheckpointImage(structs) of Root lists String, which is"
        + " not a @CkptStruct; list checkpoint structs only").inFile(root).onLineContaining("String.class");
  }

  /**
   * Random builds: shared records, value structs, state records and plain records, wired by
   * random nesting and objrefs; each state record's subsystem goes to one of two roots, and each
   * root lists a few structs at random. Each root's header defines exactly the structs that a
   * plain walk of the graph reaches from the root's seeds, and each struct reached by neither
   * gets the warning, the others none.
   */
  @Test
  void randomBuildsHoldExactlyWhatEachRootReaches() {
    long seed = Long.getLong("ckptgen.reach.seed", System.nanoTime());
    int builds = Integer.getInteger("ckptgen.reach.builds", 8);
    for (int b = 0; b < builds; b++) {
      RandomBuild build = new RandomBuild(new SplittableRandom(seed + b));
      String where = "build " + b + " of seed " + seed + " (-Dckptgen.reach.seed=" + (seed + b) + " -Dckptgen.reach.builds=1): ";
      Compilation c = withContexts(build.sources());
      assertEquals(Compilation.Status.SUCCESS, c.status(), where + c.diagnostics());
      Set<String> held = new TreeSet<>();
      for (int r = 0; r < 2; r++) {
        Set<String> expected = build.reach(r);
        held.addAll(expected);
        String header;
        try {
          header = new String(resource(c, CkptProcessor.INCLUDE_PATH + "r" + r + "_ckpt_hdr.h"), "UTF-8");
        } catch (IOException e) {
          throw new AssertionError(e);
        }
        Set<String> cNames = expected.stream().map(build::cName).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(cNames, headerStructs(header), where + "root r" + r + " of\n" + build.describe());
      }
      Set<String> warned = new TreeSet<>();
      for (Diagnostic<? extends JavaFileObject> d : c.diagnostics()) {
        Matcher m = Pattern.compile("^\\[ckptgen/StructInNoImage\\] (\\w+) is in no image").matcher(d.getMessage(null));
        if (d.getKind() == Diagnostic.Kind.WARNING && m.find()) {
          warned.add(m.group(1));
        }
      }
      Set<String> unheld = new TreeSet<>(build.structs.keySet());
      unheld.removeAll(held);
      assertEquals(unheld, warned, where + "the structs in no image of\n" + build.describe());
    }
  }

  /** A random build of the test above, and the reach a plain graph walk finds in it. */
  private static final class RandomBuild {
    /** Each struct by name: its kind ('O' shared, 'V' value, 'S' state, 'R' plain record) and what it points to. */
    final Map<String, List<String>> structs = new LinkedHashMap<>();
    final Map<String, List<String>> refs = new LinkedHashMap<>();
    final Map<String, Integer> rootOf = new LinkedHashMap<>();
    final List<List<String>> listed = List.of(new ArrayList<>(), new ArrayList<>());
    private int nextType = 0x300;
    private final Map<String, Integer> types = new LinkedHashMap<>();

    RandomBuild(SplittableRandom random) {
      List<String> shared = new ArrayList<>();
      List<String> values = new ArrayList<>();
      for (int i = random.nextInt(0, 4); i > 0; i--) {
        String name = "O" + shared.size();
        declare(name, values, List.of(), shared, random);  // a shared record may refer to an earlier one
        shared.add(name);
      }
      for (int i = random.nextInt(0, 4); i > 0; i--) {
        String name = "V" + values.size();
        declare(name, values, shared, shared, random);
        values.add(name);
      }
      // value structs nest only earlier ones, so shared records declared before them nest none;
      // give the shared records a chance to nest a value struct now that there are some
      for (String o : shared) {
        if (!values.isEmpty() && random.nextBoolean()) {
          structs.get(o).add(values.get(random.nextInt(values.size())));
        }
      }
      int states = random.nextInt(1, 5);
      for (int i = 0; i < states; i++) {
        String name = "S" + i;
        declare(name, values, shared, List.of(), random);
        rootOf.put(name, random.nextInt(2));
      }
      for (int i = random.nextInt(0, 3); i > 0; i--) {
        declare("R" + i, values, shared, List.of(), random);
      }
      for (String s : structs.keySet()) {
        if (random.nextInt(6) == 0) {
          listed.get(random.nextInt(2)).add(s);
        }
      }
    }

    /** A struct with nested value structs from {@code nest} and objrefs to {@code point} or {@code earlier}. */
    private void declare(String name, List<String> nest, List<String> point, List<String> earlier, SplittableRandom random) {
      List<String> nested = new ArrayList<>();
      List<String> to = new ArrayList<>();
      for (int k = random.nextInt(0, 3); k > 0 && !nest.isEmpty(); k--) {
        nested.add(nest.get(random.nextInt(nest.size())));
      }
      List<String> targets = new ArrayList<>(point);
      targets.addAll(earlier);
      for (int k = random.nextInt(0, 3); k > 0 && !targets.isEmpty(); k--) {
        to.add(targets.get(random.nextInt(targets.size())));
      }
      structs.put(name, nested);
      refs.put(name, to);
      if (!name.startsWith("V")) {
        types.put(name, nextType++);
      }
    }

    String cName(String name) {
      return (name.startsWith("V") ? "ckpt_" : "ckpt_hdr_") + name.toLowerCase();
    }

    /** What root {@code r} holds: a plain walk from its subsystems' states and its list. */
    Set<String> reach(int r) {
      Set<String> reached = new TreeSet<>();
      Deque<String> todo = new ArrayDeque<>(listed.get(r));
      rootOf.forEach((state, root) -> {
        if (root == r) {
          todo.add(state);
        }
      });
      while (!todo.isEmpty()) {
        String s = todo.pop();
        if (reached.add(s)) {
          todo.addAll(structs.get(s));
          todo.addAll(refs.get(s));
        }
      }
      return reached;
    }

    List<JavaFileObject> sources() {
      List<JavaFileObject> files = new ArrayList<>();
      for (int r = 0; r < 2; r++) {
        String list = listed.get(r).stream().map(s -> s + ".class").collect(Collectors.joining(", "));
        files.add(source("R" + r + "Image", "@CheckpointImage(name = \"r" + r + "\", structs = {" + list + "})\n"
            + "public interface R" + r + "Image {}"));
      }
      for (String s : structs.keySet()) {
        StringBuilder fields = new StringBuilder("int x");
        int n = 0;
        for (String v : structs.get(s)) {
          fields.append(", ").append(v).append(" n").append(n++);
        }
        for (String o : refs.get(s)) {
          fields.append(", @ObjRef(").append(o).append(".class) int r").append(n++);
        }
        String annotation = s.startsWith("V") ? "@CkptStruct(cName = \"" + cName(s) + "\")"
            : String.format("@CkptStruct(type = 0x%x%s, cName = \"%s\")", types.get(s), s.startsWith("O") ? ", shared = true" : "",
                cName(s));
        files.add(source(s, annotation + "\npublic record " + s + "(" + fields + ") {}"));
      }
      rootOf.forEach((state, root) -> files.add(source(state + "Sub",
          subsystem(state + "Sub", state.toLowerCase(), "R" + root + "Image", state))));
      return files;
    }

    String describe() {
      StringBuilder b = new StringBuilder();
      structs.forEach((s, nested) -> b.append("  ").append(s).append(" nests ").append(nested).append(", refers to ")
          .append(refs.get(s)).append(rootOf.containsKey(s) ? ", state of r" + rootOf.get(s) : "").append('\n'));
      b.append("  r0 lists ").append(listed.get(0)).append(", r1 lists ").append(listed.get(1)).append('\n');
      return b.toString();
    }
  }
}
