package org.ckptgen.example.demo;

import java.util.ArrayList;
import java.util.List;
import org.ckptgen.example.container.Capabilities;
import org.ckptgen.example.container.Cred;
import org.ckptgen.example.container.FileTable;
import org.ckptgen.example.container.GroupInfo;
import org.ckptgen.example.container.LsmLabel;
import org.ckptgen.example.container.MemoryPage;
import org.ckptgen.example.container.OpenFile;
import org.ckptgen.example.container.Rlimit;
import org.ckptgen.example.container.Rlimits;
import org.ckptgen.example.container.SecType;
import org.ckptgen.example.container.Task;
import org.ckptgen.example.container.TaskCreds;
import org.ckptgen.example.container.User;
import org.ckptgen.example.container.UserNs;
import org.ckptgen.example.container.UtsNs;

/**
 * The records of one small container, one of each struct, in the order linux-cr writes them:
 * shared objects before the records that refer to them. Values reach the edges of their types
 * (uids above 2^31, RLIM_INFINITY, negative exit codes) so that signedness mistakes show.
 */
public final class Samples {
  private Samples() {}

  public static List<Record> container() {
    List<Record> records = new ArrayList<>();
    records.add(new UserNs(0));                                      // objref 1: the root namespace
    records.add(new User(1000, 1));                                  // objref 2
    records.add(new GroupInfo(new int[] {4, 24, 27, 1000, 0x8000_0001}));  // objref 3
    records.add(new Cred(1000, 1000, 1000, 1000, 1000, 1000, 1000, 0xfffffffe, 2, 3,
        new Capabilities(0, 0x1_ffff_ffffL, 0x20_0000_0000L, 0xffff_ffff_ffff_ffffL, 0x2f)));  // objref 4
    records.add(new LsmLabel(SecType.CRED, "system_u:system_r:container_t:s0:c1,c2"));  // objref 5
    records.add(new UtsNs("Linux", "ckpt-demo", "6.1.0-ckpt", "#1 SMP PREEMPT_DYNAMIC", "x86_64", "(none)"));
    records.add(new Task(1, (byte) 0x81, 123_456_789_012L, true, -1, (short) 17, "init",
        new int[] {0x0000_4001, 0x8000_0000}));
    records.add(new TaskCreds(4, 4));
    Rlimit[] limits = new Rlimit[16];
    for (int i = 0; i < limits.length; i++) {
      limits[i] = new Rlimit(i == 7 ? 1024 : -1L, -1L);               // RLIMIT_NOFILE = 7; RLIM_INFINITY = ~0
    }
    records.add(new Rlimits(limits));
    records.add(new FileTable(new OpenFile[] {
        new OpenFile(0, 0x8002, 0, 5), new OpenFile(1, 0x8001, 1234, 5), new OpenFile(7, 0x80000, 1L << 40, 0)}));
    byte[] page = new byte[64];
    for (int i = 0; i < page.length; i++) {
      page[i] = (byte) (i * 37);
    }
    records.add(new MemoryPage(0x7fff_0000_1000L, 3, java.nio.ByteBuffer.wrap(page)));
    return records;
  }

  /** Records at the other edges: empty arrays and strings, full fixed strings, extreme values. */
  public static List<Record> edges() {
    String full = "0123456789abcdef".repeat(4);  // 64 bytes: all a char[65] holds
    Rlimit[] zero = new Rlimit[16];
    java.util.Arrays.fill(zero, new Rlimit(0, Long.MIN_VALUE));
    return List.of(
        new UserNs(Integer.MAX_VALUE),
        new User(0, 0),
        new GroupInfo(new int[0]),
        new Cred(0, 0xffffffff, 0, 0, 0, 0, 0, 0, 0, 0, new Capabilities(Long.MIN_VALUE, 0, 0, 0, 0xffffffff)),
        new LsmLabel(SecType.MSG_MSG, ""),
        new UtsNs(full, full, full, full, full, full),
        new Task(0xffffffff, (byte) 0, Long.MIN_VALUE, false, Integer.MIN_VALUE, (short) 0xffff,
            "fifteen-chars-x", new int[] {0, 0xffffffff}),
        new TaskCreds(0, Integer.MAX_VALUE),
        new Rlimits(zero),
        new FileTable(new OpenFile[0]),
        new MemoryPage(0, 0, java.nio.ByteBuffer.allocate(0)));
  }
}
