package org.ckptgen.processor.lock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The lock file's text: what the writer writes, the reader reads back; anything else is one clear fault. */
class LockFileTest {
  static final String LOCK = LockFile.HEADER + String.join("\n",
      "ckptgen-lock 1",
      "image demo version=2",
      "subsystem demo task state=0x0103",
      "struct demo ckpt_caps 1 type=0x0000 size=16 shared=no",
      "member demo ckpt_caps effective offset=0 role=field kind=int type=__u64 arity=one size=8 length=1 flags=- ref=- since=1",
      "struct demo ckpt_hdr_task 1 type=0x0103 size=40 shared=no",
      "struct demo ckpt_hdr_task 2 type=0x0103 size=48 shared=no",
      "member demo ckpt_hdr_task h offset=0 role=header kind=header type=- arity=one size=8 length=1 flags=- ref=- since=1",
      "member demo ckpt_hdr_task caps offset=8 role=field kind=struct type=- arity=one size=16 length=1 flags=- ref=struct:ckpt_caps since=1",
      "member demo ckpt_hdr_task mode offset=24 role=field kind=enum type=__u32 arity=one size=4 length=1 flags=uid ref=enum:ckpt_mode since=1",
      "member demo ckpt_hdr_task owner offset=28 role=field kind=objref type=__s32 arity=one size=4 length=1 flags=optional ref=objref:0x0103 since=1",
      "member demo ckpt_hdr_task start offset=40 role=field kind=int type=__s64 arity=one size=8 length=1 flags=- ref=- since=2",
      "enum demo ckpt_mode OFF code=0",
      "enum demo ckpt_mode ON code=1",
      "end 13",
      "");

  private static Lock parse(String text) throws LockFile.Malformed {
    return LockFile.parse(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The line and reason of the one fault of {@code text}. */
  private static void malformed(String text, int line, String reason) {
    LockFile.Malformed e = assertThrows(LockFile.Malformed.class, () -> parse(text));
    assertEquals(reason, e.getMessage());
    assertEquals(line, e.line());
  }

  private static String replace(String from, String to) {
    assertTrue(LOCK.contains(from), from);
    return LOCK.replace(from, to);
  }

  /** The number of {@code line}'s line in LOCK. */
  private static int lineOf(String line) {
    String[] lines = LOCK.split("\n");
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].startsWith(line)) {
        return i + 1;
      }
    }
    throw new AssertionError(line);
  }

  @Test
  void whatIsWrittenReadsBackTheSame() throws LockFile.Malformed {
    Lock lock = parse(LOCK);
    assertEquals(LOCK, LockFile.format(lock));
    Lock.StructLock task = lock.images().get("demo").structs().get("ckpt_hdr_task");
    assertEquals(2, task.version());
    assertEquals(40, task.sizes().get(1));
    assertEquals("objref:0x0103", task.member("owner").ref());
    // CRLF line ends (a Windows checkout), comments and blank lines read the same
    assertEquals(LOCK, LockFile.format(parse(LOCK.replace("\n", "\r\n").replace("image demo", "\n# a comment\nimage demo"))));
  }

  @Test
  void truncated() {
    String[] lines = LOCK.split("\n");
    malformed(LOCK.substring(0, LOCK.indexOf("end 13")), lines.length - 1,
        "the lock ends without its `end N` line: it is truncated");
    malformed(LOCK.replace("end 13", "end 1"), lines.length, "`end 1` but 13 lines come before it: lines were lost or added");
    malformed("", 1, "the lock is empty: no `ckptgen-lock 1` line");
    malformed(LockFile.HEADER, 4, "the lock is empty: no `ckptgen-lock 1` line");
    // every shorter prefix, cut anywhere, is refused (only the final newline may go)
    byte[] bytes = LOCK.getBytes(StandardCharsets.UTF_8);
    for (int n = 0; n < bytes.length - 1; n++) {
      byte[] prefix = java.util.Arrays.copyOf(bytes, n);
      assertThrows(LockFile.Malformed.class, () -> LockFile.parse(prefix), "a prefix of " + n + " bytes");
    }
  }

  @Test
  void badNumbers() {
    int member = lineOf("member demo ckpt_hdr_task mode");
    malformed(replace("offset=24", "offset=x24"), member, "offset `x24` is not a decimal number");
    malformed(replace("offset=24", "offset=-24"), member, "offset `-24` is not a decimal number");
    malformed(replace("offset=24", "offset=024"), member, "offset `024` is not a decimal number");
    malformed(replace("offset=24", "offset=99999999999"), member, "offset 99999999999 is out of range (0 to 2147483647)");
    malformed(replace("size=48", "size=44"), lineOf("struct demo ckpt_hdr_task 2"), "size 44 is not a multiple of 8");
    malformed(replace("ckpt_hdr_task 2 type", "ckpt_hdr_task 0 type"), lineOf("struct demo ckpt_hdr_task 2"),
        "version 0; versions start at 1");
    malformed(replace("state=0x0103", "state=259"), 7, "state `259` is not a type id like 0x0101");
    malformed(replace("state=0x0103", "state=0xffffffff"), 7, "state 0xffffffff is over 0x7fffffff");
    malformed(replace("ON code=1", "ON code=2147483648"), lineOf("enum demo ckpt_mode ON"),
        "code 2147483648 is out of range (0 to 2147483647)");
    malformed(replace("version=2", "version=0"), 6, "version 0 is out of range (1 to 2147483647)");
  }

  @Test
  void duplicateLines() {
    String dup = "member demo ckpt_caps effective offset=0 role=field kind=int type=__u64 arity=one size=8 length=1 flags=- ref=- since=1";
    int first = lineOf(dup);
    malformed(replace(dup, dup + "\n" + dup), first + 1,
        "`member demo ckpt_caps effective` again; line " + first + " already has it");
    malformed(replace("image demo version=2", "image demo version=2\nimage demo version=3"), 7,
        "`image demo` again; line 6 already has it");
    malformed(replace("enum demo ckpt_mode ON code=1", "enum demo ckpt_mode ON code=0"), lineOf("enum demo ckpt_mode ON"),
        "code 0 of ckpt_mode.ON is also ckpt_mode.OFF's, on line " + lineOf("enum demo ckpt_mode OFF"));
    malformed(replace("ckpt_hdr_task 2 type=0x0103", "ckpt_hdr_task 2 type=0x0104"), lineOf("struct demo ckpt_hdr_task 2"),
        "struct ckpt_hdr_task has type 0x0104 shared=no here, but 0x0103 shared=no on line "
            + lineOf("struct demo ckpt_hdr_task 1"));
  }

  @Test
  void badWords() {
    int member = lineOf("member demo ckpt_hdr_task mode");
    malformed(replace("ckptgen-lock 1", "ckptgen-lock 2"), 5, "lock format `ckptgen-lock 2`; this ckptgen reads `ckptgen-lock 1`");
    malformed(replace("ckptgen-lock 1\n", ""), 5, "expected `ckptgen-lock 1` as the first line that is not a comment");
    malformed(replace("subsystem demo", "subsystems demo"), 7,
        "unknown line `subsystems`; lines are image, subsystem, struct, member, enum and end");
    malformed(replace("kind=enum", "kind=enumeration"), member,
        "kind `enumeration` is not one of [bool, byte, char, enum, header, int, objref, struct]");
    malformed(replace("role=field kind=enum", "kind=enum role=field"), member, "expected `role=` as word 6, found `kind=enum`");
    malformed(replace("since=2", "since=2 extra"), lineOf("member demo ckpt_hdr_task start"),
        "`member` line with 15 words; it has 14: `extra` is one too many");
    malformed(replace("flags=uid", "flags=uid,uid"), member, "flag uid twice");
    malformed(replace("flags=uid", "flags=sticky"), member, "flag `sticky` is not one of [gid, optional, sorted, uid, view]");
    malformed(replace("ref=enum:ckpt_mode", "ref=union:x"), member, "ref `union:x` is not -, struct:NAME, enum:NAME or objref:0xTYPE");
    malformed(replace("member demo ckpt_caps", "member demo ckpt_cap"), lineOf("member demo ckpt_caps"),
        "member of struct ckpt_cap, which no `struct` line above declares");
    malformed(replace("subsystem demo", "subsystem other"), 7, "`subsystem` of image other, which no `image` line above declares");
    malformed(replace("ckpt_hdr_task h offset", "ckpt_hdr_task 9h offset"), lineOf("member demo ckpt_hdr_task h"),
        "`9h` is not a member name");
    malformed(LOCK + "image more version=1\n", lineOf("end 13") + 1, "a line after `end`");
    malformed(replace("struct demo ckpt_caps 1 type=0x0000 size=16 shared=no",
        "struct demo ckpt_caps 1 type=0x0000 size=16"), lineOf("struct demo ckpt_caps"), "`struct` line ends before `shared=`");
    byte[] latin1 = replace("OFF", "\u00c9T\u00c9").getBytes(StandardCharsets.ISO_8859_1);
    LockFile.Malformed e = assertThrows(LockFile.Malformed.class, () -> LockFile.parse(latin1));
    assertEquals(lineOf("enum demo ckpt_mode OFF"), e.line());
    assertTrue(e.getMessage().endsWith(" is not UTF-8 text"), e.getMessage());
  }

  /** Random edits of a good lock: each is read, or refused as one Malformed, never another exception. */
  @Test
  void randomEditsAreReadOrRefused() {
    long seed = System.nanoTime();
    Random r = new Random(seed);
    byte[] good = LOCK.getBytes(StandardCharsets.UTF_8);
    String alphabet = " =,:-_0123456789abcdefxyz\n#";
    for (int i = 0; i < 5_000; i++) {
      byte[] bytes = good.clone();
      for (int k = 0, edits = 1 + r.nextInt(3); k < edits; k++) {
        bytes[r.nextInt(bytes.length)] = (byte) alphabet.charAt(r.nextInt(alphabet.length()));
      }
      try {
        Lock lock = LockFile.parse(bytes);
        LockFile.format(lock); // what is read can be written
      } catch (LockFile.Malformed expected) {
        assertTrue(expected.line() >= 1 && !expected.getMessage().isEmpty());
      } catch (RuntimeException e) {
        fail("seed " + seed + ", edit " + i + ": " + e + " on\n" + new String(bytes, StandardCharsets.UTF_8), e);
      }
    }
  }
}
