package org.ckptgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compatibility gate: a base set of structs is released into a lock, then each breaking change
 * is a compile error on the element at fault (file and line), naming the struct and the member,
 * the released value and today's; each compatible change compiles and, on an update, is written
 * into the lock while every released line stays.
 */
class CompatibilityGateTest {
  private static final String HOOKS = "import org.ckptgen.image.hook.CheckpointContext;\n"
      + "import org.ckptgen.image.hook.RestoreContext;\n";

  /** The released build: one source per type, so that an error's file says which type it is on. */
  static final Map<String, String> BASE = base();

  private static Map<String, String> base() {
    Map<String, String> b = new LinkedHashMap<>();
    b.put("Root", root("demo", 2, ""));
    b.put("Mode", "@CkptEnum\nenum Mode {\n  @EnumCode(0) OFF,\n  @EnumCode(1) ON,\n  @EnumCode(2) AUTO }");
    b.put("Caps", "@CkptStruct\nrecord Caps(@U64 long effective,\n  @U64 long permitted) {}");
    b.put("Spare", "@CkptStruct\nrecord Spare(int x) {}");
    b.put("Cred", "@CkptStruct(type = 0x0101, shared = true)\nrecord Cred(@U32 int uid,\n  @U32 int gid,\n"
        + "  Caps caps,\n  @ObjRef(value = Groups.class, optional = true) int groupsRef) {}");
    b.put("Groups", "@CkptStruct(type = 0x0102, shared = true)\nrecord Groups(\n  @U32 @VarArray(max = 64) @Sorted int[] groups) {}");
    b.put("Task", "@CkptStruct(type = 0x0103)\nrecord Task(int pid,\n  Mode mode,\n"
        + "  @FixedString(length = 16) String comm,\n  @Since(2) long startTime) {}");
    b.put("CredSection", "@CkptStruct(type = 0x0104)\nrecord CredSection(\n  @ObjRef(Cred.class) int cred) {}");
    b.put("Note", "@CkptStruct(type = 0x0105)\nrecord Note(int a,\n  @VarString(max = 256) String text) {}");
    b.put("TaskSub", subsystem("task", "Task"));
    b.put("CredSub", subsystem("cred", "CredSection"));
    return b;
  }

  /**
   * The image root. It lists Spare and Note, which no subsystem's state reaches, so that the image
   * holds them and the gate checks them: the gate checks what each image holds.
   */
  static String root(String name, int version, String more) {
    return "@CheckpointImage(name = \"" + name + "\", version = " + version + ", structs = {Spare.class, Note.class}" + more
        + ")\ninterface Root {}";
  }

  /** {@code BASE} without the struct {@code type}, which the root no longer lists either. */
  static Map<String, String> without(String type) {
    Map<String, String> changed = with(type, null);
    changed.put("Root", BASE.get("Root").replace(type + ".class, ", "").replace(", " + type + ".class", ""));
    return changed;
  }

  static String subsystem(String name, String state) {
    return HOOKS + "@Subsystem(\"" + name + "\")\nfinal class " + Character.toUpperCase(name.charAt(0)) + name.substring(1)
        + "Sub {\n  @CheckpointHook " + state + " checkpoint(CheckpointContext ctx) { return null; }\n"
        + "  @RestoreHook void restore(RestoreContext ctx, " + state + " s) {}\n}";
  }

  @TempDir static Path dir;
  private static Path released;
  private static String releasedText;

  @BeforeAll
  static void release() throws IOException {
    released = dir.resolve("released.lock");
    Compilation c = compile(BASE, released, true);
    assertThat(c).succeeded();
    assertThat(c).hadNoteContaining("[ckptgen/LockWritten] the lock " + released + " now records image \"demo\" version 2");
    releasedText = Files.readString(released);
  }

  static Map<String, JavaFileObject> files(Map<String, String> sources) {
    Map<String, JavaFileObject> files = new LinkedHashMap<>();
    sources.forEach((name, body) -> files.put(name, Sources.source(name, body)));
    return files;
  }

  static Compilation compile(Map<String, String> sources, Path lock, boolean update) {
    return compileFiles(files(sources), lock, update);
  }

  static Compilation compileFiles(Map<String, JavaFileObject> files, Path lock, boolean update) {
    List<JavaFileObject> all = new ArrayList<>(files.values());
    all.add(JavaFileObjects.forResource("contexts/CheckpointContext.java"));
    all.add(JavaFileObjects.forResource("contexts/RestoreContext.java"));
    List<String> options = new ArrayList<>(List.of("-proc:only"));
    if (lock != null) {
      options.add("-Ackptgen.lock=" + lock);
    }
    if (update) {
      options.add("-Ackptgen.lock.update=true");
    }
    return Sources.compile(options, all.toArray(new JavaFileObject[0]));
  }

  /** {@code BASE} with {@code file} replaced by {@code body} (or removed, for null). */
  static Map<String, String> with(String file, String body) {
    Map<String, String> changed = new LinkedHashMap<>(BASE);
    if (body == null) {
      changed.remove(file);
    } else {
      changed.put(file, body);
    }
    return changed;
  }

  /** The change fails against the released lock with {@code message} in {@code file}, on the line with {@code line}. */
  private static Compilation breaks(Map<String, String> sources, String file, String message, String line) {
    Map<String, JavaFileObject> files = files(sources);
    Compilation c = compileFiles(files, released, false);
    assertThat(c).failed();
    assertThat(c).hadErrorContaining(message).inFile(files.get(file)).onLineContaining(line);
    Sources.assertArticlesFit(c);
    return c;
  }

  private static Compilation breaks(String file, String body, String message, String line) {
    return breaks(with(file, body), file, message, line);
  }

  /** The change compiles against the released lock, and an update writes it; returns the new lock. */
  private static String passes(Map<String, String> sources) throws IOException {
    Compilation c = compile(sources, released, false);
    assertThat(c).succeeded();
    assertTrue(c.errors().isEmpty());

    Path copy = Files.createTempFile(dir, "updated", ".lock");
    Files.writeString(copy, releasedText);
    assertThat(compile(sources, copy, true)).succeeded();
    String updated = Files.readString(copy);
    // every released line's subject stays, whatever the change added or relaxed
    List<String> after = updated.lines().map(CompatibilityGateTest::subject).collect(Collectors.toList());
    for (String l : releasedText.lines().collect(Collectors.toList())) {
      assertTrue(after.contains(subject(l)), "the update dropped the released line: " + l);
    }
    // the check before said so when there was something to write
    boolean unreleased = c.notes().stream().anyMatch(n -> n.getMessage(null).startsWith(
        "[ckptgen/LockUnreleased] layout lines of this build not in the lock " + released + " yet: "));
    assertEquals(!updated.equals(releasedText), unreleased, updated);
    // and the updated lock passes with the change
    assertThat(compile(sources, copy, false)).succeeded();
    return updated;
  }

  /** What a lock line is about: its words before the first {@code key=value}. */
  static String subject(String line) {
    return line.startsWith("end ") ? "end" : line.replaceAll(" [a-z]+=.*", "");
  }

  private static String passes(String file, String body) throws IOException {
    return passes(with(file, body));
  }

  // ---------------------------------------------------------------- the lock as written

  @Test
  void theLockRecordsEveryVersionMemberConstantAndSubsystem() {
    List<String> lines = releasedText.lines().collect(Collectors.toList());
    assertTrue(lines.get(0).startsWith("# ckptgen lock: "), lines.get(0));
    assertTrue(lines.contains("ckptgen-lock 1"));
    assertTrue(lines.contains("image demo version=2"));
    assertTrue(lines.contains("subsystem demo cred state=0x0104"));
    assertTrue(lines.contains("subsystem demo task state=0x0103"));
    assertTrue(lines.contains("struct demo ckpt_caps 1 type=0x0000 size=16 shared=no"));
    assertTrue(lines.contains("struct demo ckpt_hdr_task 1 type=0x0103 size=32 shared=no"), releasedText);
    assertTrue(lines.contains("struct demo ckpt_hdr_task 2 type=0x0103 size=40 shared=no"), releasedText);
    assertTrue(lines.contains("member demo ckpt_hdr_cred uid offset=8 role=field kind=int type=__u32 arity=one"
        + " size=4 length=1 flags=- ref=- since=1"), releasedText);
    assertTrue(lines.contains("member demo ckpt_hdr_cred caps offset=16 role=field kind=struct type=- arity=one"
        + " size=16 length=1 flags=- ref=struct:ckpt_caps since=1"), releasedText);
    assertTrue(lines.contains("member demo ckpt_hdr_cred groups_ref offset=32 role=field kind=objref type=__s32"
        + " arity=one size=4 length=1 flags=optional ref=objref:0x0102 since=1"), releasedText);
    assertTrue(lines.contains("member demo ckpt_hdr_groups groups offset=16 role=field kind=int type=__u32"
        + " arity=variable size=4 length=64 flags=sorted ref=- since=1"), releasedText);
    assertTrue(lines.contains("member demo ckpt_hdr_task start_time offset=32 role=field kind=int type=__s64"
        + " arity=one size=8 length=1 flags=- ref=- since=2"), releasedText);
    assertTrue(lines.contains("enum demo ckpt_mode AUTO code=2"));
    assertTrue(lines.stream().noneMatch(l -> l.contains("__pad")), "padding is not listed");
    long entries = lines.stream().filter(l -> !l.startsWith("#") && !l.startsWith("ckptgen-lock") && !l.startsWith("end "))
        .count();
    assertEquals("end " + entries, lines.get(lines.size() - 1));
  }

  @Test
  void theReleasedBuildPassesItsOwnLock() {
    Compilation c = compile(BASE, released, false);
    assertThat(c).succeeded();
    assertTrue(c.warnings().isEmpty(), c.warnings().toString());
    assertTrue(c.notes().stream().noneMatch(n -> n.getMessage(null).contains("[ckptgen/")), c.notes().toString());
  }

  // ---------------------------------------------------------------- breaking changes

  @Test
  void aMemberRemoved() {
    breaks("Cred", "@CkptStruct(type = 0x0101, shared = true)\nrecord Cred(@U32 int uid,\n"
        + "  Caps caps,\n  @ObjRef(value = Groups.class, optional = true) int groupsRef) {}",
        "[ckptgen/MemberRemoved] ckpt_hdr_cred.gid was released (" + released + ": offset 12, __u32) and is gone;"
            + " released images hold it. Keep the member", "record Cred(");
  }

  @Test
  void aMemberMoved() {
    Compilation c = breaks("Cred", "@CkptStruct(type = 0x0101, shared = true)\nrecord Cred(@U32 int gid,\n  @U32 int uid,\n"
        + "  Caps caps,\n  @ObjRef(value = Groups.class, optional = true) int groupsRef) {}",
        "[ckptgen/MemberMoved] ckpt_hdr_cred.uid was released at offset 8 (" + released + "), and is now at offset 12;"
            + " released images hold it at 8", "int uid");
    assertThat(c).hadErrorContaining("[ckptgen/MemberMoved] ckpt_hdr_cred.gid was released at offset 12");
  }

  /** The gate's errors are the only ones: code that uses the generated classes still compiles. */
  @Test
  void onlyTheGatesErrors() {
    Map<String, String> sources = with("Cred", "@CkptStruct(type = 0x0101, shared = true)\nrecord Cred(@U32 int gid,\n"
        + "  @U32 int uid,\n  Caps caps,\n  @ObjRef(value = Groups.class, optional = true) int groupsRef) {}");
    sources.put("Uses", "final class Uses {\n  long f = RootSchema.FINGERPRINT;\n  Object d = RootDispatch.class;\n}");
    List<JavaFileObject> all = new ArrayList<>(files(sources).values());
    all.add(JavaFileObjects.forResource("contexts/CheckpointContext.java"));
    all.add(JavaFileObjects.forResource("contexts/RestoreContext.java"));
    Compilation c = Sources.compile(List.of("-Ackptgen.lock=" + released), all.toArray(new JavaFileObject[0]));
    assertThat(c).failed();
    assertEquals(2, c.errors().size(), c.errors().toString());
    assertTrue(c.errors().stream().allMatch(e -> e.getMessage(null).startsWith("[ckptgen/MemberMoved] ")), c.errors().toString());
  }

  @Test
  void aMemberRetyped() {
    breaks("Cred", "@CkptStruct(type = 0x0101, shared = true)\nrecord Cred(int uid,\n  @U32 int gid,\n"
        + "  Caps caps,\n  @ObjRef(value = Groups.class, optional = true) int groupsRef) {}",
        "[ckptgen/MemberRetyped] ckpt_hdr_cred.uid was released as __u32 (" + released + "), and is now __s32;"
            + " released images hold it as __u32. Keep its type, or add a member of the new type at the end with @Since(2)",
        "int uid");
    breaks("Task", "@CkptStruct(type = 0x0103)\nrecord Task(int pid,\n  @U32 int mode,\n"
        + "  @FixedString(length = 16) String comm,\n  @Since(2) long startTime) {}",
        "[ckptgen/MemberRetyped] ckpt_hdr_task.mode was released as enum ckpt_mode (__u32) (" + released + "), and is now __u32", "int mode");
    breaks("Cred", "@CkptStruct(type = 0x0101, shared = true)\nrecord Cred(@U32 int uid,\n  @U32 int gid,\n"
        + "  Caps caps,\n  @ObjRef(value = Cred.class, optional = true) int groupsRef) {}",
        "[ckptgen/MemberRetyped] ckpt_hdr_cred.groups_ref was released as objref to type 0x0102", "int groupsRef");
  }

  @Test
  void aMemberResized() {
    Compilation c = breaks("Task", "@CkptStruct(type = 0x0103)\nrecord Task(int pid,\n  Mode mode,\n"
        + "  @FixedString(length = 8) String comm,\n  @Since(2) long startTime) {}",
        "[ckptgen/MemberResized] ckpt_hdr_task.comm was released as char[16] (" + released + "), and is now char[8]",
        "String comm");
    assertThat(c).hadErrorContaining("[ckptgen/StructResized] version 1 of ckpt_hdr_task was released with 32 bytes ("
        + released + "), and now has 24");
  }

  @Test
  void aTypeIdChanged() {
    breaks("Note", "@CkptStruct(type = 0x0106)\nrecord Note(int a,\n  @VarString(max = 256) String text) {}",
        "[ckptgen/TypeIdChanged] ckpt_hdr_note was released with type 0x105 (" + released + "), and now has type 0x106;"
            + " released images hold its records under 0x105", "record Note(");
  }

  @Test
  void aTypeIdReusedByAnotherStruct() {
    Map<String, String> sources = without("Note");
    sources.put("Other", "@CkptStruct(type = 0x0105)\nrecord Other(long b) {}");
    sources.put("Root", sources.get("Root").replace("structs = {", "structs = {Other.class, "));
    breaks(sources, "Other", "[ckptgen/TypeIdReused] type 0x105 was released as ckpt_hdr_note (" + released
        + "), and now ckpt_hdr_other takes it", "record Other(");
  }

  @Test
  void aValueStructChanged() {
    Compilation c = breaks("Caps", "@CkptStruct\nrecord Caps(@U64 long effective,\n  @U64 long permitted,\n  @U64 long bounding) {}",
        "[ckptgen/ValueStructChanged] ckpt_caps.bounding is new, but value struct ckpt_caps was released (" + released
            + "), and a value struct has one version", "long bounding");
    assertThat(c).hadErrorContaining("[ckptgen/MemberResized] ckpt_hdr_cred.caps was released as struct ckpt_caps of"
        + " 16 bytes");
    breaks("Spare", "@CkptStruct\nrecord Spare(long x) {}",
        "[ckptgen/MemberRetyped] ckpt_spare.x was released as __s32", "long x");
  }

  @Test
  void aValueStructBecameARecord() {
    breaks("Spare", "@CkptStruct(type = 0x0107, cName = \"ckpt_spare\")\nrecord Spare(int x) {}",
        "[ckptgen/StructKindChanged] ckpt_spare was released as value struct (" + released
            + "), and is now record type 0x0107", "record Spare(");
  }

  @Test
  void sharedChanged() {
    breaks("Note", "@CkptStruct(type = 0x0105, shared = true)\nrecord Note(int a,\n  @VarString(max = 256) String text) {}",
        "[ckptgen/StructSharedChanged] ckpt_hdr_note was released with shared = false (" + released
            + "), and now has shared = true; released images hold it in place, without an objref", "record Note(");
  }

  @Test
  void aSinceMemberInsertedBeforeTheEnd() {
    Compilation c = breaks("Task", "@CkptStruct(type = 0x0103)\nrecord Task(int pid,\n  Mode mode,\n"
        + "  @FixedString(length = 16) String comm,\n  @Since(2) long extra,\n  @Since(2) long startTime) {}",
        "[ckptgen/MemberNotAppended] ckpt_hdr_task.extra is new in version 2 of ckpt_hdr_task, which was released ("
            + released + "); a member added to a released version changes its layout. Add it at the end with @Since(3)",
        "long extra");
    assertThat(c).hadErrorContaining("[ckptgen/MemberMoved] ckpt_hdr_task.start_time was released at offset 32");
  }

  @Test
  void aMemberAppendedWithoutAVersionBump() {
    breaks("Task", "@CkptStruct(type = 0x0103)\nrecord Task(int pid,\n  Mode mode,\n"
        + "  @FixedString(length = 16) String comm,\n  @Since(2) long startTime,\n  @Since(2) int flags) {}",
        "[ckptgen/MemberNotAppended] ckpt_hdr_task.flags is new in version 2", "int flags");
    breaks("Note", "@CkptStruct(type = 0x0105)\nrecord Note(int a,\n  int b,\n  @VarString(max = 256) String text) {}",
        "[ckptgen/MemberNotAppended] ckpt_hdr_note.b is new in version 1", "int b");
  }

  @Test
  void aStructVersionLowered() {
    Compilation c = breaks("Task", "@CkptStruct(type = 0x0103)\nrecord Task(int pid,\n  Mode mode,\n"
        + "  @FixedString(length = 16) String comm) {}",
        "[ckptgen/StructVersionLowered] ckpt_hdr_task was released at version 2 (" + released
            + "), and is now at version 1", "record Task(");
    assertThat(c).hadErrorContaining("[ckptgen/MemberRemoved] ckpt_hdr_task.start_time was released");
  }

  @Test
  void aMemberChanged() {
    breaks("Task", "@CkptStruct(type = 0x0103)\nrecord Task(int pid,\n  Mode mode,\n"
        + "  @FixedString(length = 16) String comm,\n  @Since(3) long startTime) {}",
        "[ckptgen/MemberChanged] ckpt_hdr_task.start_time was released in version 2 (" + released
            + "), and is now in version 3", "long startTime");
    breaks("Cred", "@CkptStruct(type = 0x0101, shared = true)\nrecord Cred(@U32 int uid,\n  @U32 int gid,\n"
        + "  Caps caps,\n  @ObjRef(value = Groups.class) int groupsRef) {}",
        "[ckptgen/MemberChanged] ckpt_hdr_cred.groups_ref was released with @ObjRef(optional = true) (" + released
            + "), and is now without flags; released images may hold 0 (none)", "int groupsRef");
    // the flags restore compares: @Uid and @Gid, @Sorted dropped, an objref made optional
    breaks("Cred", "@CkptStruct(type = 0x0101, shared = true)\nrecord Cred(@Uid @U32 int uid,\n  @U32 int gid,\n"
        + "  Caps caps,\n  @ObjRef(value = Groups.class, optional = true) int groupsRef) {}",
        "[ckptgen/MemberChanged] ckpt_hdr_cred.uid was released without flags (" + released + "), and is now with @Uid;"
            + " an image's field table holds a member's flags, and restore refuses an image whose flags differ", "int uid");
    breaks("Groups", "@CkptStruct(type = 0x0102, shared = true)\nrecord Groups(\n  @U32 @VarArray(max = 64) int[] groups) {}",
        "[ckptgen/MemberChanged] ckpt_hdr_groups.groups was released with @Sorted (" + released + "), and is now"
            + " without flags", "int[] groups");
    breaks("CredSection", "@CkptStruct(type = 0x0104)\nrecord CredSection(\n  @ObjRef(value = Cred.class, optional = true) int cred) {}",
        "[ckptgen/MemberChanged] ckpt_hdr_cred_section.cred was released without flags (" + released + "), and is now"
            + " with @ObjRef(optional = true)", "int cred");
  }

  @Test
  void aBoundLowered() {
    breaks("Groups", "@CkptStruct(type = 0x0102, shared = true)\nrecord Groups(\n  @U32 @VarArray(max = 32) @Sorted int[] groups) {}",
        "[ckptgen/MemberBoundLowered] ckpt_hdr_groups.groups was released with the bound 64 (" + released
            + "), and now has 32; released images may hold up to 64", "int[] groups");
  }

  @Test
  void anEnumConstantRemovedOrRenamed() {
    breaks("Mode", "@CkptEnum\nenum Mode {\n  @EnumCode(0) OFF,\n  @EnumCode(1) ON }",
        "[ckptgen/EnumConstantRemoved] ckpt_mode.AUTO (code 2) was released (" + released + ") and is gone", "enum Mode");
    breaks("Mode", "@CkptEnum\nenum Mode {\n  @EnumCode(0) OFF,\n  @EnumCode(1) ON,\n  @EnumCode(2) AUTOMATIC }",
        "[ckptgen/EnumConstantRenamed] code 2 of ckpt_mode was released as AUTO (" + released + "), and is now AUTOMATIC",
        "enum Mode");
  }

  @Test
  void aSubsystemRemovedOrItsStateChanged() {
    breaks(with("TaskSub", null), "Root", "[ckptgen/SubsystemRemoved] subsystem \"task\" of image \"demo\" was released (" + released
        + ") and is gone; released images hold its section", "interface Root");
    breaks("TaskSub", subsystem("task", "Note"), "[ckptgen/SubsystemStateChanged] subsystem \"task\" was released with"
        + " state type 0x103 (" + released + "), and now has 0x105", "final class TaskSub");
  }

  /** A removal the root declares, with what restore does with the released images' sections, passes. */
  @Test
  void aSubsystemRemovedWithADeclaredPolicyPasses() throws IOException {
    for (String policy : List.of("SKIP", "REFUSE")) {
      Map<String, String> removed = with("TaskSub", null);
      removed.put("Root", root("demo", 3, ", removed = @Removed(name = \"task\", policy = Removed.Policy." + policy + ")"));
      passes(removed);
    }
  }

  @Test
  void theImageVersionLowered() {
    breaks("Root", root("demo", 1, ""),
        "[ckptgen/ImageVersionLowered] image \"demo\" was released at version 2 (" + released + "), and is now version 1",
        "interface Root");
  }

  @Test
  void aLockOfAnotherImage() {
    breaks("Root", root("other", 2, ""),
        "[ckptgen/LockOfAnotherImage] the lock " + released + " has no image \"other\" (it records image demo)",
        "interface Root");
  }

  /** An update writes nothing while a change breaks the lock: the errors say why. */
  @Test
  void anUpdateRefusesABreakingChange() throws IOException {
    Path copy = Files.createTempFile(dir, "refused", ".lock");
    Files.writeString(copy, releasedText);
    Compilation c = compile(with("Spare", "@CkptStruct\nrecord Spare(long x) {}"), copy, true);
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("[ckptgen/MemberRetyped] ckpt_spare.x");
    assertEquals(releasedText, Files.readString(copy));
  }

  // ---------------------------------------------------------------- compatible changes

  @Test
  void aMemberAppendedWithSince() throws IOException {
    String lock = passes("Task", "@CkptStruct(type = 0x0103)\nrecord Task(int pid,\n  Mode mode,\n"
        + "  @FixedString(length = 16) String comm,\n  @Since(2) long startTime,\n  @Since(3) @U32 int flags) {}");
    assertTrue(lock.contains("struct demo ckpt_hdr_task 2 type=0x0103 size=40 shared=no\n"), lock);
    assertTrue(lock.contains("struct demo ckpt_hdr_task 3 type=0x0103 size=48 shared=no\n"), lock);
    assertTrue(lock.contains("member demo ckpt_hdr_task flags offset=40 role=field kind=int type=__u32 arity=one"
        + " size=4 length=1 flags=- ref=- since=3\n"), lock);
    passes("Cred", "@CkptStruct(type = 0x0101, shared = true)\nrecord Cred(@U32 int uid,\n  @U32 int gid,\n"
        + "  Caps caps,\n  @ObjRef(value = Groups.class, optional = true) int groupsRef,\n  @Since(2) boolean locked) {}");
  }

  /** A compatible change not released yet is said, once, with what it adds. */
  @Test
  void anUnreleasedChangeIsANote() {
    Compilation c = compile(with("Root", root("demo", 3, "")), released, false);
    assertThat(c).succeeded();
    assertThat(c).hadNoteContaining("[ckptgen/LockUnreleased] layout lines of this build not in the lock "
        + released + " yet: 1 (image demo); they are compatible, and a release writes them with -Ackptgen.lock.update=true");
  }

  @Test
  void aNewStructRecordEnumAndSubsystem() throws IOException {
    Map<String, String> sources = new LinkedHashMap<>(BASE);
    sources.put("Flavor", "@CkptEnum\nenum Flavor { @EnumCode(0) A }");
    sources.put("Extra", "@CkptStruct\nrecord Extra(short s,\n  Flavor k) {}");
    sources.put("Fresh", "@CkptStruct(type = 0x0200)\nrecord Fresh(Extra e) {}");
    sources.put("FreshSub", subsystem("fresh", "Fresh"));
    String lock = passes(sources);
    assertTrue(lock.contains("struct demo ckpt_hdr_fresh 1 type=0x0200 size=16 shared=no\n"), lock);
    assertTrue(lock.contains("subsystem demo fresh state=0x0200\n"), lock);
    assertTrue(lock.contains("enum demo ckpt_flavor A code=0\n"), lock);
  }

  @Test
  void relaxations() throws IOException {
    passes("Mode", "@CkptEnum\nenum Mode {\n  @EnumCode(0) OFF,\n  @EnumCode(1) ON,\n  @EnumCode(2) AUTO,\n  @EnumCode(3) EXTRA }");
    String raised = passes("Groups", "@CkptStruct(type = 0x0102, shared = true)\nrecord Groups(\n"
        + "  @U32 @VarArray(max = 128) @Sorted int[] groups) {}");
    assertTrue(raised.contains("member demo ckpt_hdr_groups groups offset=16 role=field kind=int type=__u32"
        + " arity=variable size=4 length=128 flags=sorted ref=- since=1\n"), raised);
    passes("Root", root("demo", 3, ""));
    // another Java name, the same C name: the layout is the same
    Map<String, String> renamed = without("Spare");
    renamed.put("Root", renamed.get("Root").replace("structs = {", "structs = {Reserve.class, "));
    renamed.put("Reserve", "@CkptStruct(cName = \"ckpt_spare\")\nrecord Reserve(@CName(\"x\") int y) {}");
    passes(renamed);
  }

  /** A struct no longer built is noted and kept in the lock; its type id stays taken. */
  @Test
  void aStructRetired() throws IOException {
    Compilation c = compile(without("Note"), released, false);
    assertThat(c).succeeded();
    assertThat(c).hadNoteContaining("[ckptgen/StructRetired] ckpt_hdr_note (type 0x105) of image \"demo\" is in the lock "
        + released + " but not in this build's image; the lock keeps it, and its type id stays taken");
    String lock = passes(without("Note"));
    assertTrue(lock.contains("member demo ckpt_hdr_note text "), lock);
  }

  /** One lock holds every image of a build, each checked on its own lines. */
  @Test
  void twoImagesInOneLock() throws IOException {
    Path lock = dir.resolve("two.lock");
    Map<String, String> two = new LinkedHashMap<>();
    two.put("A", "@CheckpointImage(name = \"alpha\", structs = Spare.class)\ninterface A {}");
    two.put("B", "@CheckpointImage(name = \"beta\", version = 4, structs = {Spare.class, Only.class})\ninterface B {}");
    two.put("Spare", BASE.get("Spare"));
    two.put("Only", "@CkptStruct(type = 0x0201)\nrecord Only(int x) {}");
    assertThat(compile(two, lock, true)).succeeded();
    String text = Files.readString(lock);
    assertTrue(text.contains("image alpha version=1\n") && text.contains("image beta version=4\n"), text);
    assertTrue(text.contains("struct alpha ckpt_spare 1 ") && text.contains("struct beta ckpt_spare 1 "), text);
    assertTrue(text.contains("struct beta ckpt_hdr_only 1 ") && !text.contains("struct alpha ckpt_hdr_only"), text);

    two.put("B", "@CheckpointImage(name = \"beta\", version = 3, structs = {Spare.class, Only.class})\ninterface B {}");
    Compilation c = compile(two, lock, false);
    assertThat(c).hadErrorContaining("[ckptgen/ImageVersionLowered] image \"beta\" was released at version 4");
    assertEquals(1, c.errors().size(), c.errors().toString());

    // a struct only beta holds changes: beta's break, and not alpha's
    two.put("B", "@CheckpointImage(name = \"beta\", version = 4, structs = {Spare.class, Only.class})\ninterface B {}");
    two.put("Only", "@CkptStruct(type = 0x0201)\nrecord Only(long x) {}");
    c = compile(two, lock, false);
    assertThat(c).hadErrorContaining("[ckptgen/MemberRetyped] ckpt_hdr_only.x was released as __s32");
    assertEquals(1, c.errors().size(), c.errors().toString());

    // alpha stops holding Spare, which beta still holds: alpha's images hold its records, so alpha says so
    two.put("Only", "@CkptStruct(type = 0x0201)\nrecord Only(int x) {}");
    two.put("A", "@CheckpointImage(name = \"alpha\", structs = Only.class)\ninterface A {}");
    c = compile(two, lock, false);
    assertThat(c).succeeded();
    assertThat(c).hadNoteContaining("[ckptgen/StructRetired] ckpt_spare ");
    assertThat(c).hadNoteContaining(" of image \"alpha\" is in the lock " + lock + " but not in this build's image");
  }

  // ---------------------------------------------------------------- options and files

  @Test
  void noLockFileIsANote() {
    Path absent = dir.resolve("absent.lock");
    Compilation c = compile(BASE, absent, false);
    assertThat(c).succeeded();
    assertThat(c).hadNoteContaining("[ckptgen/LockAbsent] no lock file " + absent + ", so no released layout is checked;"
        + " to start one, build once with -Ackptgen.lock.update=true and commit the file");
    assertTrue(Files.notExists(absent));
  }

  @Test
  void anUpdateWithNothingNew() {
    Compilation c = compile(BASE, released, true);
    assertThat(c).succeeded();
    assertThat(c).hadNoteContaining("[ckptgen/LockCurrent] the lock " + released + " already records this build's layouts");
  }

  @Test
  void badOptions() throws IOException {
    Compilation c = Sources.compile(List.of("-proc:only", "-Ackptgen.lock.update=yes", "-Ackptgen.lock=" + released),
        Sources.source("Root", BASE.get("Root")), Sources.source("Spare", BASE.get("Spare")), Sources.source("Note", BASE.get("Note")));
    assertThat(c).hadErrorContaining("[ckptgen/BadLockOption] -Ackptgen.lock.update=yes: it is true or false");
    c = Sources.compile(List.of("-proc:only", "-Ackptgen.lock.update=true"),
        Sources.source("Root", BASE.get("Root")), Sources.source("Spare", BASE.get("Spare")), Sources.source("Note", BASE.get("Note")));
    assertThat(c).hadErrorContaining("[ckptgen/BadLockOption] -Ackptgen.lock.update=true: there is no lock to update;"
        + " name it with -Ackptgen.lock=PATH");
    c = compile(BASE, dir, false);
    assertThat(c).hadErrorContaining("[ckptgen/BadLockOption] -Ackptgen.lock=" + dir + ": it is a directory");
  }

  /** A malformed lock is one error, the file and line and what is wrong, never a stack trace. */
  @Test
  void aMalformedLockIsOneError() throws IOException {
    Path bad = dir.resolve("bad.lock");
    List<String> lines = releasedText.lines().collect(Collectors.toList());
    Files.writeString(bad, String.join("\n", lines.subList(0, lines.size() - 3)) + "\n");
    Compilation c = compile(BASE, bad, false);
    assertThat(c).failed();
    assertEquals(1, c.errors().size(), c.errors().toString());
    Diagnostic<? extends JavaFileObject> error = c.errors().get(0);
    assertEquals("[ckptgen/BadLock] " + bad + ":" + (lines.size() - 3) + ": the lock ends without its `end N` line:"
        + " it is truncated. The lock is written by -Ackptgen.lock.update=true: restore it from version control, or"
        + " delete it and write it again (docs/COMPATIBILITY.md)", error.getMessage(null));
    assertTrue(!error.getMessage(null).contains("Exception"));
  }
}
