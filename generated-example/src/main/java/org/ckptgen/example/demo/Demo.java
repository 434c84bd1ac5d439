package org.ckptgen.example.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ckptgen.image.ImageReader;
import org.ckptgen.image.tools.ImageDump;
import org.ckptgen.runtime.CkptFormatException;

/**
 * The demo's second half: Java writes every record kind of the container as an image with the
 * generated codecs; then, for that image and the checkpoint of the demo container, the Java
 * reader (by the image's own schema tables, as {@code ckpt dump} prints it) and {@code ckptinfo}
 * (built on the generated single-header C reader) must print the same text, field by field.
 *
 * <p>usage: {@code Demo DIR CKPTINFO}: writes {@code DIR/records.ckpt}, and reads it and
 * {@code DIR/container.ckpt} (if there) both ways. Exits 0 when Java and C agree, 1 otherwise.
 */
public final class Demo {
  private Demo() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    if (args.length != 2) {
      System.err.println("usage: Demo DIR CKPTINFO");
      System.exit(2);
    }
    Path dir = Files.createDirectories(Path.of(args[0]));
    Path records = dir.resolve("records.ckpt");
    ImageFile.write(Samples.container(), records, System.currentTimeMillis() * 1_000_000L);
    // a file of records, no checkpoint: each record is checked, not the image as a whole
    boolean agree = compare(records, args[1], "--records");
    Path container = dir.resolve("container.ckpt");
    if (Files.exists(container)) {
      agree &= compare(container, args[1]);
    }
    System.exit(agree ? 0 : 1);
  }

  private static boolean compare(Path image, String ckptinfo, String... options) throws IOException, InterruptedException {
    List<String> javaView;
    try (ImageReader r = ImageReader.open(image)) {
      javaView = ImageDump.text(r).lines().toList();
    } catch (CkptFormatException e) {
      System.err.println("Java could not read " + image + ": " + e.getMessage());
      return false;
    }
    List<String> command = new java.util.ArrayList<>(List.of(ckptinfo));
    command.addAll(List.of(options));
    command.add(image.toString());
    List<String> cView = run(command.toArray(new String[0]));
    System.out.println();
    System.out.println("ckptinfo " + image + " (C, through the generated container_ckpt_reader.h):");
    cView.forEach(line -> System.out.println("  " + line));
    int differences = 0;
    for (int i = 0; i < Math.max(javaView.size(), cView.size()); i++) {
      String j = i < javaView.size() ? javaView.get(i) : "(nothing)";
      String c = i < cView.size() ? cView.get(i) : "(nothing)";
      if (!j.equals(c)) {
        differences++;
        System.out.printf("%nline %d differs:%n  Java: %s%n  C:    %s%n", i, j, c);
      }
    }
    if (differences == 0) {
      System.out.printf("Java and C agree on all %d records of %s, field by field.%n", javaView.size() - 1,
          image.getFileName());
      return true;
    }
    System.out.printf("Java and C disagree on %d of %d lines of %s.%n", differences, javaView.size(), image.getFileName());
    return false;
  }

  private static List<String> run(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      System.err.println(command[0] + " failed with exit code " + p.exitValue());
      System.exit(1);
    }
    return out.lines().toList();
  }
}
