package org.ckptgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * {@code @Subsystem(after, before)} through the processor: the order the C header's comment and
 * the C reader's subsystem table give, and the compile errors (a cycle, an unknown name, a
 * subsystem naming itself) with their message and the element and line they point at.
 */
class SubsystemOrderCompileTest {
  private static final String IMPORTS = "import org.ckptgen.image.hook.CheckpointContext;\n"
      + "import org.ckptgen.image.hook.RestoreContext;\n";
  private static final String ROOT = "@CheckpointImage(name = \"container\") interface Root {}\n";

  private static int nextType = 0x0200;

  /** A subsystem class {@code cls} under {@code annotation}, with a state record of its own. */
  private static String subsystem(String cls, String annotation) {
    int type = nextType++;
    return String.format("@CkptStruct(type = 0x%04x) record %sState(int x) {}\n%s\nfinal class %s {\n"
        + "  @CheckpointHook %sState checkpoint(CheckpointContext ctx) { return new %sState(1); }\n"
        + "  @RestoreHook int restore(RestoreContext ctx, %sState s) { return 0; }\n}\n",
        type, cls, annotation, cls, cls, cls, cls);
  }

  private static Compilation compile(JavaFileObject... files) {
    List<JavaFileObject> all = new ArrayList<>(List.of(files));
    all.add(JavaFileObjects.forResource("contexts/CheckpointContext.java"));
    all.add(JavaFileObjects.forResource("contexts/RestoreContext.java"));
    return Sources.compile(all.toArray(new JavaFileObject[0]));
  }

  private static String generated(Compilation c, String name) throws IOException {
    return c.generatedFile(StandardLocation.CLASS_OUTPUT, CkptProcessor.INCLUDE_PATH + name)
        .orElseThrow(() -> new AssertionError(name + " was not generated")).getCharContent(true).toString();
  }

  /** The names of the C reader's subsystem table, in its order. */
  private static List<String> readerOrder(Compilation c) throws IOException {
    String reader = generated(c, "container_ckpt_reader.h");
    String table = reader.substring(reader.indexOf("container_subsystems[] = {"));
    table = table.substring(0, table.indexOf("};"));
    List<String> names = new ArrayList<>();
    Matcher m = Pattern.compile("\\{\"([a-z0-9_]+)\"").matcher(table);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  @Test
  void theDeclaredOrderIsTheReadersAndTheHeadersComment() throws IOException {
    // the example's case (seeds/002): credentials last; users and their namespaces before them
    Compilation c = compile(Sources.source("Subs", IMPORTS + ROOT
        + subsystem("Cred", "@Subsystem(value = \"cred\", after = {\"user\", \"task\"})")
        + subsystem("Groups", "@Subsystem(\"groupinfo\")")
        + subsystem("Lsm", "@Subsystem(\"lsm\")")
        + subsystem("Task", "@Subsystem(\"task\")")
        + subsystem("User", "@Subsystem(value = \"user\", after = \"user_ns\", before = \"cred\")")
        + subsystem("UserNs", "@Subsystem(value = \"user_ns\", before = {\"user\", \"cred\"})")
        + subsystem("Uts", "@Subsystem(value = \"uts\")")));
    assertThat(c).succeededWithoutWarnings();
    List<String> order = List.of("groupinfo", "lsm", "task", "user_ns", "user", "cred", "uts");
    assertEquals(order, readerOrder(c));
    String header = generated(c, "container_ckpt_hdr.h");
    assertTrue(header.contains(" * restore runs the restore hooks in it, aborts in reverse; @Subsystem(after, before), then by name):\n"
        + " *   " + String.join(", ", order) + "\n */\n"), header.substring(0, 1500));
  }

  @Test
  void withoutConstraintsTheOrderIsSorted() throws IOException {
    Compilation c = compile(Sources.source("Subs", IMPORTS + ROOT + subsystem("Uts", "@Subsystem(\"uts\")")
        + subsystem("Cred", "@Subsystem(\"cred\")") + subsystem("Task", "@Subsystem(\"task\")")));
    assertThat(c).succeededWithoutWarnings();
    assertEquals(List.of("cred", "task", "uts"), readerOrder(c));
  }

  @Test
  void aCycleIsAnErrorOnTheConstraintThatStartsItAndPrintsIt() {
    JavaFileObject file = Sources.source("Subs", IMPORTS + ROOT
        + subsystem("Cred", "@Subsystem(value = \"cred\",\n    after = \"task\")")
        + subsystem("Task", "@Subsystem(value = \"task\",\n    after = {\"uts\", \"cred\"})")
        + subsystem("Uts", "@Subsystem(\"uts\")"));
    Compilation c = compile(file);
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("[ckptgen/SubsystemOrderCycle] the subsystems of image \"container\" cannot be put"
        + " in order: cred -> task -> cred is a cycle (task after cred, cred after task); remove one of these after/before names")
        .inFile(file).onLineContaining("after = {\"uts\", \"cred\"})");
    assertEquals(1, errors(c), "one cycle, one error");
    Sources.assertArticlesFit(c);
  }

  @Test
  void aLongerCycleThroughBeforeAndAfterIsPrintedWhole() {
    JavaFileObject file = Sources.source("Subs", IMPORTS + ROOT
        + subsystem("A", "@Subsystem(value = \"lsm\",\n    before = \"user\")")
        + subsystem("B", "@Subsystem(value = \"user\",\n    before = \"cred\")")
        + subsystem("C", "@Subsystem(value = \"cred\",\n    before = \"lsm\")"));
    Compilation c = compile(file);
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("cannot be put in order: cred -> lsm -> user -> cred is a cycle (cred before lsm, lsm before"
        + " user, user before cred)").inFile(file).onLineContaining("before = \"lsm\")");
  }

  @Test
  void anUnknownNameIsAnErrorOnItsValue() {
    JavaFileObject file = Sources.source("Subs", IMPORTS + ROOT
        + subsystem("Cred", "@Subsystem(value = \"cred\",\n    after = {\"task\",\n      \"tsk\"})")
        + subsystem("Task", "@Subsystem(\"task\")"));
    Compilation c = compile(file);
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("[ckptgen/UnknownSubsystem] @Subsystem(after = \"tsk\") on Cred: image \"container\""
        + " has no subsystem \"tsk\"; its subsystems are cred, task").inFile(file).onLineContaining("\"tsk\"})");
    assertEquals(1, errors(c));
  }

  @Test
  void aNameOfAnotherImageIsUnknownAndSaysWhereItIs() {
    JavaFileObject file = Sources.source("Subs", IMPORTS + ROOT
        + "@CheckpointImage(name = \"journal\") interface Journal {}\n"
        + subsystem("Cred", "@Subsystem(value = \"cred\", image = Root.class,\n    before = \"alpha\")")
        + subsystem("Alpha", "@Subsystem(value = \"alpha\", image = Journal.class)"));
    Compilation c = compile(file);
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("@Subsystem(before = \"alpha\") on Cred: image \"container\" has no subsystem"
        + " \"alpha\" (\"alpha\" is a subsystem of image \"journal\"; each image has its own order); its subsystems are"
        + " cred").inFile(file).onLineContaining("before = \"alpha\")");
  }

  @Test
  void aSubsystemNamingItselfIsAnError() {
    JavaFileObject file = Sources.source("Subs", IMPORTS + ROOT
        + subsystem("Cred", "@Subsystem(value = \"cred\",\n    before = \"cred\")"));
    Compilation c = compile(file);
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("[ckptgen/SubsystemOrderSelf] @Subsystem(before = \"cred\") on Cred names the"
        + " subsystem itself; a subsystem cannot come before itself, so remove the name")
        .inFile(file).onLineContaining("before = \"cred\")");
    Sources.assertArticlesFit(c);
  }

  @Test
  void everyFaultOfTheOrderIsReportedInOneCompile() {
    JavaFileObject file = Sources.source("Subs", IMPORTS + ROOT
        + subsystem("Cred", "@Subsystem(value = \"cred\", after = \"nope\")")
        + subsystem("Task", "@Subsystem(value = \"task\", after = \"task\")")
        + subsystem("Uts", "@Subsystem(value = \"uts\", after = \"user\")")
        + subsystem("User", "@Subsystem(value = \"user\", after = \"uts\")"));
    Compilation c = compile(file);
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("has no subsystem \"nope\"");
    assertThat(c).hadErrorContaining("a subsystem cannot come after itself");
    assertThat(c).hadErrorContaining("user -> uts -> user");
    assertEquals(3, errors(c));
  }

  @Test
  void anOrderOfManySubsystemsIsTheLeastTopologicalOne() throws IOException {
    // z_k after z_(k+1): the reverse of the sorted order, over twelve subsystems
    StringBuilder body = new StringBuilder(IMPORTS + ROOT);
    List<String> expected = new ArrayList<>();
    for (int k = 0; k < 12; k++) {
      String name = String.format("z%02d", k);
      String after = k < 11 ? String.format(", after = \"z%02d\"", k + 1) : "";
      body.append(subsystem("Z" + k, "@Subsystem(value = \"" + name + "\"" + after + ")"));
      expected.add(0, name);
    }
    Compilation c = compile(Sources.source("Subs", body.toString()));
    assertThat(c).succeededWithoutWarnings();
    assertEquals(expected, readerOrder(c));
  }

  private static long errors(Compilation c) {
    return c.diagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR).count();
  }
}
