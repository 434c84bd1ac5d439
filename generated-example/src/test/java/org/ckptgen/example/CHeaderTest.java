package org.ckptgen.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ckptgen.example.container.CredCodec;
import org.ckptgen.example.container.FileTableCodec;
import org.ckptgen.example.container.GroupInfoCodec;
import org.ckptgen.example.container.LsmLabelCodec;
import org.ckptgen.example.container.MemoryPageCodec;
import org.ckptgen.example.container.RlimitsCodec;
import org.ckptgen.example.container.TaskCodec;
import org.ckptgen.example.container.TaskCredsCodec;
import org.ckptgen.example.container.UserCodec;
import org.ckptgen.example.container.UserNsCodec;
import org.ckptgen.example.container.UtsNsCodec;
import org.ckptgen.processor.Gcc;
import org.junit.jupiter.api.Test;

/**
 * The generated container header, judged by gcc: it compiles cleanly 32- and 64-bit with
 * -Wpadded, and what gcc lays out is the same on both, equal to the Java codecs' sizes and to
 * linux-cr's layout of the seed structs, worked out by hand.
 */
class CHeaderTest {
  private static final String EXPECTED = String.join("\n",
      "ckpt_capabilities size 40",
      "ckpt_capabilities cap_i_mask 0", "ckpt_capabilities cap_bset_mask 24",
      "ckpt_capabilities securebits 32", "ckpt_capabilities __pad1 36",
      "ckpt_hdr_cred size " + CredCodec.SIZE,
      "ckpt_hdr_cred uid 8", "ckpt_hdr_cred fsgid 36", "ckpt_hdr_cred user_ref 40",
      "ckpt_hdr_cred groupinfo_ref 44", "ckpt_hdr_cred cap_s 48",
      "ckpt_hdr_groupinfo size " + GroupInfoCodec.SIZE,
      "ckpt_hdr_groupinfo ngroups 8", "ckpt_hdr_groupinfo groups 16",
      "ckpt_hdr_lsm size " + LsmLabelCodec.SIZE,
      "ckpt_hdr_lsm sectype 8", "ckpt_hdr_lsm __pad1 9", "ckpt_hdr_lsm label_len 12", "ckpt_hdr_lsm label 16",
      "ckpt_hdr_task size " + TaskCodec.SIZE,
      "ckpt_hdr_task pid 8", "ckpt_hdr_task state 12", "ckpt_hdr_task __pad1 13", "ckpt_hdr_task start_time 16",
      "ckpt_hdr_task frozen 24", "ckpt_hdr_task exit_code 28", "ckpt_hdr_task exit_signal 32",
      "ckpt_hdr_task comm 34", "ckpt_hdr_task __pad3 50", "ckpt_hdr_task blocked_signals 52",
      "ckpt_hdr_user_struct size " + UserCodec.SIZE,
      "ckpt_hdr_user_ns size " + UserNsCodec.SIZE,
      "ckpt_hdr_utsns size " + UtsNsCodec.SIZE,
      "ckpt_hdr_task_creds size " + TaskCredsCodec.SIZE,
      "ckpt_hdr_rlimits size " + RlimitsCodec.SIZE,
      "ckpt_hdr_file_table size " + FileTableCodec.SIZE,
      "ckpt_hdr_memory_page size " + MemoryPageCodec.SIZE) + "\n";

  @Test
  void compilesWithNoPaddingWarning32And64Bit() throws Exception {
    Path work = CTool.work();
    Path only = Files.writeString(work.resolve("only_include.c"),
        "#include \"container_ckpt_hdr.h\"\nint main(void) { return 0; }\n");
    for (String bits : List.of("-m64", "-m32")) {
      CTool.build(only, work.resolve("only_include" + bits), bits);
    }
  }

  @Test
  void gccLaysOutWhatJavaWritesOnBothWidths() throws Exception {
    Path work = CTool.work();
    for (String bits : List.of("-m64", "-m32")) {
      Path program = CTool.build(CTool.TEST_C.resolve("layout.c"), work.resolve("layout" + bits), bits);
      Gcc.Result r = CTool.run(List.of(program.toString()));
      assertEquals(0, r.exit(), r.err());
      assertEquals(EXPECTED, r.out(), "layout with " + bits);
    }
  }

  /** The header says which references may be 0: the optional ones, and only they. */
  @Test
  void theHeaderSaysWhichObjrefsMayBeNone() throws Exception {
    String h = Files.readString(CTool.INCLUDE.resolve("container_ckpt_hdr.h"));
    for (String optional : List.of("creator_ref", "label_ref")) {
      assertTrue(java.util.regex.Pattern.compile("objref of a struct [a-z_]+, 0 for none\\s*\\*/\\s*__s32 " + optional + ";")
          .matcher(h).find(), optional);
    }
    for (String required : List.of("user_ref", "groupinfo_ref", "userns_ref", "cred_ref", "ecred_ref", "files_ref")) {
      assertTrue(java.util.regex.Pattern.compile("objref of a struct [a-z_]+; required: a restore refuses 0\\s*\\*/\\s*__s32 "
          + required + ";").matcher(h).find(), required);
    }
  }

  @Test
  void handComputedSizesAgreeWithLinuxCr() {
    assertEquals(88, CredCodec.SIZE);       // ckpt_hdr_cred: header, 8 ids, 2 refs, ckpt_capabilities
    assertEquals(16, GroupInfoCodec.SIZE);  // header, ngroups, padding; groups[] follow
    assertEquals(16, UserCodec.SIZE);
    assertEquals(16, UserNsCodec.SIZE);
    assertEquals(64, TaskCodec.SIZE);
    assertEquals(400, UtsNsCodec.SIZE);     // 8 + 6 * 65 = 398, rounded to 8
  }
}
