package org.ckptgen.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many modules, one image (docs/MODULES.md): a library module, compiled to a directory with the
 * processor, contributes its structs and subsystems; a second compile with that directory on its
 * class path holds the image root and assembles the image from both. Clashes across modules name
 * both origins.
 */
class ModulesTest {
  private static final String HOOKS = "import org.ckptgen.image.hook.CheckpointContext;\n"
      + "import org.ckptgen.image.hook.RestoreContext;\n";

  /**
   * A public record {@code state} of type {@code type} and a public subsystem {@code name} in
   * {@code pkg} that checkpoints it, each in its own file.
   */
  private static List<JavaFileObject> subsystem(String pkg, String cls, String name, String state, int type,
      String imageName) {
    return List.of(file(pkg, state, "/**\n * The state of " + state + ".\n *\n * @param a how many " + name
            + "\n * @param tag its tag\n */\n@CkptStruct(type = " + type + ") public record " + state
            + "(@U32 int a, @FixedString(length = 12) String tag) {}\n"),
        file(pkg, cls, "@Subsystem(value = \"" + name + "\"" + (imageName == null ? "" : ", imageName = \"" + imageName + "\"")
        + ") public final class " + cls + " {\n"
        + "  @CheckpointHook public " + state + " checkpoint(CheckpointContext ctx) { return new " + state + "(1, \"x\"); }\n"
        + "  @RestoreHook public int restore(RestoreContext ctx, " + state + " s) { return 0; }\n}\n"));
  }

  private static JavaFileObject root(String name) {
    return file("org.app", "AppImage", "@CheckpointImage(name = \"" + name + "\") public interface AppImage {}\n");
  }

  private static List<JavaFileObject> plus(List<JavaFileObject> a, List<JavaFileObject> b) {
    List<JavaFileObject> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static JavaFileObject file(String pkg, String cls, String body) {
    return JavaFileObjects.forSourceString(pkg + "." + cls, "package " + pkg + ";\n" + Sources.IMPORTS + HOOKS + body);
  }

  /** The hook API stubs, or ckptgen-image's sources (framing records and hooks) when {@code image}. */
  private static List<JavaFileObject> support(boolean image) throws IOException {
    List<JavaFileObject> all = new ArrayList<>();
    if (!image) {
      all.add(JavaFileObjects.forResource("contexts/CheckpointContext.java"));
      all.add(JavaFileObjects.forResource("contexts/RestoreContext.java"));
      return all;
    }
    try (Stream<Path> files = Files.walk(Path.of("../image/src/main/java"))) {
      for (Path p : files.filter(p -> p.toString().endsWith(".java") && !p.endsWith("module-info.java")).sorted().toList()) {
        all.add(JavaFileObjects.forResource(p.toUri().toURL()));
      }
    }
    return all;
  }

  private static List<File> classPath(Path... dirs) {
    List<File> cp = new ArrayList<>();
    for (Path d : dirs) {
      cp.add(d.toFile());
    }
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      cp.add(new File(entry));
    }
    return cp;
  }

  /** Compiles a library module into {@code out} with the processor, as Maven would; it must succeed. */
  private static String library(Path out, String module, List<Path> upstream, List<JavaFileObject> sources)
      throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
      Files.createDirectories(out);
      files.setLocation(StandardLocation.CLASS_OUTPUT, List.of(out.toFile()));
      files.setLocation(StandardLocation.CLASS_PATH, classPath(upstream.toArray(new Path[0])));
      List<String> options = new ArrayList<>(List.of("-Xlint:all,-processing", "-Werror"));
      if (module != null) {
        options.add("-Ackptgen.moduleName=" + module);
      }
      JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, options, null, sources);
      task.setProcessors(List.of(new CkptProcessor()));
      boolean ok = task.call();
      StringBuilder text = new StringBuilder();
      diagnostics.getDiagnostics().forEach(d -> text.append(d.getKind()).append(": ").append(d.getMessage(Locale.ROOT)).append('\n'));
      assertTrue(ok, "library " + module + " does not compile:\n" + text);
      return text.toString();
    }
  }

  private static Compilation app(List<Path> libraries, List<String> options, JavaFileObject... sources) {
    return javac().withProcessors(new CkptProcessor()).withClasspath(classPath(libraries.toArray(new Path[0])))
        .withOptions(options).compile(sources);
  }

  private static String generated(Compilation c, String path) throws IOException {
    return c.generatedFile(StandardLocation.CLASS_OUTPUT, path)
        .orElseThrow(() -> new AssertionError(path + " was not generated")).getCharContent(true).toString();
  }

  @Test
  void twoLibrariesAndARootMakeOneImage(@TempDir Path dir) throws IOException {
    List<JavaFileObject> a = new ArrayList<>(support(true));
    a.addAll(subsystem("org.lib.a", "Alpha", "alpha", "AlphaState", 0x0201, null));
    String notes = library(dir.resolve("a"), "lib-a", List.of(), a);
    assertThat(notes).contains("[ckptgen/NoImageRoot]");
    assertTrue(Files.exists(dir.resolve("a/ckptgen_aggregated/org_lib_a_Alpha.class")));
    assertTrue(Files.exists(dir.resolve("a/ckptgen_aggregated/org_lib_a_AlphaState.class")));
    assertTrue(Files.exists(dir.resolve("a/org/lib/a/AlphaStateCodec.class")), "the library keeps its codecs");
    // lib-b depends on lib-a, whose contributions it does not repeat
    library(dir.resolve("b"), "lib-b", List.of(dir.resolve("a")),
        subsystem("org.lib.b", "Beta", "beta", "BetaState", 0x0202, "app"));
    assertEquals(List.of("org_lib_b_Beta.class", "org_lib_b_BetaState.class"), list(dir.resolve("b/ckptgen_aggregated")));

    List<JavaFileObject> app = plus(List.of(root("app")), subsystem("org.app", "Gamma", "gamma", "GammaState", 0x0203, null));
    Compilation c = app(List.of(dir.resolve("a"), dir.resolve("b")), List.of("-Xlint:all,-processing", "-Werror"),
        app.toArray(new JavaFileObject[0]));
    assertThat(c).succeededWithoutWarnings();
    String dispatch = c.generatedSourceFile("org.app.AppImageDispatch").orElseThrow().getCharContent(true).toString();
    for (String s : List.of("org.lib.a.Alpha", "org.lib.b.Beta", "Gamma")) {
      assertThat(dispatch).contains(s);
    }
    String header = generated(c, CkptProcessor.INCLUDE_PATH + "app_ckpt_hdr.h");
    for (String s : List.of("struct ckpt_hdr_alpha_state {", "struct ckpt_hdr_beta_state {", "struct ckpt_hdr_gamma_state {")) {
      assertThat(header).contains(s);
    }
    // class files keep no Javadoc; the contribution carries it, so a library's C comments are as a local struct's
    for (String s : List.of("alpha", "beta", "gamma")) {
      String state = Character.toUpperCase(s.charAt(0)) + s.substring(1) + "State";
      assertThat(header).contains("/* The state of " + state + ". */\nstruct ckpt_hdr_" + s + "_state {\n\tstruct ckpt_hdr h;\n"
          + "\t/* how many " + s + " */\n");
    }
    generated(c, CkptProcessor.SCHEMA_PATH + "app.ckptschema");
    // the codecs of the libraries' structs are theirs; the root writes only its own
    assertTrue(c.generatedSourceFile("org.app.GammaStateCodec").isPresent());
    assertTrue(c.generatedSourceFile("org.lib.a.AlphaStateCodec").isEmpty());
    assertTrue(c.generatedSourceFile("org.lib.b.BetaStateCodec").isEmpty());
  }

  private static List<String> list(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".class")).sorted().toList();
    }
  }

  /** Type ids and subsystem names are unique across modules; the error names both, each with its module. */
  @Test
  void clashesAcrossModulesNameBothOrigins(@TempDir Path dir) throws IOException {
    List<JavaFileObject> a = new ArrayList<>(support(false));
    a.addAll(subsystem("org.lib.a", "Alpha", "alpha", "AlphaState", 0x0201, null));
    library(dir.resolve("a"), "lib-a", List.of(), a);
    List<JavaFileObject> b = new ArrayList<>(support(false));
    b.addAll(subsystem("org.lib.b", "Beta", "alpha", "BetaState", 0x0201, null));
    library(dir.resolve("b"), "lib-b", List.of(), b);

    // two libraries clash: reported at the root's build, which is the first to see both
    Compilation c = app(List.of(dir.resolve("a"), dir.resolve("b")), List.of("-Ackptgen.moduleName=app"), root("app"));
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("[ckptgen/DuplicateTypeId] type 0x201 is used by org.lib.a.AlphaState (module lib-a)"
        + " and by org.lib.b.BetaState (module lib-b); type ids must be unique");
    assertThat(c).hadErrorContaining("[ckptgen/DuplicateSubsystem] subsystem name \"alpha\" is used by org.lib.a.Alpha"
        + " (module lib-a) and by org.lib.b.Beta (module lib-b)");

    // the root's own clash with a library: on the root's element, both named
    List<JavaFileObject> gamma = subsystem("org.app", "Gamma", "alpha", "GammaState", 0x0201, null);
    c = app(List.of(dir.resolve("a")), List.of("-Ackptgen.moduleName=app"), root("app"), gamma.get(0), gamma.get(1));
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("[ckptgen/DuplicateTypeId] type 0x201 is used by org.lib.a.AlphaState (module lib-a)"
        + " and by org.app.GammaState (module app)").inFile(gamma.get(0)).onLineContaining("record GammaState");
    assertThat(c).hadErrorContaining("[ckptgen/DuplicateSubsystem] subsystem name \"alpha\" is used by org.lib.a.Alpha"
        + " (module lib-a) and by org.app.Gamma (module app)").inFile(gamma.get(1)).onLineContaining("class Gamma");
    Sources.assertArticlesFit(c);
  }

  /** C names clash across modules as within one; a library's struct is named with its module. */
  @Test
  void cNamesAreUniqueAcrossModules(@TempDir Path dir) throws IOException {
    List<JavaFileObject> a = new ArrayList<>(support(false));
    a.addAll(subsystem("org.lib.a", "Alpha", "alpha", "Same", 0x0201, null));
    library(dir.resolve("a"), "lib-a", List.of(), a);
    JavaFileObject same = file("org.app", "Same", "@CkptStruct(type = 0x0301) public record Same(int x) {}\n");
    Compilation c = app(List.of(dir.resolve("a")), List.of(), root("app"), same);
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("[ckptgen/DuplicateCIdentifier] `ckpt_hdr_same` names both struct org.lib.a.Same"
        + " (module lib-a) and struct org.app.Same (this module) in the C header")
        .inFile(same).onLineContaining("record Same");
  }

  /** A library's subsystem names an image; one of an image the build has no root of is left out, said so. */
  @Test
  void aLibrarySubsystemNamesItsImage(@TempDir Path dir) throws IOException {
    List<JavaFileObject> a = new ArrayList<>(support(false));
    a.addAll(subsystem("org.lib.a", "Alpha", "alpha", "AlphaState", 0x0201, "other"));
    library(dir.resolve("a"), null, List.of(), a);
    Compilation c = app(List.of(dir.resolve("a")), List.of(), root("app"));
    assertThat(c).succeeded();
    assertThat(c).hadWarningContaining("[ckptgen/ContributionForOtherImage] subsystem org.lib.a.Alpha (a library on"
        + " the class path) belongs to image \"other\", which this build has no root of (its images: app)");

    // with two roots, a library subsystem that names none is an error naming the roots
    List<JavaFileObject> b = new ArrayList<>(support(false));
    b.addAll(subsystem("org.lib.b", "Beta", "beta", "BetaState", 0x0202, null));
    library(dir.resolve("b"), "lib-b", List.of(), b);
    c = app(List.of(dir.resolve("b")), List.of(), file("org.app", "Roots",
        "@CheckpointImage(name = \"one\") public interface Roots {}\n@CheckpointImage(name = \"two\") interface Two {}\n"));
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("[ckptgen/SubsystemWithoutImage] subsystem Beta belongs to no image: this build has"
        + " several image roots (Roots \"one\", Two \"two\")");
  }

  /** In a library, the image's dispatch is generated elsewhere: the subsystem and its hooks are public. */
  @Test
  void aLibrarySubsystemIsPublic() {
    List<JavaFileObject> a = new ArrayList<>();
    a.add(file("org.lib.a", "LoneState", "@CkptStruct(type = 0x0201) public record LoneState(int a) {}\n"));
    JavaFileObject lone = file("org.lib.a", "Lone", "@Subsystem(\"lone\") final class Lone {\n"
        + "  @CheckpointHook public LoneState checkpoint(CheckpointContext ctx) { return new LoneState(1); }\n"
        + "  @RestoreHook int restore(RestoreContext ctx, LoneState s) { return 0; }\n}\n");
    a.add(lone);
    a.add(JavaFileObjects.forResource("contexts/CheckpointContext.java"));
    a.add(JavaFileObjects.forResource("contexts/RestoreContext.java"));
    Compilation c = Sources.compile(a.toArray(new JavaFileObject[0]));
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("[ckptgen/ContributionNotPublic] Lone is not public, but it is contributed to an image"
        + " assembled in another module, whose generated classes use it from another package; make it public")
        .inFile(lone).onLineContaining("final class Lone");
    assertThat(c).hadErrorContaining("[ckptgen/HookNotCallable] @RestoreHook restore is not public")
        .inFile(lone).onLineContaining("int restore(");
  }

  /** A root compiled in another module cannot see a subsystem compiled after it. */
  @Test
  void aRootFromTheClassPathIsRefused(@TempDir Path dir) throws IOException {
    List<JavaFileObject> r = new ArrayList<>(support(false));
    r.add(file("org.api", "ApiRec", "@CkptStruct(type = 0x0301) public record ApiRec(int a) {}\n"));
    r.add(file("org.api", "Api", "@CheckpointImage(name = \"api\", structs = ApiRec.class) public interface Api {}\n"));
    library(dir.resolve("api"), "api", List.of(), r);
    JavaFileObject sub = file("org.lib.a", "Alpha", "@Subsystem(value = \"alpha\", image = org.api.Api.class)"
        + " public final class Alpha {\n"
        + "  @CheckpointHook public AlphaState checkpoint(CheckpointContext ctx) { return new AlphaState(1); }\n"
        + "  @RestoreHook public int restore(RestoreContext ctx, AlphaState s) { return 0; }\n}\n");
    Compilation c = app(List.of(dir.resolve("api")), List.of(), sub,
        file("org.lib.a", "AlphaState", "@CkptStruct(type = 0x0201) public record AlphaState(int a) {}\n"));
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("[ckptgen/SubsystemWithoutImage] subsystem Alpha belongs to no image: Api is compiled"
        + " in another module, whose build cannot see this subsystem; name the image with imageName = \"api\"")
        .inFile(sub).onLineContaining("org.api.Api.class");
  }

  /** A contribution whose type is gone (a stale library jar) is an error naming both. */
  @Test
  void aContributionWithoutItsTypeIsAnError(@TempDir Path dir) throws IOException {
    List<JavaFileObject> a = new ArrayList<>(support(false));
    a.addAll(subsystem("org.lib.a", "Alpha", "alpha", "AlphaState", 0x0201, null));
    library(dir.resolve("a"), "lib-a", List.of(), a);
    Files.delete(dir.resolve("a/org/lib/a/Alpha.class"));
    Compilation c = app(List.of(dir.resolve("a")), List.of(), root("app"));
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("[ckptgen/MissingContribution] ckptgen_aggregated.org_lib_a_Alpha on the class path"
        + " names subsystem org.lib.a.Alpha, which is not on the class path; rebuild the library module that contributed it");
  }

  /**
   * The image's generated classes name every record from the root's package: a library's record
   * that is not public is an error there. A value struct is used by its own package's codecs only.
   */
  @Test
  void aLibrarysRecordIsPublic(@TempDir Path dir) throws IOException {
    List<JavaFileObject> a = new ArrayList<>(support(true));
    a.add(file("org.lib.a", "Hidden", "@CkptStruct(type = 0x0205) record Hidden(int a) {}\n"));
    a.add(file("org.lib.a", "Inner", "@CkptStruct record Inner(int a, @U16 short b) {}\n"));
    a.add(file("org.lib.a", "Outer", "@CkptStruct(type = 0x0206) public record Outer(Inner inner) {}\n"));
    library(dir.resolve("a"), "lib-a", List.of(), a);
    // a root with no subsystem lists the records it holds (@CheckpointImage(structs))
    JavaFileObject root = file("org.app", "AppImage",
        "@CheckpointImage(name = \"app\", structs = org.lib.a.Outer.class) public interface AppImage {}\n");
    Compilation c = app(List.of(dir.resolve("a")), List.of(), root);
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("[ckptgen/ContributionNotPublic] org.lib.a.Hidden (module lib-a) is not public, but it"
        + " is contributed to an image assembled in another module");
    assertEquals(1, c.errors().size(), c.errors().toString());

    // without Hidden's contribution (its source too: javac looks for sources on the class path)
    Files.delete(dir.resolve("a/ckptgen_aggregated/org_lib_a_Hidden.class"));
    Files.delete(dir.resolve("a/ckptgen_aggregated/org_lib_a_Hidden.java"));
    c = app(List.of(dir.resolve("a")), List.of("-Xlint:all,-processing", "-Werror"), root);
    assertThat(c).succeededWithoutWarnings();
    assertThat(generated(c, CkptProcessor.INCLUDE_PATH + "app_ckpt_hdr.h")).contains("struct ckpt_inner inner;");
  }

  /** In a build with roots, imageName names one of them; image and imageName together are refused. */
  @Test
  void imageNameInTheAssemblingBuild() {
    String hooks = " public final class S {\n"
        + "  @CheckpointHook public AppState checkpoint(CheckpointContext ctx) { return new AppState(1); }\n"
        + "  @RestoreHook public int restore(RestoreContext ctx, AppState s) { return 0; }\n}\n";
    JavaFileObject state = file("org.app", "AppState", "@CkptStruct(type = 0x0201) public record AppState(int a) {}\n");
    JavaFileObject good = file("org.app", "S", "@Subsystem(value = \"s\", imageName = \"app\")" + hooks);
    List<JavaFileObject> all = new ArrayList<>(List.of(root("app"), state, good));
    all.add(JavaFileObjects.forResource("contexts/CheckpointContext.java"));
    all.add(JavaFileObjects.forResource("contexts/RestoreContext.java"));
    assertThat(Sources.compile(all.toArray(new JavaFileObject[0]))).succeeded();

    JavaFileObject other = file("org.app", "S", "@Subsystem(value = \"s\",\n imageName = \"other\")" + hooks);
    all.set(2, other);
    Compilation c = Sources.compile(all.toArray(new JavaFileObject[0]));
    assertThat(c).hadErrorContaining("[ckptgen/SubsystemWithoutImage] subsystem S belongs to no image: this build's image"
        + " roots are app, not \"other\"; a subsystem of an image assembled elsewhere goes into a module without a root")
        .inFile(other).onLineContaining("imageName = \"other\"");

    JavaFileObject both = file("org.app", "S", "@Subsystem(value = \"s\", image = AppImage.class,\n imageName = \"app\")" + hooks);
    all.set(2, both);
    c = Sources.compile(all.toArray(new JavaFileObject[0]));
    assertThat(c).hadErrorContaining("[ckptgen/SubsystemWithoutImage] subsystem S belongs to no image: it gives both image"
        + " and imageName; give one").inFile(both).onLineContaining("imageName = \"app\"");
  }

  /** An enum of a library has its codes in the library; a record of the root that uses it does not write them again. */
  @Test
  void aLibrarysEnumKeepsItsCodes(@TempDir Path dir) throws IOException {
    List<JavaFileObject> a = new ArrayList<>(support(true));
    a.add(file("org.lib.a", "Colour", "@CkptEnum(bytes = 1) public enum Colour { @EnumCode(1) RED, @EnumCode(2) BLUE }\n"));
    a.add(file("org.lib.a", "Tagged", "@CkptStruct(type = 0x0201) public record Tagged(Colour colour, int x) {}\n"));
    library(dir.resolve("a"), "lib-a", List.of(), a);
    assertTrue(Files.exists(dir.resolve("a/org/lib/a/ColourCodes.class")));
    Compilation c = app(List.of(dir.resolve("a")), List.of("-Xlint:all,-processing", "-Werror"),
        file("org.app", "AppImage", "@CheckpointImage(name = \"app\", structs = {org.lib.a.Tagged.class, Uses.class})"
            + " public interface AppImage {}\n"),
        file("org.app", "Uses", "@CkptStruct(type = 0x0301) public record Uses(org.lib.a.Colour colour) {}\n"));
    assertThat(c).succeededWithoutWarnings();
    assertTrue(c.generatedSourceFile("org.app.UsesCodec").isPresent());
    assertTrue(c.generatedSourceFile("org.lib.a.ColourCodes").isEmpty(), "the library's ColourCodes written again");
    assertThat(generated(c, CkptProcessor.INCLUDE_PATH + "app_ckpt_hdr.h")).contains("enum ckpt_colour {");
  }
}
