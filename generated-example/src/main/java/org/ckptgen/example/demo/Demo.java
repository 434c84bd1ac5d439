package org.ckptgen.example.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ckptgen.runtime.CkptFormatException;

/**
 * The demo: Java writes the records of a small container as an image (header with schema
 * table, section, records, CRC32C trailer) with the generated codecs, reads it back, and a C
 * program built against the generated header reads the same file; the two views must agree
 * field by field.
 *
 * <p>usage: {@code Demo DIR DUMP_IMAGE}: writes {@code DIR/records.ckpt} and runs the
 * {@code dump_image} binary on it. Exits 0 when Java and C agree, 1 otherwise.
 */
public final class Demo {
  private Demo() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    if (args.length != 2) {
      System.err.println("usage: Demo DIR DUMP_IMAGE");
      System.exit(2);
    }
    Path dir = Files.createDirectories(Path.of(args[0]));
    Path file = dir.resolve("records.ckpt");
    List<Record> records = Samples.container();
    ImageFile.write(records, file, System.currentTimeMillis() * 1_000_000L);
    List<String> javaView;
    try {
      ImageFile.Contents contents = ImageFile.read(file);
      javaView = ImageFile.text(contents);
      System.out.printf("Java wrote %d records (%d with header, section and trailer), %d bytes, CRC32C 0x%08x, to %s%n",
          records.size(), javaView.size(), Files.size(file), contents.trailer().crc32c(), file);
    } catch (CkptFormatException e) {
      System.err.println("Java could not read its own image: " + e.getMessage());
      System.exit(1);
      return;
    }
    List<String> cView = run(args[1], file.toString());

    System.out.println();
    System.out.println("C (dump_image, through container_ckpt_hdr.h) reads:");
    cView.forEach(line -> System.out.println("  " + line));
    int differences = 0;
    for (int i = 0; i < Math.max(javaView.size(), cView.size()); i++) {
      String j = i < javaView.size() ? javaView.get(i) : "(nothing)";
      String c = i < cView.size() ? cView.get(i) : "(nothing)";
      if (!j.equals(c)) {
        differences++;
        System.out.printf("%nrecord %d differs:%n  Java: %s%n  C:    %s%n", i, j, c);
      }
    }
    System.out.println();
    if (differences == 0) {
      System.out.printf("Java and C agree on all %d records, field by field, and on the checksum.%n", javaView.size());
    } else {
      System.out.printf("Java and C disagree on %d of %d records.%n", differences, javaView.size());
      System.exit(1);
    }
  }

  private static List<String> run(String program, String file) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(program, file).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      System.err.println(program + " failed with exit code " + p.exitValue());
      System.exit(1);
    }
    return out.lines().toList();
  }
}
