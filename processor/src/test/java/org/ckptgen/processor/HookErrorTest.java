package org.ckptgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.ckptgen.processor.Sources.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Subsystems and hooks the dispatch could not call are compile errors, on the element at fault. */
class HookErrorTest {
  private static final String IMPORTS = "import org.ckptgen.image.hook.CheckpointContext;\nimport org.ckptgen.image.hook.RestoreContext;\n";
  private static final String STATE = "@CkptStruct(type = 0x0120) record CredState(int uid) {}\n"
      + "@CkptStruct record Value(int x) {}\n@CheckpointImage(name = \"container\", structs = Value.class) interface Root {}\n";

  private static Compilation compile(JavaFileObject... files) {
    List<JavaFileObject> all = new ArrayList<>(List.of(files));
    all.add(JavaFileObjects.forResource("contexts/CheckpointContext.java"));
    all.add(JavaFileObjects.forResource("contexts/RestoreContext.java"));
    return Sources.compile(all.toArray(new JavaFileObject[0]));
  }

  private static void fails(String body, String message, String line) {
    JavaFileObject file = source("Bad", IMPORTS + STATE + body);
    Compilation c = compile(file);
    assertThat(c).failed();
    assertThat(c).hadErrorContaining(message).inFile(file).onLineContaining(line);
    Sources.assertArticlesFit(c);
  }

  private static final String CHECKPOINT = "  @CheckpointHook CredState checkpoint(CheckpointContext ctx) { return new CredState(1); }\n";
  private static final String RESTORE = "  @RestoreHook int restore(RestoreContext ctx, CredState s) { return 0; }\n";

  @Test
  void aGoodSubsystemCompiles() {
    Compilation c = compile(source("Good", IMPORTS + STATE + "@Subsystem(\"cred\") final class Good {\n" + CHECKPOINT
        + "  @RestoreHook void restore(RestoreContext ctx, CredState s) {}\n"
        + "  @AbortHook void abort(RestoreContext ctx) {}\n}"));
    assertThat(c).succeededWithoutWarnings();
  }

  /** The dispatch is generated beside the image root: a hook in another package must be public. */
  @Test
  void aHookInAnotherPackageMustBePublic() {
    JavaFileObject state = source("CredState", "@CkptStruct(type = 0x0120) public record CredState(int uid) {}\n");
    JavaFileObject root = source("Root", "@CheckpointImage(name = \"container\") public interface Root {}\n");
    JavaFileObject sub = JavaFileObjects.forSourceString("other.S", "package other;\n" + Sources.IMPORTS + IMPORTS
        + "import test.CredState;\n"
        + "@Subsystem(value = \"cred\", image = test.Root.class) public final class S {\n"
        + "  @CheckpointHook CredState checkpoint(CheckpointContext ctx) { return new CredState(1); }\n"
        + "  @RestoreHook public int restore(RestoreContext ctx, CredState s) { return 0; }\n}");
    Compilation c = compile(state, root, sub);
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("[ckptgen/HookNotCallable] @CheckpointHook checkpoint is not public, and the"
        + " dispatch is in another package, so the generated dispatch cannot call it; make it a public instance method")
        .inFile(sub).onLineContaining("CredState checkpoint(");
  }

  @Test
  void aSubsystemNeedsBothHooks() {
    fails("@Subsystem(\"cred\")\nfinal class NoCheckpoint {\n" + RESTORE + "}",
        "[ckptgen/MissingHook] subsystem NoCheckpoint has no @CheckpointHook method; add `@CheckpointHook S checkpoint(CheckpointContext ctx)`",
        "final class NoCheckpoint");
    fails("@Subsystem(\"cred\")\nfinal class NoRestore {\n" + CHECKPOINT + "}",
        "[ckptgen/MissingHook] subsystem NoRestore has no @RestoreHook method", "final class NoRestore");
  }

  @Test
  void oneHookOfEachKind() {
    fails("@Subsystem(\"cred\") final class Two {\n" + CHECKPOINT + RESTORE
            + "  @CheckpointHook CredState again(CheckpointContext ctx) { return null; }\n}",
        "[ckptgen/DuplicateHook] subsystem Two has two @CheckpointHook methods, checkpoint and again", "again(");
    fails("@Subsystem(\"cred\") final class TwoAborts {\n" + CHECKPOINT + RESTORE
            + "  @AbortHook void abort(RestoreContext ctx) {}\n  @AbortHook void undo(RestoreContext ctx) {}\n}",
        "[ckptgen/DuplicateHook] subsystem TwoAborts has two @AbortHook methods, abort and undo", "undo(");
  }

  @Test
  void hooksWithTheWrongSignature() {
    fails("@Subsystem(\"cred\") final class S {\n  @CheckpointHook String checkpoint(CheckpointContext ctx) { return \"\"; }\n" + RESTORE + "}",
        "[ckptgen/BadHookSignature] @CheckpointHook checkpoint must be `S checkpoint(CheckpointContext ctx), S a @CkptStruct record with a type id`; it is `java.lang.String checkpoint(org.ckptgen.image.hook.CheckpointContext)`",
        "String checkpoint");
    fails("@Subsystem(\"cred\") final class S {\n  @CheckpointHook Value checkpoint(CheckpointContext ctx) { return null; }\n" + RESTORE + "}",
        "[ckptgen/BadHookSignature] @CheckpointHook checkpoint must be", "Value checkpoint");
    fails("@Subsystem(\"cred\") final class S {\n  @CheckpointHook CredState checkpoint() { return null; }\n" + RESTORE + "}",
        "[ckptgen/BadHookSignature] @CheckpointHook checkpoint must be", "CredState checkpoint()");
    fails("@Subsystem(\"cred\") final class S {\n" + CHECKPOINT + "  @RestoreHook int restore(RestoreContext ctx, Value v) { return 0; }\n}",
        "[ckptgen/BadHookSignature] @RestoreHook restore must be `int restore(RestoreContext ctx, test.CredState state)` (0 or -errno) or `void restore(RestoreContext ctx, test.CredState state)`",
        "Value v)");
    fails("@Subsystem(\"cred\") final class S {\n" + CHECKPOINT + "  @RestoreHook long restore(RestoreContext ctx, CredState s) { return 0; }\n}",
        "[ckptgen/BadHookSignature] @RestoreHook restore must be", "long restore");
    fails("@Subsystem(\"cred\") final class S {\n" + CHECKPOINT + RESTORE + "  @AbortHook void abort(CredState s) {}\n}",
        "[ckptgen/BadHookSignature] @AbortHook abort must be `void abort(RestoreContext ctx)`; it is `void abort(test.CredState)`",
        "abort(CredState s)");
  }

  @Test
  void hooksTheDispatchCannotCall() {
    fails("@Subsystem(\"cred\") final class S {\n  @CheckpointHook private CredState checkpoint(CheckpointContext ctx) { return null; }\n" + RESTORE + "}",
        "[ckptgen/HookNotCallable] @CheckpointHook checkpoint is private, so the generated dispatch cannot call it;"
            + " make it an instance method that is not private", "private CredState checkpoint");
    fails("@Subsystem(\"cred\") final class S {\n" + CHECKPOINT + "  @RestoreHook static int restore(RestoreContext ctx, CredState s) { return 0; }\n}",
        "[ckptgen/HookNotCallable] @RestoreHook restore is static", "static int restore");
    fails("class Outer {\n  @Subsystem(\"cred\") private static final class Hidden {\n" + CHECKPOINT + RESTORE + "  }\n}",
        "[ckptgen/Inaccessible] Hidden is private", "private static final class Hidden");
  }

  @Test
  void namesAreUniqueAndFitTheirSection() {
    fails("@Subsystem(\"cred\") final class A {\n" + CHECKPOINT + RESTORE + "}\n@Subsystem(\"cred\")\nfinal class B {\n" + CHECKPOINT + RESTORE + "}",
        "[ckptgen/DuplicateSubsystem] subsystem name \"cred\" is used by A and by B", "final class B");
    fails("@Subsystem(\"Cred\")\nfinal class S {\n" + CHECKPOINT + RESTORE + "}",
        "[ckptgen/BadSubsystemName] subsystem name \"Cred\" must be lower case letters", "@Subsystem(\"Cred\")");
  }

  @Test
  void aSubsystemBelongsToAnImage() {
    fails("interface NotRoot {}\n@Subsystem(value = \"cred\", image = NotRoot.class)\nfinal class S {\n" + CHECKPOINT + RESTORE + "}",
        "[ckptgen/SubsystemWithoutImage] subsystem S belongs to no image: NotRoot has no @CheckpointImage", "NotRoot.class");
  }
}
