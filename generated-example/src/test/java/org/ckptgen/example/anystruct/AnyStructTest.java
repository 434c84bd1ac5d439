package org.ckptgen.example.anystruct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.ckptgen.example.anystruct.StructSet.StructSpec;
import org.ckptgen.example.anystruct.Values.Node;
import org.ckptgen.image.FieldEntry;
import org.ckptgen.image.ImageReader;
import org.ckptgen.image.SchemaEntry;
import org.ckptgen.image.SchemaFields;
import org.ckptgen.image.hook.Caller;
import org.ckptgen.image.tools.ImageDump;
import org.ckptgen.processor.Gcc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Struct sets nobody wrote by hand build images that every reader accepts and agrees on. Each
 * set comes from a seed ({@link StructSet}); a batch of sets is one build, with one image root
 * whose subsystems are every set's, compiled in one javac run. For each batch:
 *
 * <ol>
 *   <li>javac with the processor, {@code -Xlint:all -Werror} (less the processing lint, as the
 *       example's build) over the sets and the generated code; in the first batch, the generated
 *       Java again on its own with the whole of {@code -Xlint:all};
 *   <li>gcc compiles the header and reader at {@code -m32} and {@code -m64} with the strict flags,
 *       and both builds print every size and offset, which must equal the model's (the image's
 *       own field table) and, for every field, the layout rule of FORMAT.md worked out here;
 *   <li>random values are checkpointed through the generated dispatch; the image is read back
 *       by the generic reader through its own tables (the text of {@code ckpt dump}), by the
 *       generated C reader ({@code ckptinfo}, 64- and 32-bit: the same text), and by the typed
 *       reader (the same values, and the same JSON as the generic reader);
 *   <li>the image is restored through the dispatch, and every subsystem gets the values it
 *       checkpointed, objrefs followed to the same shared objects.
 * </ol>
 *
 * <p>{@code -Dckptgen.anystruct.sets=N} (default 200) sets in batches of
 * {@code -Dckptgen.anystruct.batch=B} (default 25) from {@code -Dckptgen.anystruct.seed=S}
 * (default: a new random seed, printed). A failure prints the seed and the command that builds
 * that one set again ({@code -Dckptgen.anystruct.only=I}). The long run, 10,000 sets:
 * {@code mvn -B verify -pl generated-example -am -Dtest=AnyStructTest -Dsurefire.failIfNoSpecifiedTests=false -Dckptgen.anystruct.sets=10000}.
 */
class AnyStructTest {
  private static final int SETS = Integer.getInteger("ckptgen.anystruct.sets", 200);
  private static final int BATCH = Integer.getInteger("ckptgen.anystruct.batch", 25);
  private static final Integer ONLY = Integer.getInteger("ckptgen.anystruct.only");
  private static final long SEED = Long.getLong("ckptgen.anystruct.seed", new SecureRandom().nextLong());
  /** A directory to keep each batch's sources, generated files and image in, for a look. */
  private static final String KEEP = System.getProperty("ckptgen.anystruct.keep");
  private static final Path CKPTINFO_DIR = Path.of(System.getProperty("ckptgen.csrc", "src/main/c"));

  @Test
  void randomStructSetsBuildImagesThatEveryReaderAgreesOn(@TempDir Path temporary) throws Exception {
    Path tmp = KEEP == null ? temporary : Files.createDirectories(Path.of(KEEP));
    System.out.printf("AnyStructTest: %d sets in batches of %d from seed %d%n", SETS, BATCH, SEED);
    int done = 0;
    for (int first = 0; first < SETS; first += BATCH) {
      List<StructSet> sets = batch(first, Math.min(BATCH, SETS - first));
      if (sets.isEmpty()) {
        continue;
      }
      Path dir = tmp.resolve("b" + first / BATCH);
      new Build(first / BATCH, sets, dir).check();
      done += sets.size();
      if (KEEP == null) {
        deleteTree(dir);
      }
    }
    assertEquals(ONLY == null ? SETS : 1, done, "sets checked");
    if (done >= 100) {
      // what the sets covered, so that "every kind" is checked, not hoped for
      for (String expected : List.of("pad 1", "pad 2", "pad 3", "pad 4", "pad 5", "pad 6", "pad 7", "since 2", "since 3",
          "depth 4", "fixed length 1", "sorted", "uid", "gid", "enum 1", "enum 2", "enum 4", "objref FIXED",
          "objref VARIABLE", "optional objref", "required objref", "self reference", "nested in an interface", "struct cName", "largest code 1", "largest code 2", "largest code 4")) {
        assertTrue(COVERED.contains(expected), "no set had " + expected + "; covered: " + COVERED);
      }
      for (StructSet.Kind k : StructSet.Kind.values()) {
        assertTrue(COVERED.contains("kind " + k), "no set had a member of kind " + k);
      }
    }
  }

  /** What the sets checked so far held: padding sizes, kinds, versions, depths. */
  private static final Set<String> COVERED = new java.util.TreeSet<>();

  private static void cover(StructSet set, FieldEntry[] fields) {
    for (FieldEntry f : fields) {
      if (f.role() == FieldEntry.ROLE_PADDING) {
        COVERED.add("pad " + f.length());
      }
    }
    for (StructSet.EnumSpec e : set.enums) {
      COVERED.add("enum " + e.bytes());
      long most = e.bytes() == 4 ? Integer.MAX_VALUE : (1L << (8 * e.bytes())) - 1;
      if (e.constants().containsValue(most)) {
        COVERED.add("largest code " + e.bytes());
      }
    }
    for (StructSpec s : set.all()) {
      if (s.holder != null) {
        COVERED.add("nested in an interface");
      }
      if (s.customCName != null) {
        COVERED.add("struct cName");
      }
      if (s.depth >= 4) {
        COVERED.add("depth " + Math.min(s.depth, 4));  // 4, or a record holding value structs 4 deep
      }
      for (StructSet.Field f : s.fields) {
        COVERED.add("kind " + f.kind());
        if (f.since() > 1) {
          COVERED.add("since " + f.since());
        }
        if (f.arity() == StructSet.Arity.FIXED && f.length() == 1) {
          COVERED.add("fixed length 1");
        }
        if (f.sorted()) {
          COVERED.add("sorted");
        }
        if (f.id() != null) {
          COVERED.add(f.id().toLowerCase(java.util.Locale.ROOT));
        }
        if (f.kind() == StructSet.Kind.OBJREF) {
          COVERED.add("objref " + f.arity());
          COVERED.add(s.optionalRefs.contains(f.name()) ? "optional objref" : "required objref");
          if (f.target() == s) {
            COVERED.add("self reference");
          }
        }
      }
    }
  }

  /** The sets of one batch; their record type ids are unique together, so a batch is built as a whole. */
  private static List<StructSet> batch(int first, int count) {
    Set<Integer> typeIds = new HashSet<>();
    List<StructSet> sets = new ArrayList<>();
    for (int i = first; i < first + count; i++) {
      StructSet set = new StructSet(i, SEED + i, typeIds);
      if (ONLY == null || ONLY == i) {
        sets.add(set);
      }
    }
    return sets;
  }

  /** One batch: its sources, its javac and gcc runs, its image, and every check. */
  private static final class Build {
    final int number;
    final List<StructSet> sets;
    final Path dir;
    final String pkg;
    final String root;

    Build(int number, List<StructSet> sets, Path dir) {
      this.number = number;
      this.sets = sets;
      this.dir = dir;
      this.pkg = "gen.b" + number;
      this.root = "B" + number + "Image";
    }

    String imageName() {
      return "b" + number;
    }

    /** What a failure message starts with: the sets, their seed and how to build one of them again. */
    String where() {
      int first = sets.get(0).index;
      int last = sets.get(sets.size() - 1).index;
      return "batch " + number + " (sets " + first + " to " + last + " from seed " + SEED + "; build set N alone with"
          + " -Dckptgen.anystruct.seed=" + SEED + " -Dckptgen.anystruct.only=N): ";
    }

    void check() throws Exception {
      Path src = Files.createDirectories(dir.resolve("src"));
      Path generated = Files.createDirectories(dir.resolve("generated"));
      Path classes = Files.createDirectories(dir.resolve("classes"));
      Path include = dir.resolve("include");
      Map<String, String> sources = new LinkedHashMap<>();
      // the root lists every struct of its sets, as a random set's value structs and shared
      // records need not be reached from a state record (ReachTest tests what a root reaches)
      String listed = sets.stream().flatMap(set -> set.all().stream())
          .map(s -> s.qualifiedName().replace('$', '.') + ".class").collect(Collectors.joining(",\n    "));
      sources.put(pkg + "." + root, "package " + pkg + ";\n\nimport org.ckptgen.annotations.CheckpointImage;\n\n"
          + "/** The image of batch " + number + ". */\n@CheckpointImage(name = \"" + imageName() + "\", version = 1, structs = {\n    "
          + listed + "})\npublic interface " + root + " {}\n");
      for (StructSet set : sets) {
        sources.putAll(set.javaSources(pkg + "." + root));
      }
      List<Path> files = new ArrayList<>();
      for (Map.Entry<String, String> e : sources.entrySet()) {
        Path file = src.resolve(e.getKey().replace('.', '/') + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
        files.add(file);
      }
      long t0 = System.nanoTime();
      javac(files, List.of("-d", classes.toString(), "-s", generated.toString(), "-Ackptgen.cOutputDir=" + include,
          "-Xlint:all,-processing", "-Werror"), true);
      long t1 = System.nanoTime();
      // The generated code was compiled above under every lint but "processing" (which is about
      // processors, not code); once a run, it is compiled alone under the whole of -Xlint:all too.
      if (number == 0 || ONLY != null) {
        List<Path> all = new ArrayList<>(files);
        try (Stream<Path> walk = Files.walk(generated)) {
          walk.filter(p -> p.toString().endsWith(".java")).forEach(all::add);
        }
        javac(all, List.of("-proc:none", "-d", Files.createDirectories(dir.resolve("lint")).toString(), "-Xlint:all",
            "-Werror"), false);
      }
      long t2 = System.nanoTime();

      ExecutorService gcc = Executors.newFixedThreadPool(2);
      try {
        Path probe = writeProbe(include, classes);
        Future<Gcc.Result> m64 = gcc.submit(() -> compile(probe, "64", include));
        Future<Gcc.Result> m32 = gcc.submit(() -> compile(probe, "32", include));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
            AnyStructTest.class.getClassLoader())) {
          Path image = dir.resolve(imageName() + ".ckpt");
          Map<String, Node> states = values();
          Live written = new Live(sets, loader, pkg + "." + root + "Schema", states);
          Object dispatch = dispatch(loader, written);
          dispatch.getClass().getMethod("checkpoint", Path.class).invoke(dispatch, image);

          String dump;
          try (ImageReader r = ImageReader.open(image)) {
            r.verify();
            dump = ImageDump.text(r);
          }
          jsonRoundTrip(image);
          typedReader(loader, image, written, dump);
          restore(loader, image, states, written);
          String model = modelLayout(loader);
          checkRule(loader);
          long t3 = System.nanoTime();
          for (Future<Gcc.Result> build : List.of(m64, m32)) {
            Gcc.Result built = build.get();
            assertTrue(built.ok(), where() + "gcc rejected the header or reader:\n" + built.err());
          }
          for (String bits : List.of("64", "32")) {
            Path program = dir.resolve("probe" + bits);
            Gcc.Result layout = Gcc.run(List.of(program.toString(), "--layout"));
            assertTrue(layout.ok(), where() + layout.err());
            same(model, layout.out(), "the model's layout and gcc's at -m" + bits);
            Gcc.Result info = Gcc.run(List.of(program.toString(), image.toString()));
            assertEquals(0, info.exit(), where() + "ckptinfo -m" + bits + " refused the image: " + info.err());
            same(dump, info.out(), "ckpt dump's text and ckptinfo's at -m" + bits);
          }
          System.out.printf("batch %d: %d sets, %d structs; javac %.1f s, javac of the generated code %.1f s,"
              + " images %.1f s, gcc and C readers %.1f s more%n", number, sets.size(),
              sets.stream().mapToInt(set -> set.all().size()).sum(), (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9,
              (System.nanoTime() - t3) / 1e9);
        }
      } finally {
        gcc.shutdownNow();
      }
    }

    private void javac(List<Path> files, List<String> options, boolean processor) throws Exception {
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
      List<String> all = new ArrayList<>(options);
      all.addAll(List.of("-cp", System.getProperty("java.class.path"), "-encoding", "UTF-8"));
      try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
        JavaCompiler.CompilationTask task = javac.getTask(null, fm, diagnostics, all, null,
            fm.getJavaFileObjectsFromPaths(files));
        if (processor) {
          // by name: a reference to the class would make javac look for its @AutoService
          task.setProcessors(List.of((Processor) Class.forName("org.ckptgen.processor.CkptProcessor")
              .getDeclaredConstructor().newInstance()));
        }
        boolean ok = task.call();
        String text = diagnostics.getDiagnostics().stream()
            .filter(d -> d.getKind() != Diagnostic.Kind.NOTE)
            .map(d -> d.getKind() + " " + (d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber())
                + " " + d.getMessage(null))
            .collect(Collectors.joining("\n"));
        assertTrue(ok && text.isEmpty(), where() + (processor ? "javac with the processor" : "javac of the generated code")
            + " failed or warned:\n" + text);
      }
    }

    /** Every set's subsystems get their own random values; shared objects only within their set. */
    private Map<String, Node> values() {
      Map<String, Node> states = new HashMap<>();
      for (StructSet set : sets) {
        Values values = new Values(set.seed * 31 + 7);
        values.makeShared(set);
        for (int k = 0; k < set.states.size(); k++) {
          states.put(set.subsystem(k), values.node(set.states.get(k)));
        }
      }
      return states;
    }

    /** The generated dispatch, with one subsystem instance of every set on {@code live}. */
    private Object dispatch(ClassLoader loader, Live live) throws Exception {
      Object builder = loader.loadClass(pkg + "." + root + "Dispatch").getMethod("builder").invoke(null);
      for (StructSet set : sets) {
        for (int k = 0; k < set.states.size(); k++) {
          Class<?> type = loader.loadClass(set.pkg + "." + set.subsystemClass(k));
          Object subsystem = type.getConstructor(Live.class).newInstance(live);
          Method add = null;
          for (Method m : builder.getClass().getMethods()) {
            if (m.getParameterCount() == 1 && m.getParameterTypes()[0] == type) {
              add = m;
            }
          }
          assertTrue(add != null, where() + "the builder takes no " + type.getSimpleName());
          add.invoke(builder, subsystem);
        }
      }
      return builder.getClass().getMethod("build").invoke(builder);
    }

    /** ckpt dump --json, then ckpt encode: the image's own bytes again, on layouts and values nobody chose. */
    private void jsonRoundTrip(Path image) throws Exception {
      StringBuilder json = new StringBuilder();
      try (ImageReader r = ImageReader.open(image)) {
        ImageDump.json(r, json, org.ckptgen.image.Progress.NONE);
      }
      Path file = dir.resolve(imageName() + ".json");
      Files.writeString(file, json);
      Path again = dir.resolve(imageName() + ".again.ckpt");
      java.io.StringWriter err = new java.io.StringWriter();
      picocli.CommandLine ckpt = org.ckptgen.cli.Ckpt.commandLine();
      ckpt.setOut(new java.io.PrintWriter(java.io.Writer.nullWriter()));
      ckpt.setErr(new java.io.PrintWriter(err, true));
      assertEquals(0, ckpt.execute("encode", file.toString(), again.toString()), where() + "ckpt encode: " + err);
      assertTrue(java.util.Arrays.equals(Files.readAllBytes(image), Files.readAllBytes(again)),
          where() + "ckpt dump --json, ckpt encode gave other bytes");
    }

    /**
     * The typed reader gives back every record written, in order, with the same values (objrefs
     * followed), and the typed JSON of each is what the generic reader printed for it.
     */
    private void typedReader(ClassLoader loader, Path image, Live written, String dump) throws Exception {
      Class<?> reader = loader.loadClass(pkg + "." + root + "Reader");
      Class<?> visitor = loader.loadClass(pkg + "." + root + "Reader$Visitor");
      List<Object> read = new ArrayList<>();
      Object proxy = Proxy.newProxyInstance(loader, new Class<?>[] {visitor}, (p, m, args) -> {
        if (!m.getName().equals("other")) {
          read.add(args[1]);
        }
        return null;
      });
      reader.getMethod("read", Path.class, visitor).invoke(null, image, proxy);
      assertEquals(written.written.size(), read.size(), where() + "records read by the typed reader");
      // the same records in one pass from a stream
      List<Object> mapped = new ArrayList<>(read);
      read.clear();
      try (java.io.InputStream in = Files.newInputStream(image)) {
        reader.getMethod("read", java.io.InputStream.class, visitor).invoke(null, in, proxy);
      }
      assertEquals(mapped.size(), read.size(), where() + "records read from a stream");

      // objrefs count from 1 in the order shared objects were first written
      Map<String, StructSpec> specs = new HashMap<>();
      sets.forEach(s -> s.all().forEach(t -> specs.put(t.qualifiedName(), t)));
      Map<Integer, Object> byId = new HashMap<>();
      for (Object r : read) {
        if (specs.get(r.getClass().getName()).shared) {
          byId.put(byId.size() + 1, r);
        }
      }
      Method json = loader.loadClass(pkg + "." + root + "Schema").getMethod("json", int.class, Object.class,
          StringBuilder.class);
      Map<String, String> cNames = new HashMap<>();
      specs.values().forEach(s -> cNames.put(s.cName(), s.qualifiedName()));
      List<String> dumped = dump.lines().map(l -> l.split(" ", 3)).filter(l -> l.length == 3 && cNames.containsKey(l[1]))
          .map(l -> l[2]).toList();
      assertEquals(read.size(), dumped.size(), where() + "user records in ckpt dump's text");
      for (int i = 0; i < read.size(); i++) {
        StructSpec spec = specs.get(read.get(i).getClass().getName());
        String expected = Values.canon(spec, written.written.get(i), written.objects::get);
        assertEquals(expected, Values.canon(spec, mapped.get(i), byId::get), where() + "record " + i
            + " as the typed reader reads it");
        assertEquals(expected, Values.canon(spec, read.get(i), byId::get), where() + "record " + i
            + " as the typed reader reads it from a stream");
        StringBuilder typed = new StringBuilder();
        json.invoke(null, spec.type, read.get(i), typed);
        assertEquals(dumped.get(i), typed.toString(), where() + "record " + i + ": typed JSON and ckpt dump's");
      }
    }

    /** Restore through the dispatch: every subsystem gets what it checkpointed. */
    private void restore(ClassLoader loader, Path image, Map<String, Node> states, Live written) throws Exception {
      Live restored = new Live(sets, loader, pkg + "." + root + "Schema", states);
      Object dispatch = dispatch(loader, restored);
      dispatch.getClass().getMethod("restore", Path.class, Caller.class, Set.class)
          .invoke(dispatch, image, Caller.privileged(), Set.of());
      assertEquals(written.checkpointed, restored.restored, where() + "what the restore hooks got");
    }

    /** Every struct of the batch and member's offset, as the model (the image's tables) has them. */
    private String modelLayout(ClassLoader loader) throws Exception {
      Class<?> schema = loader.loadClass(pkg + "." + root + "Schema");
      SchemaEntry[] entries = (SchemaEntry[]) schema.getMethod("entries").invoke(null);
      FieldEntry[] fields = ((SchemaFields) schema.getMethod("fields").invoke(null)).fields();
      Set<String> ours = new HashSet<>();
      sets.forEach(s -> s.all().forEach(t -> ours.add(t.cName())));
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < entries.length; i++) {
        if (!ours.contains(entries[i].name())) {
          continue;
        }
        b.append(entries[i].name()).append(' ').append(entries[i].size()).append(" 8\n");
        for (FieldEntry f : fields) {
          if (f.owner() == i) {
            b.append(entries[i].name()).append('.').append(f.name()).append(' ').append(f.offset()).append('\n');
          }
        }
      }
      return b.toString();
    }

    /** The model's sizes and offsets follow FORMAT.md's layout rule, as StructSpec works it out. */
    private void checkRule(ClassLoader loader) throws Exception {
      Class<?> schema = loader.loadClass(pkg + "." + root + "Schema");
      SchemaEntry[] entries = (SchemaEntry[]) schema.getMethod("entries").invoke(null);
      FieldEntry[] fields = ((SchemaFields) schema.getMethod("fields").invoke(null)).fields();
      for (StructSet set : sets) {
        cover(set, fields);
        for (StructSpec s : set.all()) {
          int index = -1;
          for (int i = 0; i < entries.length; i++) {
            if (entries[i].name().equals(s.cName())) {
              index = i;
            }
          }
          assertTrue(index >= 0, where() + s.cName() + " is not in the schema table");
          assertEquals(s.size(), entries[index].size(), where() + "sizeof " + s.cName() + " by FORMAT.md's rule");
          Map<String, Integer> model = new LinkedHashMap<>();
          for (FieldEntry f : fields) {
            if (f.owner() == index && s.offsets.containsKey(f.name())) {
              model.put(f.name(), f.offset());
            }
          }
          assertEquals(s.offsets, model, where() + "offsets in " + s.cName() + " by FORMAT.md's rule");
        }
      }
    }

    /** The C program: ckptinfo on the batch's reader, and {@code --layout}, which prints what modelLayout does. */
    private Path writeProbe(Path include, Path classes) throws Exception {
      StringBuilder c = new StringBuilder();
      c.append("#define CKPT_IMAGE ").append(imageName()).append("\n")
          .append("#define main ckptinfo_main\n#include \"ckptinfo.c\"\n#undef main\n\n")
          .append("static void layout(void)\n{\n");
      try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
          AnyStructTest.class.getClassLoader())) {
        for (String line : modelLayout(loader).split("\n")) {
          String[] parts = line.split(" ");
          if (parts.length == 3) {
            c.append(String.format("\tprintf(\"%s %%zu %%zu\\n\", sizeof(struct %s), (size_t)_Alignof(struct %s));%n",
                parts[0], parts[0], parts[0]));
          } else {
            String[] member = parts[0].split("\\.");
            c.append(String.format("\tprintf(\"%s %%zu\\n\", offsetof(struct %s, %s));%n", parts[0], member[0],
                member[1]));
          }
        }
      }
      c.append("}\n\nint main(int argc, char **argv)\n{\n")
          .append("\tif (argc == 2 && strcmp(argv[1], \"--layout\") == 0) {\n\t\tlayout();\n\t\treturn 0;\n\t}\n")
          .append("\treturn ckptinfo_main(argc, argv);\n}\n");
      Path probe = dir.resolve("probe.c");
      Files.writeString(probe, c.toString());
      return probe;
    }

    private Gcc.Result compile(Path probe, String bits, Path include) throws Exception {
      return Gcc.compile(dir, bits, "-I" + include, "-I" + CKPTINFO_DIR.toAbsolutePath(), "-o", "probe" + bits,
          probe.getFileName().toString());
    }

    private void same(String expected, String actual, String what) {
      if (!expected.equals(actual)) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        int i = 0;
        while (i < e.length && i < a.length && e[i].equals(a[i])) {
          i++;
        }
        throw new AssertionError(where() + what + " differ at line " + (i + 1) + ":\n  expected: "
            + (i < e.length ? e[i] : "(end)") + "\n  actual:   " + (i < a.length ? a[i] : "(end)"));
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
