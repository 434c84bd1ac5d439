package org.ckptgen.example.versions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two releases of one image kind, built and run (docs/FORMAT.md, "Versions"): version 1 has the
 * subsystems conf, zold (with a shared object of a type only it knows) and zz (with a shared
 * object both know); version 2 removes zold and adds timer ({@code since = 2}, with an absent
 * hook). Version 2 restores a version-1 image, telling timer that its section is absent and
 * skipping zold's; version 1 refuses a version-2 image; a build that declares zold refused, or
 * not at all, or says timer was always there, refuses the old image, and every reader of each
 * build (restore, the generic reader given the build's tables or schema file, the C reader) gives
 * the same verdict.
 */
class SubsystemVersionsTest {
  @TempDir static Path dir;
  private static Build v1;
  private static Build v2;
  private static Path image1;
  private static Path image2;

  private static final String IMPORTS = "import org.ckptgen.annotations.*;\nimport org.ckptgen.image.hook.*;\n\n";

  /** What both versions have: the log, conf and zz with its shared item. */
  private static Map<String, String> common(String image) {
    Map<String, String> s = new LinkedHashMap<>();
    s.put("VerImage", IMPORTS + image);
    s.put("Log", "public final class Log {\n  public static final java.util.List<String> LINES = new java.util.ArrayList<>();\n"
        + "  public static int absentCode;\n}\n");
    s.put("Conf", IMPORTS + "@CkptStruct(type = 0x100)\npublic record Conf(@U32 int a, @U32 int b) {}\n");
    s.put("Item", IMPORTS + "@CkptStruct(type = 0x105, shared = true)\npublic record Item(@U32 int v) {}\n");
    s.put("Z", IMPORTS + "@CkptStruct(type = 0x106)\npublic record Z(@ObjRef(Item.class) int item) {}\n");
    s.put("ConfSubsystem", IMPORTS + "@Subsystem(\"conf\")\npublic final class ConfSubsystem {\n"
        + "  @CheckpointHook public Conf checkpoint(CheckpointContext ctx) { return new Conf(0x11111111, 0x22222222); }\n"
        + "  @RestoreHook public int restore(RestoreContext ctx, Conf c) { Log.LINES.add(\"conf \" + c); return 0; }\n"
        + "  @AbortHook public void abort(RestoreContext ctx) { Log.LINES.add(\"conf aborted\"); }\n}\n");
    s.put("ZzSubsystem", IMPORTS + "@Subsystem(\"zz\")\npublic final class ZzSubsystem {\n"
        + "  private final Object live = new Object();\n"
        + "  @CheckpointHook public Z checkpoint(CheckpointContext ctx) throws java.io.IOException {\n"
        + "    return new Z(ctx.share(live, VerImageSchema.ITEM, () -> new Item(5)));\n  }\n"
        + "  @RestoreHook public void restore(RestoreContext ctx, Z z) {\n"
        + "    Log.LINES.add(\"zz \" + z.item() + \" \" + ctx.object(z.item(), VerImageSchema.ITEM));\n  }\n}\n");
    return s;
  }

  private static Map<String, String> version1() {
    Map<String, String> s = common("@CheckpointImage(name = \"ver\", version = 1)\npublic interface VerImage {}\n");
    s.put("Blob", IMPORTS + "@CkptStruct(type = 0x104, shared = true)\npublic record Blob(@U64 long x) {}\n");
    s.put("Old", IMPORTS + "@CkptStruct(type = 0x102)\npublic record Old(@ObjRef(Blob.class) int blob) {}\n");
    s.put("ZoldSubsystem", IMPORTS + "@Subsystem(\"zold\")\npublic final class ZoldSubsystem {\n"
        + "  private final Object live = new Object();\n"
        + "  @CheckpointHook public Old checkpoint(CheckpointContext ctx) throws java.io.IOException {\n"
        + "    return new Old(ctx.share(live, VerImageSchema.BLOB, () -> new Blob(7)));\n  }\n"
        + "  @RestoreHook public void restore(RestoreContext ctx, Old o) { Log.LINES.add(\"zold \" + o); }\n}\n");
    return s;
  }

  /** Version 2: zold removed ({@code removed} is the @Removed list, or empty), timer added (since 1 or 2). */
  private static Map<String, String> version2(String removed, int timerSince) {
    Map<String, String> s = common("@CheckpointImage(name = \"ver\", version = 2" + removed + ")\npublic interface VerImage {}\n");
    s.put("Timer", IMPORTS + "@CkptStruct(type = 0x101)\npublic record Timer(@U64 long ticks) {}\n");
    s.put("TimerSubsystem", IMPORTS + "@Subsystem(value = \"timer\", since = " + timerSince + ")\n"
        + "public final class TimerSubsystem {\n"
        + "  @CheckpointHook public Timer checkpoint(CheckpointContext ctx) { return new Timer(42); }\n"
        + "  @RestoreHook public void restore(RestoreContext ctx, Timer t) { Log.LINES.add(\"timer \" + t); }\n"
        + (timerSince > 1 ? "  @AbsentHook public int absent(RestoreContext ctx) { Log.LINES.add(\"timer absent\");"
            + " return Log.absentCode; }\n" : "")
        + "}\n");
    return s;
  }

  private static final String SKIP = ", removed = @Removed(name = \"zold\", policy = Removed.Policy.SKIP)";

  @BeforeAll
  static void build() throws Exception {
    v1 = Build.compile(dir.resolve("v1"), "ver.v1", "VerImage", "ver", version1());
    v2 = Build.compile(dir.resolve("v2"), "ver.v2", "VerImage", "ver", version2(SKIP, 2));
    image1 = dir.resolve("v1.ckpt");
    image2 = dir.resolve("v2.ckpt");
    v1.checkpoint(image1);
    v2.checkpoint(image2);
  }

  @AfterAll
  static void close() throws Exception {
    v1.close();
    v2.close();
  }

  @SuppressWarnings("unchecked")
  private static List<String> log(Build b) throws Exception {
    return (List<String>) b.type("Log").getField("LINES").get(null);
  }

  private static void absentCode(Build b, int code) throws Exception {
    b.type("Log").getField("absentCode").setInt(null, code);
  }

  @Test
  void eachReleaseRestoresItsOwnImage() throws Exception {
    assertEquals("valid", v1.verdict(image1));
    log(v1).clear();
    assertEquals("restored", v1.restore(image1));
    assertEquals(List.of("conf Conf[a=286331153, b=572662306]", "zold Old[blob=1]", "zz 2 Item[v=5]"), log(v1));
    assertEquals("valid", v2.verdict(image2));
    log(v2).clear();
    assertEquals("restored", v2.restore(image2));
    assertEquals(List.of("conf Conf[a=286331153, b=572662306]", "timer Timer[ticks=42]", "zz 1 Item[v=5]"), log(v2));
  }

  @Test
  void theNewerReleaseRestoresAnOlderImageTellingTheAddedSubsystemItsSectionIsAbsent() throws Exception {
    assertEquals("valid", v2.verdict(image1));
    absentCode(v2, 0);
    log(v2).clear();
    assertEquals("restored", v2.restore(image1));
    // zold's section skipped, its shared blob (a type v2 does not know) kept its id: zz's item is 2
    assertEquals(List.of("conf Conf[a=286331153, b=572662306]", "timer absent", "zz 2 Item[v=5]"), log(v2));
  }

  @Test
  void anAbsentHookThatRefusesAbortsTheRestoreAllOrNothing() throws Exception {
    absentCode(v2, -22);
    log(v2).clear();
    try {
      assertEquals("subsystem \"timer\", no section in the image: the absent hook returned -22 (EINVAL)",
          v2.restore(image1));
      assertEquals(List.of("conf Conf[a=286331153, b=572662306]", "timer absent", "conf aborted"), log(v2));
    } finally {
      absentCode(v2, 0);
    }
  }

  @Test
  void theOlderReleaseRefusesANewerImage() throws Exception {
    assertEquals("at offset 28, record type 0x1: image version 2 of \"ver\"; this build restores version 1 and older",
        v1.verdict(image2));
  }

  @Test
  void aRemovedSubsystemsSectionIsRefusedUnlessDeclaredSkipped() throws Exception {
    try (Build refuse = Build.compile(dir.resolve("refuse"), "ver.refuse", "VerImage", "ver",
        version2(", removed = @Removed(name = \"zold\", policy = Removed.Policy.REFUSE)", 2));
        Build undeclared = Build.compile(dir.resolve("undeclared"), "ver.undeclared", "VerImage", "ver", version2("", 2))) {
      String refused = refuse.verdict(image1);
      assertTrue(refused.endsWith("record type 0x7: the image has a section of subsystem \"zold\", which this build"
          + " removed and refuses (@Removed policy REFUSE)"), refused);
      String unknown = undeclared.verdict(image1);
      assertTrue(unknown.endsWith("record type 0x7: the image has a section of subsystem \"zold\", which this build does"
          + " not have; a build that removed it says so with @CheckpointImage(removed = @Removed(name = \"zold\","
          + " policy = SKIP or REFUSE))"), unknown);
      assertTrue(refuse.restore(image1).equals(refused) && undeclared.restore(image1).equals(unknown));
      // their own images are theirs: the removed entry is in their tables, with no section
      Path own = dir.resolve("refuse.ckpt");
      refuse.checkpoint(own);
      assertEquals("valid", refuse.verdict(own));
      assertEquals("valid", v2.verdict(own));
    }
  }

  @Test
  void aSubsystemOfTheFirstVersionMissingFromAnOldImageIsRefused() throws Exception {
    try (Build always = Build.compile(dir.resolve("always"), "ver.always", "VerImage", "ver", version2(SKIP, 1))) {
      String verdict = always.verdict(image1);
      assertTrue(verdict.endsWith("record type 0x7: the image (version 1) has no subsystem \"timer\", which this build"
          + " has had since image version 1"), verdict);
    }
  }
}
