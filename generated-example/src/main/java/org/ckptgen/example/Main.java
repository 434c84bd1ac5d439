package org.ckptgen.example;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.ckptgen.example.container.ContainerImageDispatch;
import org.ckptgen.example.model.Model;
import org.ckptgen.example.model.SampleContainer;
import org.ckptgen.example.subsystems.CredSubsystem;
import org.ckptgen.example.subsystems.GroupInfoSubsystem;
import org.ckptgen.example.subsystems.LsmSubsystem;
import org.ckptgen.example.subsystems.TaskSubsystem;
import org.ckptgen.example.subsystems.UserSubsystem;
import org.ckptgen.example.subsystems.UtsSubsystem;
import org.ckptgen.image.ImageReader;
import org.ckptgen.image.Printable;
import org.ckptgen.image.RecordView;
import org.ckptgen.image.SectionCodec;
import org.ckptgen.image.Trailer;
import org.ckptgen.image.hook.Caller;
import org.ckptgen.image.hook.RestoreContext;
import org.ckptgen.image.hook.RestoreException;
import org.ckptgen.runtime.CkptFormatException;

/**
 * The example's command line ({@code java -jar ckptgen-example.jar}):
 *
 * <pre>
 *   demo DIR                         checkpoint the model container to DIR/container.ckpt, restore it
 *                                    as an unprivileged and as a privileged caller, print a summary
 *   restore IMAGE [--unprivileged]   restore IMAGE into a fresh container and print a summary
 * </pre>
 *
 * <p>Exit codes: 0 done; 1 the image is bad or a restore was refused (one line on stderr says
 * where and why); 2 wrong usage or an I/O error (one line on stderr). Every string that comes
 * from an image is printed escaped ({@link Printable}).
 */
public final class Main {
  /** The unprivileged caller of the demo: user 1000, in groups 24 and 1000, without capabilities. */
  static final Caller USER = Caller.user(1000, 1000, 24, 1000);

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  static int run(String[] args) {
    try {
      if (args.length == 2 && args[0].equals("demo")) {
        return demo(Path.of(args[1]));
      }
      if ((args.length == 2 || (args.length == 3 && args[2].equals("--unprivileged"))) && args[0].equals("restore")) {
        return restore(Path.of(args[1]), args.length == 3, System.err);
      }
      System.err.println("usage: demo DIR | restore IMAGE [--unprivileged]");
      return 2;
    } catch (IOException e) {
      System.err.println(Printable.line("error: " + e.getMessage()));
      return 2;
    }
  }

  /** The dispatch over a container's six subsystems (public for the benchmarks). */
  public static ContainerImageDispatch dispatch(Model.Container c) {
    return ContainerImageDispatch.builder().cred(new CredSubsystem(c)).groupinfo(new GroupInfoSubsystem(c))
        .lsm(new LsmSubsystem(c)).task(new TaskSubsystem(c)).user(new UserSubsystem(c)).uts(new UtsSubsystem(c))
        .build();
  }

  private static int demo(Path dir) throws IOException {
    Files.createDirectories(dir);
    Path image = dir.resolve("container.ckpt");
    Model.Container running = SampleContainer.demo();
    Trailer trailer;
    try {
      trailer = dispatch(running).checkpoint(image);
    } catch (org.ckptgen.image.hook.CheckpointException e) {
      System.err.println(Printable.line("checkpoint failed: " + e.getMessage()));
      return 1;
    }
    System.out.printf("checkpointed %d tasks to %s: %d bytes, %d records, CRC32C 0x%08x%n",
        running.tasks.size(), image, Files.size(image), trailer.nrecords() + 1, trailer.crc32c());
    printSections(image);

    System.out.println();
    System.out.println("restore as " + USER + ":");
    int unprivileged = restore(image, true, System.out);  // the refusal is part of the demo's story
    System.out.println();
    System.out.println("restore as " + Caller.privileged() + ", keeping LSM labels:");
    int privileged = restore(image, false, System.out);
    return unprivileged == 1 && privileged == 0 ? 0 : 1;
  }

  /** Records per subsystem: its shared objects and its state. */
  private static void printSections(Path image) throws IOException {
    Map<String, int[]> counts = new LinkedHashMap<>();
    try (ImageReader r = ImageReader.open(image)) {
      r.verify();
      String section = null;
      for (RecordView v : r.records()) {
        if (v.type() == SectionCodec.TYPE) {
          section = v.decode(SectionCodec.INSTANCE).subsystem();
          counts.put(section, new int[2]);
        } else if (v.type() != 0x0003) {
          counts.get(section)[0]++;
          counts.get(section)[1] += v.length();
        }
      }
    } catch (CkptFormatException e) {
      throw new IOException("the image just written is bad: " + e.getMessage(), e);
    }
    System.out.println("  subsystem   records  bytes");
    counts.forEach((name, c) -> System.out.printf("  %-10s %8d %6d%n", Printable.escape(name), c[0], c[1]));
  }

  /** Restores {@code image} into a fresh container; a refusal or a bad image is one line on {@code refusals}. */
  private static int restore(Path image, boolean unprivileged, PrintStream refusals) throws IOException {
    Model.Container fresh = new Model.Container();
    CredSubsystem cred = new CredSubsystem(fresh);
    GroupInfoSubsystem groups = new GroupInfoSubsystem(fresh);
    LsmSubsystem lsm = new LsmSubsystem(fresh);
    TaskSubsystem task = new TaskSubsystem(fresh);
    UserSubsystem user = new UserSubsystem(fresh);
    UtsSubsystem uts = new UtsSubsystem(fresh);
    ContainerImageDispatch d = ContainerImageDispatch.builder().cred(cred).groupinfo(groups)
        .lsm(lsm).task(task).user(user).uts(uts).build();
    try {
      d.restore(image, unprivileged ? USER : Caller.privileged(),
          unprivileged ? Set.of() : Set.of(RestoreContext.Flag.KEEP_LSM));
    } catch (CkptFormatException e) {
      refusals.println(Printable.line(image + ": " + e.getMessage()));
      return 1;
    } catch (RestoreException e) {
      // the subsystem that failed says why in its own words; a hook that threw has only the reason
      String why = Arrays.asList(cred.refused, groups.refused, lsm.refused, task.refused, user.refused, uts.refused)
          .stream().filter(Objects::nonNull).findFirst().orElse(e.reason());
      refusals.println(Printable.line("  refused: " + e.getMessage() + ": " + why + "; nothing was restored"));
      return 1;
    }
    System.out.printf("  restored %d tasks on host \"%s\":%n", fresh.tasks.size(), Printable.escape(fresh.uts.nodename()));
    for (Model.Task t : fresh.tasks) {
      System.out.printf("    %5d %-9s uid %s gid %s groups %s label %s%n", t.pid, Printable.escape(t.comm),
          Integer.toUnsignedString(t.cred.uid), Integer.toUnsignedString(t.cred.gid),
          groupList(t.cred.groups.ids), Printable.escape(t.label.text));
    }
    return 0;
  }

  private static String groupList(int[] ids) {
    StringBuilder s = new StringBuilder("[");
    for (int i = 0; i < ids.length; i++) {
      s.append(i == 0 ? "" : ", ").append(Integer.toUnsignedString(ids[i]));
    }
    return s.append(']').toString();
  }
}
