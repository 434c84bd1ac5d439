package org.ckptgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.ckptgen.processor.Sources.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Subsystems across image versions (docs/FORMAT.md, "Versions"): {@code @Subsystem(since)} within
 * the image's version, an {@code @AbsentHook} exactly where an older image has no section, and
 * {@code @Removed} names that are not subsystems of the build.
 */
class VersionErrorTest {
  private static final String IMPORTS = "import org.ckptgen.image.hook.CheckpointContext;\nimport org.ckptgen.image.hook.RestoreContext;\n";
  private static final String STATE = "@CkptStruct(type = 0x0120) record ClockState(long ticks) {}\n";
  private static final String HOOKS = "  @CheckpointHook ClockState checkpoint(CheckpointContext ctx) { return new ClockState(1); }\n"
      + "  @RestoreHook int restore(RestoreContext ctx, ClockState s) { return 0; }\n";
  private static final String ABSENT = "  @AbsentHook int absent(RestoreContext ctx) { return 0; }\n";

  private static Compilation compile(String root, String subsystem) {
    return Sources.compile(source("V", IMPORTS + STATE + root + subsystem),
        JavaFileObjects.forResource("contexts/CheckpointContext.java"),
        JavaFileObjects.forResource("contexts/RestoreContext.java"));
  }

  private static void fails(String root, String subsystem, String message, String line) {
    Compilation c = compile(root, subsystem);
    assertThat(c).failed();
    assertThat(c).hadErrorContaining(message).inFile(c.sourceFiles().get(0)).onLineContaining(line);
    Sources.assertArticlesFit(c);
  }

  private static final String V2 = "@CheckpointImage(name = \"clocks\", version = 2) interface Root {}\n";

  @Test
  void aSubsystemAddedLaterWithItsAbsentHookCompiles() {
    Compilation c = compile("@CheckpointImage(name = \"clocks\", version = 3, removed = {"
        + "@Removed(name = \"old\", policy = Removed.Policy.SKIP), @Removed(name = \"older\")}) interface Root {}\n",
        "@Subsystem(value = \"clock\", since = 3) final class Clock {\n" + HOOKS
            + "  @AbsentHook void absent(RestoreContext ctx) {}\n}\n");
    assertThat(c).succeededWithoutWarnings();
  }

  @Test
  void sinceIsWithinTheImageVersion() {
    fails(V2, "@Subsystem(value = \"clock\", since = 3) final class Clock {\n" + HOOKS + ABSENT + "}\n",
        "[ckptgen/BadSubsystemSince] subsystem \"clock\" is since image version 3, but image \"clocks\" is version 2:"
            + " since is from 1 to the image's version", "since = 3");
    fails(V2, "@Subsystem(value = \"clock\", since = 0) final class Clock {\n" + HOOKS + "}\n",
        "[ckptgen/BadSubsystemSince] subsystem \"clock\" is since image version 0", "since = 0");
  }

  @Test
  void aSubsystemAddedLaterNeedsAnAbsentHookAndOnlyItHasOne() {
    fails(V2, "@Subsystem(value = \"clock\", since = 2) final class Clock {\n" + HOOKS + "}\n",
        "[ckptgen/MissingAbsentHook] subsystem \"clock\" is since image version 2, so an older image has no section of"
            + " it: add `@AbsentHook int absent(RestoreContext ctx)`, which restore calls instead, returning 0 for a"
            + " default state or -errno to refuse the image", "since = 2");
    fails(V2, "@Subsystem(\"clock\") final class Clock {\n" + HOOKS + ABSENT + "}\n",
        "[ckptgen/AbsentHookNeverCalled] subsystem \"clock\" is of the first image version, so its @AbsentHook absent"
            + " is never called; remove it, or give the version that added the subsystem", "int absent(");
    fails(V2, "@Subsystem(value = \"clock\", since = 2) final class Clock {\n" + HOOKS
            + "  @AbsentHook int absent(RestoreContext ctx, ClockState s) { return 0; }\n}\n",
        "[ckptgen/BadHookSignature] @AbsentHook absent must be `int absent(RestoreContext ctx)` (0 or -errno) or `void"
            + " absent(RestoreContext ctx)`", "int absent(");
  }

  @Test
  void aRemovedSubsystemIsNoneOfTheBuildsAndNamedOnce() {
    fails("@CheckpointImage(name = \"clocks\", version = 2, removed = @Removed(name = \"clock\")) interface Root {}\n",
        "@Subsystem(\"clock\") final class Clock {\n" + HOOKS + "}\n",
        "[ckptgen/RemovedSubsystemPresent] subsystem \"clock\" is declared removed by image \"clocks\" (@Removed) and is"
            + " still there; remove one of them", "@Subsystem(\"clock\")");
    fails("@CheckpointImage(name = \"clocks\", version = 2, removed = {@Removed(name = \"x\"), @Removed(name = \"x\")})"
            + " interface Root {}\n", "@Subsystem(\"clock\") final class Clock {\n" + HOOKS + "}\n",
        "[ckptgen/BadRemovedSubsystem] @Removed(name = \"x\") of image \"clocks\": declared twice", "interface Root");
    fails("@CheckpointImage(name = \"clocks\", version = 2, removed = @Removed(name = \"Bad-Name\")) interface Root {}\n",
        "@Subsystem(\"clock\") final class Clock {\n" + HOOKS + "}\n",
        "[ckptgen/BadRemovedSubsystem] @Removed(name = \"Bad-Name\") of image \"clocks\": the name must be lower case",
        "interface Root");
  }
}
