package org.ckptgen.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import org.ckptgen.image.ImageHeader;
import org.ckptgen.image.ImageWriter;
import org.ckptgen.image.ObjectRef;
import org.ckptgen.image.ObjectRefCodec;
import org.ckptgen.image.SchemaEntry;
import picocli.CommandLine;

/**
 * Build steps of {@code mvn package}, run from the shaded jar: {@code files TARGET LAUNCHER}
 * writes the launcher and the completion scripts beside the jar; {@code train} runs ckpt's
 * commands once, under {@code -XX:ArchiveClassesAtExit}, so that the class-data archive holds
 * what a command loads.
 */
public final class Packaging {
  private Packaging() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 3 && args[0].equals("files")) {
      files(Path.of(args[1]), Path.of(args[2]));
    } else if (args.length == 1 && args[0].equals("train")) {
      train();
    } else {
      throw new IllegalArgumentException("usage: Packaging files TARGET LAUNCHER | train");
    }
  }

  private static void files(Path target, Path launcher) throws Exception {
    Path ckpt = target.resolve("ckpt");
    Files.copy(launcher, ckpt, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Files.setPosixFilePermissions(ckpt, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path completion = Files.createDirectories(target.resolve("completion"));
    Files.writeString(completion.resolve("ckpt.bash"), Ckpt.Completion.script(Ckpt.Completion.Shell.bash));
    Files.writeString(completion.resolve("ckpt.zsh"), Ckpt.Completion.script(Ckpt.Completion.Shell.zsh));
  }

  private static void train() throws Exception {
    Path dir = Files.createTempDirectory("ckpt-train-");
    try {
      Path image = dir.resolve("train.ckpt");
      try (FileChannel ch = FileChannel.open(image, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
        ImageWriter w = new ImageWriter(ch, ImageHeader.of("train", 1, 1L, new SchemaEntry[0], 0L));
        w.beginSection("train");
        w.writeObject(ObjectRefCodec.INSTANCE, new ObjectRef(1, 1));
        w.finish();
      }
      String img = image.toString();
      String[][] runs = {{"info", img}, {"verify", img}, {"dump", img}, {"dump", "--json", img}, {"diff", img, img},
          {"--help"}, {"info", dir.resolve("missing").toString()}};
      for (String[] run : runs) {
        CommandLine cl = Ckpt.commandLine();
        cl.setOut(new PrintWriter(Writer.nullWriter()));
        cl.setErr(new PrintWriter(Writer.nullWriter()));
        cl.execute(run);
      }
    } finally {
      try (var files = Files.list(dir)) {
        for (Path p : files.toList()) {
          Files.delete(p);
        }
      }
      Files.delete(dir);
    }
  }
}
