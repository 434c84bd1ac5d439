package org.ckptgen.multimodule.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.ckptgen.cli.Ckpt;
import org.ckptgen.image.hook.Caller;
import org.ckptgen.image.hook.RestoreException;
import org.ckptgen.multimodule.ipc.IpcSection;
import org.ckptgen.multimodule.ipc.IpcSubsystem;
import org.ckptgen.multimodule.net.Endpoint;
import org.ckptgen.multimodule.net.NetSubsystem;
import org.ckptgen.multimodule.net.Socket;
import org.ckptgen.processor.Gcc;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One image from three modules (docs/MODULES.md): "net" (lib-a) and "ipc" (lib-b) are
 * contributions found on this module's class path, "proc" is this module's own. Random daemons
 * are checkpointed through the generated dispatch and restored; the generated C reader (the
 * example's ckptinfo, built for this image, 64- and 32-bit) prints what {@code ckpt dump} prints;
 * {@code ckpt verify --schema} takes the images by this build's schema file.
 */
class DaemonImageTest {
  private static final Path INCLUDE = Path.of(System.getProperty("ckptgen.include", "target/include"));
  private static final Path SCHEMA = Path.of("target/classes/META-INF/ckptgen/daemon.ckptschema");
  private static final long SEED = Long.getLong("ckptgen.multimodule.seed", System.nanoTime());
  private static final List<Path> CKPTINFO = new ArrayList<>();

  /** ckptinfo on this image's reader, as a C user builds it. */
  @BeforeAll
  static void buildCkptinfo() throws Exception {
    Path work = Files.createDirectories(Path.of(System.getProperty("ckptgen.work", "target/test-c")));
    for (String bits : List.of("64", "32")) {
      Path out = work.resolve("ckptinfo_daemon_" + bits);
      Gcc.Result r = Gcc.compile(null, bits, "-DCKPT_IMAGE=daemon", "-I" + INCLUDE, "-o", out.toString(),
          System.getProperty("ckptgen.ckptinfo"));
      assertTrue(r.ok(), "gcc -m" + bits + ": " + r.err());
      CKPTINFO.add(out);
    }
  }

  /** The live state of a daemon, made from {@code random}. */
  private record Daemon(NetSubsystem net, IpcSubsystem ipc, ProcSubsystem proc) {
    static Daemon random(Random random) {
      NetSubsystem net = new NetSubsystem();
      int sockets = random.nextInt(40);
      for (int i = 0; i < sockets; i++) {
        net.sockets.add(new Socket(endpoint(random), endpoint(random), (byte) random.nextInt(12)));
      }
      IpcSection queue = new IpcSection(random.nextInt(1 << 16), endpoint(random), text(random, random.nextInt(60)));
      ProcSection proc = new ProcSection(random.nextInt(), text(random, random.nextInt(16)), endpoint(random));
      return new Daemon(net, new IpcSubsystem(queue), new ProcSubsystem(proc));
    }

    static Daemon empty() {
      return new Daemon(new NetSubsystem(), new IpcSubsystem(null), new ProcSubsystem(null));
    }

    DaemonImageDispatch dispatch() {
      return DaemonImageDispatch.builder().net(net).ipc(ipc).proc(proc).build();
    }
  }

  private static Endpoint endpoint(Random random) {
    return new Endpoint(random.nextInt(), (short) random.nextInt(1 << 16));
  }

  /** Up to {@code length} bytes of UTF-8: ASCII letters and digits, and now and then a two-byte letter. */
  private static String text(Random random, int length) {
    StringBuilder b = new StringBuilder();
    int bytes = 0;
    while (bytes < length) {
      if (random.nextInt(8) == 0 && bytes + 2 <= length) {
        b.append((char) ('\u00e0' + random.nextInt(26)));
        bytes += 2;
      } else {
        b.append("abcdefghijklmnopqrstuvwxyz0123456789".charAt(random.nextInt(36)));
        bytes++;
      }
    }
    return b.toString();
  }

  @Test
  void randomDaemonsRoundTripAndEveryReaderAgrees(@TempDir Path dir) throws Exception {
    Random random = new Random(SEED);
    for (int i = 0; i < 12; i++) {
      String where = "seed " + SEED + ", daemon " + i;
      Daemon live = Daemon.random(random);
      Path image = dir.resolve("daemon-" + i + ".ckpt");
      live.dispatch().checkpoint(image);

      Daemon back = Daemon.empty();
      back.dispatch().restore(image, Caller.user(1000, 1000), Set.of());
      assertEquals(live.net().sockets, back.net().sockets, where + ": net");
      assertEquals(live.ipc().queue, back.ipc().queue, where + ": ipc");
      assertEquals(live.proc().proc, back.proc().proc, where + ": proc");

      Ckpt.Captured verify = Ckpt.capture("verify", "--schema", SCHEMA.toString(), image.toString());
      assertEquals(0, verify.exit(), where + ": ckpt verify --schema: " + verify.err());
      Ckpt.Captured dump = Ckpt.capture("dump", image.toString());
      assertEquals(0, dump.exit(), where + ": ckpt dump: " + dump.err());
      for (String section : List.of("ckpt_hdr_net_section", "ckpt_hdr_ipc_section", "ckpt_hdr_proc_section")) {
        assertTrue(dump.out().contains(section), where + ": " + section + " in\n" + dump.out());
      }
      for (Path ckptinfo : CKPTINFO) {
        Gcc.Result r = Gcc.run(List.of(ckptinfo.toString(), image.toString()));
        assertEquals(0, r.exit(), where + ": " + ckptinfo.getFileName() + ": " + r.err());
        assertEquals(dump.out(), r.out(), where + ": " + ckptinfo.getFileName() + " against ckpt dump");
      }
    }
  }

  /** A changed byte: every reader refuses the image, at the same offset. */
  @Test
  void aDamagedImageIsRefusedByEveryReader(@TempDir Path dir) throws Exception {
    Random random = new Random(SEED + 1);
    Path image = dir.resolve("daemon.ckpt");
    Daemon.random(random).dispatch().checkpoint(image);
    byte[] bytes = Files.readAllBytes(image);
    int at = random.nextInt(bytes.length);
    bytes[at] ^= (byte) (1 + random.nextInt(255));
    Files.write(image, bytes);
    String where = "seed " + SEED + ", byte " + at + " changed";

    Ckpt.Captured verify = Ckpt.capture("verify", "--schema", SCHEMA.toString(), image.toString());
    assertEquals(1, verify.exit(), where + ": ckpt verify: " + verify.out() + verify.err());
    for (Path ckptinfo : CKPTINFO) {
      Gcc.Result r = Gcc.run(List.of(ckptinfo.toString(), image.toString()));
      assertEquals(1, r.exit(), where + ": " + ckptinfo.getFileName());
    }
    Daemon back = Daemon.empty();
    assertThrows(Exception.class, () -> back.dispatch().restore(image, Caller.user(1000, 1000), Set.of()), where);
    assertTrue(back.net().sockets.isEmpty() && back.ipc().queue == null && back.proc().proc == null, where);
  }

  /** A hook's refusal names the library's subsystem; nothing restored before it stays. */
  @Test
  void aLibrarySubsystemsRefusalAbortsTheRestore(@TempDir Path dir) throws Exception {
    Random random = new Random(SEED + 2);
    Daemon live = Daemon.random(random);
    IpcSection q = live.ipc().queue;
    live.ipc().queue = new IpcSection((1 << 16) + 1 + random.nextInt(1000), q.peer(), q.name());
    Path image = dir.resolve("full.ckpt");
    live.dispatch().checkpoint(image);
    Daemon back = Daemon.empty();
    RestoreException e = assertThrows(RestoreException.class,
        () -> back.dispatch().restore(image, Caller.user(1000, 1000), Set.of()));
    assertTrue(e.getMessage().contains("ipc"), e.getMessage());
    assertTrue(back.net().sockets.isEmpty() && back.proc().proc == null, "seed " + SEED);
  }

  /** One header describes every module's structs; the image's subsystem table lists every module's subsystems. */
  @Test
  void theHeaderAndTablesHoldEveryModulesStructs(@TempDir Path dir) throws Exception {
    String header = Files.readString(INCLUDE.resolve("daemon_ckpt_hdr.h"), StandardCharsets.UTF_8);
    for (String s : List.of("struct ckpt_endpoint {", "struct ckpt_hdr_socket {", "struct ckpt_hdr_net_section {",
        "struct ckpt_hdr_ipc_section {", "struct ckpt_hdr_proc_section {")) {
      assertTrue(header.contains(s), s);
    }
    // lib-a's Javadoc, carried by its contributions, since class files keep none
    assertTrue(header.contains("/* An open socket, written once however many sections refer to it. */"), header);
    assertTrue(header.contains("\t/* the TCP state */\n\t__u8 state;"), header);
    // the libraries' codecs are theirs: this build generated none of them again
    assertTrue(Files.notExists(Path.of("target/classes/org/ckptgen/multimodule/net")), "lib-a's codecs compiled here");
    assertTrue(Files.notExists(Path.of("target/classes/org/ckptgen/multimodule/ipc")), "lib-b's codecs compiled here");
    Path image = dir.resolve("daemon.ckpt");
    Daemon.random(new Random(SEED + 3)).dispatch().checkpoint(image);
    Ckpt.Captured info = Ckpt.capture("info", "--schema", SCHEMA.toString(), image.toString());
    assertEquals(0, info.exit(), info.err());
    for (String name : List.of("ipc", "net", "proc")) {
      assertTrue(info.out().contains(name), name + " in\n" + info.out());
    }
  }
}
