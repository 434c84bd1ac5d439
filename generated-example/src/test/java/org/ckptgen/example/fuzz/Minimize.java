package org.ckptgen.example.fuzz;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * Shrinks a finding of a fuzz test to a small image that fails the same way (the same Throwable
 * class, thrown from the same place in ckptgen's code): chunks removed, then bytes set to zero,
 * each change kept where the failure stays. The result is a whole image, sealed, for the test's
 * {@code wholeImage} corpus (a {@code recordsOnly} finding is first put after its tables).
 *
 * <pre>mvn -B -q test-compile exec:java -pl generated-example -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.ckptgen.example.fuzz.Minimize -Dexec.args="GenericReaderFuzzTest wholeImage CRASH OUT"</pre>
 */
public final class Minimize {
  private Minimize() {}

  private interface Target {
    void read(byte[] image) throws Exception;
  }

  private static final Map<String, Target> TARGETS = Map.of(
      "GenericReaderFuzzTest", GenericReaderFuzzTest::read,
      "ImageStreamFuzzTest", ImageStreamFuzzTest::read,
      "TypedReaderFuzzTest", TypedReaderFuzzTest::read,
      "RestoreFuzzTest", RestoreFuzzTest::restore,
      "RemapFuzzTest", RemapFuzzTest::remap);

  public static void main(String[] args) throws Exception {
    if (args.length != 4 || !TARGETS.containsKey(args[0]) || !args[1].matches("wholeImage|recordsOnly")) {
      System.err.println("usage: Minimize TEST wholeImage|recordsOnly CRASH OUT; TEST one of " + TARGETS.keySet());
      System.exit(2);
    }
    Target target = TARGETS.get(args[0]);
    byte[] input = Files.readAllBytes(Path.of(args[2]));
    byte[] image = args[1].equals("wholeImage") ? Seal.image(input)
        : args[0].startsWith("Typed") || args[0].startsWith("Restore") ? Seal.withTables(Corpus.CONTAINER_TABLES, input)
        : Corpus.withShape(Corpus.shapes(Class.forName(Minimize.class.getPackageName() + "." + args[0])), input);
    String failure = failure(target, image);
    if (failure == null) {
      System.err.println(args[2] + ": " + args[0] + " reads it without a failure");
      System.exit(1);
    }
    System.err.println("failure: " + failure + " (" + image.length + " bytes)");
    for (int chunk = Integer.highestOneBit(Math.max(image.length / 2, 8)); chunk >= 8; chunk /= 2) {
      for (int at = 0; at + chunk <= image.length; ) {
        byte[] smaller = new byte[image.length - chunk];
        System.arraycopy(image, 0, smaller, 0, at);
        System.arraycopy(image, at + chunk, smaller, at, image.length - at - chunk);
        smaller = Seal.image(smaller);
        if (failure.equals(failure(target, smaller))) {
          image = smaller;
        } else {
          at += chunk;
        }
      }
    }
    for (int i = 0; i < image.length; i++) {
      if (image[i] != 0) {
        byte[] zeroed = image.clone();
        zeroed[i] = 0;
        zeroed = Seal.image(zeroed);
        if (failure.equals(failure(target, zeroed))) {
          image = zeroed;
        }
      }
    }
    Files.write(Path.of(args[3]), image);
    System.err.println("wrote " + args[3] + ": " + image.length + " bytes, " + nonZero(image) + " of them not 0");
  }

  /** How fuzz test {@code test}'s read of {@code image} ends: "passes", or its failure. */
  static String outcome(String test, byte[] image) {
    String failure = failure(TARGETS.get(test), image);
    return failure == null ? "passes" : failure;
  }

  /** The Throwable class and the ckptgen frame it came from, or null if {@code image} fails nothing. */
  private static String failure(Target target, byte[] image) {
    try {
      target.read(image);
      return null;
    } catch (Throwable t) {
      Throwable root = t instanceof AssertionError && t.getCause() != null ? t.getCause() : t;
      String where = Arrays.stream(root.getStackTrace())
          .filter(f -> f.getClassName().startsWith("org.ckptgen.") && !f.getClassName().startsWith("org.ckptgen.example.fuzz."))
          .findFirst().map(f -> f.getClassName() + "." + f.getMethodName()).orElse("?");
      // a broken property: its message up to the details (reader, then what); else the Throwable's class
      String what = t instanceof AssertionError ? t.getMessage().replaceAll("(?s)^([^:]*:[^:]*).*", "$1").replaceAll("[0-9]+", "N")
          : root.getClass().getName();
      return what + " at " + where;
    }
  }

  private static long nonZero(byte[] b) {
    long n = 0;
    for (byte x : b) {
      n += x != 0 ? 1 : 0;
    }
    return n;
  }
}
