package org.ckptgen.example.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.ckptgen.example.Verdict;
import org.ckptgen.example.container.ContainerImageSchema;
import org.ckptgen.image.ImageChecker;
import org.ckptgen.image.ImageReader;
import org.ckptgen.image.ImageStream;
import org.ckptgen.image.Printable;
import org.ckptgen.image.TrustedSchema;
import org.ckptgen.processor.Gcc;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The readers of the container build against each other, on images nobody wrote by hand: every
 * file of every fuzz corpus (Java's and the C target's), and mutants of the seeds (bytes and
 * words changed, records dropped, repeated, swapped, the image cut short), each re-sealed so that
 * it reaches the checks behind the checksum. On each, the C reader (ckptinfo, 64- and 32-bit),
 * the mapped generic reader given the build's schema, the stream reader given it and restore's
 * check give one verdict (docs/FORMAT.md, "A valid image"): valid, or the same offset and reason.
 * Restore alone may refuse more, where a record's constructor rejects decoded values.
 *
 * <p>{@code -Dckptgen.crossverdict.seed=S} replays a run, {@code -Dckptgen.crossverdict.n=N}
 * makes N mutants (default 600) for a longer one.
 */
@Tag("fuzz")
class CrossReaderVerdictTest {
  private static final TrustedSchema BUILD = ContainerImageSchema.trusted();
  private static Path c64;
  private static Path c32;
  private static Path work;

  @BeforeAll
  static void build() throws Exception {
    work = Files.createDirectories(Path.of(System.getProperty("ckptgen.work", "target/test-c")).resolve("cross"));
    c64 = ckptinfo("-m64");
    c32 = ckptinfo("-m32");
  }

  private static Path ckptinfo(String bits) throws Exception {
    Path out = work.resolve("ckptinfo" + bits);
    List<String> command = new ArrayList<>(List.of("gcc"));
    command.addAll(Gcc.STRICT);
    command.addAll(List.of(bits, "-I" + CReaderFuzzTest.INCLUDE, "-o", out.toString(),
        Path.of(System.getProperty("ckptgen.csrc", "src/main/c")).resolve("ckptinfo.c").toString()));
    Gcc.Result r = Gcc.run(command);
    assertTrue(r.ok(), "gcc could not build ckptinfo " + bits + ":\n" + r.err());
    return out;
  }

  @Test
  void everyCorpusFileGetsOneVerdict() throws Exception {
    Map<String, byte[]> inputs = new LinkedHashMap<>();
    Path resources = Path.of("src/test/resources/org/ckptgen/example/fuzz");
    for (Path dir : List.of(resources, CReaderFuzzTest.CORPUS)) {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
          byte[] b = Files.readAllBytes(f);
          String name = dir.relativize(f).toString();
          // a recordsOnly harness gives its inputs the tables of its own corpus's seeds first
          inputs.put(name, name.contains("Inputs/recordsOnly/")
              ? Corpus.withShape(Corpus.shapes(harness(name)), b) : Seal.image(b));
        }
      }
    }
    assertTrue(inputs.size() > 40, "the corpora hold " + inputs.size() + " files");
    sameVerdicts(inputs, "corpus");
  }

  /** The fuzz test whose corpus holds {@code file} ({@code <Test>Inputs/<method>/<name>}). */
  private static Class<?> harness(String file) throws ClassNotFoundException {
    return Class.forName(CrossReaderVerdictTest.class.getPackageName() + "." + file.substring(0, file.indexOf("Inputs/")));
  }

  @Test
  void mutantsOfTheSeedsGetOneVerdict() throws Exception {
    long seed = Long.getLong("ckptgen.crossverdict.seed", System.nanoTime());
    int n = Integer.getInteger("ckptgen.crossverdict.n", 600);
    System.out.println("CrossReaderVerdictTest seed " + seed + " (-Dckptgen.crossverdict.seed=" + seed + " repeats it)");
    Random random = new Random(seed);
    List<byte[]> seeds = new ArrayList<>();
    for (byte[] s : Corpus.seeds().values()) {
      if (s.length <= 1 << 20) {
        seeds.add(s);
      }
    }
    Map<String, byte[]> mutants = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      byte[] s = seeds.get(random.nextInt(seeds.size()));
      mutants.put("mutant-" + i, Mutants.of(s, random));
    }
    sameVerdicts(mutants, "seed " + seed);
  }

  /** Every reader's verdict on each input: Java's in process, C's one process per file and width. */
  private static void sameVerdicts(Map<String, byte[]> inputs, String where) throws Exception {
    int valid = 0;
    int i = 0;
    for (Map.Entry<String, byte[]> e : inputs.entrySet()) {
      byte[] image = e.getValue();
      String name = e.getKey();
      String generic = Verdict.of(() -> {
        try (ImageReader r = open(image)) {
          ImageChecker.check(r, ImageChecker.Expectation.generic(BUILD));
        }
      });
      String streamed = Verdict.of(() -> {
        ImageStream s = ImageStream.open(new ByteArrayInputStream(image)).trust(BUILD);
        while (s.next() != null) {
          // every record checked as it arrives
        }
      });
      String restore = Verdict.of(() -> {
        try (ImageReader r = open(image)) {
          ImageChecker.check(r, new ImageChecker.Expectation(BUILD, ContainerImageSchema::codec));
        }
      });
      Path file = work.resolve("input-" + (i++ % 64));
      Files.write(file, image);
      String context = where + ", " + name + " (" + image.length + " bytes, kept as " + file + ")";
      assertEquals(generic, streamed, context + ": the stream reader");
      if (!(generic.equals("valid") && restore.contains("rejected the decoded values"))) {
        assertEquals(generic, restore, context + ": restore's check");
      }
      assertEquals(Printable.line(generic), ckptinfo(c64, file), context + ": ckptinfo -m64");
      assertEquals(Printable.line(generic), ckptinfo(c32, file), context + ": ckptinfo -m32");
      valid += generic.equals("valid") ? 1 : 0;
    }
    System.out.println("CrossReaderVerdictTest (" + where + "): " + inputs.size() + " images, " + valid + " valid");
  }

  private static ImageReader open(byte[] image) throws Exception {
    return ImageReader.open(Channels.newChannel(new ByteArrayInputStream(image)));
  }

  /** ckptinfo's verdict: "valid", or its one line without the program's and the file's names. */
  private static String ckptinfo(Path program, Path file) throws Exception {
    Gcc.Result r = Gcc.run(List.of(program.toString(), file.toString()));
    if (r.exit() == 0) {
      return "valid";
    }
    assertEquals(1, r.exit(), "ckptinfo " + file + ": " + r.err());
    String prefix = "ckptinfo: " + file + ": ";
    assertTrue(r.err().startsWith(prefix) && r.err().lines().count() == 1, r.err());
    return r.err().substring(prefix.length()).trim();
  }

  /** Mutations that keep an image readable far enough to reach the deep checks. */
  static final class Mutants {
    private static final int[] WORDS = {0, 1, 2, 7, 8, 0x7f, 0x80, 0xff, 0x100, 0xffff, 0x10000, 0x7fffffff,
        0x80000000, 0xffffffff, 0xfffffffe};

    private Mutants() {}

    static byte[] of(byte[] seed, Random random) {
      List<int[]> records = records(seed);
      int tables = Math.min(4, records.size());
      switch (random.nextInt(7)) {
        case 0: {  // a few bytes anywhere after the header, mostly among the records
          byte[] b = seed.clone();
          int from = random.nextInt(4) == 0 || records.size() <= tables ? 8 : records.get(tables)[0];
          for (int k = 1 + random.nextInt(3); k > 0; k--) {
            b[from + random.nextInt(b.length - from)] ^= (byte) (1 + random.nextInt(255));
          }
          return Seal.image(b);
        }
        case 1: {  // an aligned word set to an edge value
          byte[] b = seed.clone();
          int at = 4 * random.nextInt(b.length / 4);
          ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putInt(at, WORDS[random.nextInt(WORDS.length)]);
          return Seal.image(b);
        }
        case 2:  // a record dropped
          return records.size() > 1 ? Seal.image(without(seed, records, random.nextInt(records.size()))) : seed;
        case 3:  // a record written twice
          return records.isEmpty() ? seed : Seal.image(twice(seed, records, random.nextInt(records.size())));
        case 4:  // two records swapped
          return records.isEmpty() ? seed
              : Seal.image(swapped(seed, records, random.nextInt(records.size()), random.nextInt(records.size())));
        case 5:  // the image cut short, the trailer sealed over what is left where one is found
          return Seal.image(java.util.Arrays.copyOf(seed, 8 + random.nextInt(seed.length - 8)));
        default: {  // a byte of the header or tables, where the tables' rules and the trusted schema look
          byte[] b = seed.clone();
          int end = records.size() > tables ? records.get(tables)[0] : b.length;
          b[random.nextInt(end)] ^= (byte) (1 << random.nextInt(8));
          return Seal.image(b);
        }
      }
    }

    /** Every record before the trailer by the framing: {start, end}; stops where the framing breaks. */
    static List<int[]> records(byte[] image) {
      ByteBuffer le = ByteBuffer.wrap(image).order(ByteOrder.LITTLE_ENDIAN);
      List<int[]> out = new ArrayList<>();
      long at = 0;
      while (image.length - at >= 8 && le.getInt((int) at) != 4) {
        long end = at + ((Integer.toUnsignedLong(le.getInt((int) at + 4)) + 7) & ~7L);
        if (end <= at || end > image.length) {
          break;
        }
        out.add(new int[] {(int) at, (int) end});
        at = end;
      }
      return out;
    }

    /** {@code parts} of {@code image}, in order, then what follows its last record (the trailer). */
    private static byte[] splice(byte[] image, List<int[]> records, List<int[]> parts) {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      for (int[] p : parts) {
        out.write(image, p[0], p[1] - p[0]);
      }
      int tail = records.get(records.size() - 1)[1];
      out.write(image, tail, image.length - tail);
      return out.toByteArray();
    }

    private static byte[] without(byte[] image, List<int[]> records, int k) {
      List<int[]> parts = new ArrayList<>(records);
      parts.remove(k);
      return splice(image, records, parts);
    }

    private static byte[] twice(byte[] image, List<int[]> records, int k) {
      List<int[]> parts = new ArrayList<>(records);
      parts.add(k, records.get(k));
      return splice(image, records, parts);
    }

    private static byte[] swapped(byte[] image, List<int[]> records, int a, int b) {
      List<int[]> parts = new ArrayList<>(records);
      parts.set(a, records.get(b));
      parts.set(b, records.get(a));
      return splice(image, records, parts);
    }
  }
}
