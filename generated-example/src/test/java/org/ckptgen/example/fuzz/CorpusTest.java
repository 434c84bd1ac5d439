package org.ckptgen.example.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.ckptgen.image.GenericDecoder;
import org.ckptgen.image.ImageReader;
import org.ckptgen.image.RecordView;
import org.ckptgen.runtime.CkptFormatException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The fuzz corpus's seeds: valid images of this build, from which the fuzzers start. A change
 * of the format or of the sample containers leaves them stale; this test then fails, and
 *
 * <pre>mvn -B test -pl generated-example -Dtest=CorpusTest -Dckptgen.fuzz.reseed=true -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * writes them again into src/test/resources ({@link Corpus#seeds()}; the seeds of other image
 * kinds, {@code seed-anystruct-*}, are kept as they are). Only files named {@code seed-*} are
 * seeds; the other inputs of the corpus (past findings, minimized) stay as they were found.
 */
@Tag("fuzz")
class CorpusTest {
  /** Every fuzz test, and whether its records-only input starts with a byte choosing the tables. */
  private static final Map<Class<?>, Boolean> TESTS = Map.of(GenericReaderFuzzTest.class, true,
      ImageStreamFuzzTest.class, true, TypedReaderFuzzTest.class, false, RestoreFuzzTest.class, false,
      RemapFuzzTest.class, true);

  @Test
  void everySeedIsAValidImageOfThisBuild() throws Exception {
    Map<String, byte[]> seeds = Corpus.seeds();
    if (Boolean.getBoolean("ckptgen.fuzz.reseed")) {
      // the class path holds the copies of the seeds made before this run: the next run checks these
      reseed(seeds);
      return;
    }
    List<String> stale = new ArrayList<>();
    for (Map.Entry<Class<?>, Boolean> test : TESTS.entrySet()) {
      List<Path> whole = Corpus.seedFiles(test.getKey(), "wholeImage");
      List<Path> records = Corpus.seedFiles(test.getKey(), "recordsOnly");
      assertTrue(whole.size() >= seeds.size(), test.getKey().getSimpleName() + " has " + whole.size() + " seeds");
      assertTrue(records.size() >= seeds.size(), test.getKey().getSimpleName() + " has " + records.size() + " seeds");
      for (Path seed : whole) {
        check(seed, Files.readAllBytes(seed), stale);
      }
      List<byte[]> shapes = Corpus.shapes(test.getKey());
      for (Path seed : records) {
        byte[] input = Files.readAllBytes(seed);
        check(seed, test.getValue() ? Corpus.withShape(shapes, input) : Seal.withTables(Corpus.CONTAINER_TABLES, input),
            stale);
      }
    }
    try (java.util.stream.Stream<Path> files = Files.list(CReaderFuzzTest.CORPUS)) {
      List<Path> c = files.filter(f -> f.getFileName().toString().startsWith("seed-")).sorted().toList();
      assertTrue(c.size() >= seeds.size(), "the C reader's corpus has " + c.size() + " seeds");
      for (Path seed : c) {
        check(seed, Files.readAllBytes(seed), stale);
      }
    }
    if (!stale.isEmpty()) {
      fail("stale fuzz seeds (write them again: mvn -B test -pl generated-example -Dtest=CorpusTest "
          + "-Dckptgen.fuzz.reseed=true -Dsurefire.failIfNoSpecifiedTests=false):\n  " + String.join("\n  ", stale));
    }
  }

  /** A container image must be read by the typed reader; one of another kind by the generic reader. */
  private static void check(Path seed, byte[] image, List<String> stale) throws Exception {
    try (ImageReader r = ImageReader.open(Channels.newChannel(new ByteArrayInputStream(image)))) {
      r.verify();
      if (r.header().imageName().equals("container")) {
        // this build's tables (some seeds are files of records or the schema file, not checkpoints)
        r.trust(org.ckptgen.example.container.ContainerImageSchema.trusted());
      }
      GenericDecoder decoder = new GenericDecoder(r.layout());
      for (RecordView v : r.records()) {
        decoder.json(v, new StringBuilder());
      }
    } catch (CkptFormatException e) {
      stale.add(seed.getParent().getParent().getFileName() + "/" + seed.getParent().getFileName() + "/"
          + seed.getFileName() + ": " + e.getMessage());
    }
  }

  @Test
  void sealingAValidImageKeepsItsBytes() throws Exception {
    for (byte[] image : Corpus.seeds().values()) {
      assertTrue(Arrays.equals(image, Seal.image(image)));
      assertTrue(Arrays.equals(image, Seal.withTables(Seal.tables(image), Seal.records(image))));
    }
  }

  /** What Seal is for: a random change of a byte, sealed, is never refused by the trailer's checks. */
  @Test
  void aSealedChangeGetsPastTheTrailer() throws Exception {
    java.util.Random random = new java.util.Random(12);
    for (byte[] image : Corpus.seeds().values()) {
      for (int i = 0; i < 200; i++) {
        byte[] changed = image.clone();
        changed[random.nextInt(image.length - 40)] ^= (byte) (1 + random.nextInt(255));
        try (ImageReader r = ImageReader.open(Channels.newChannel(new ByteArrayInputStream(Seal.image(changed))))) {
          r.verify();
        } catch (CkptFormatException e) {
          assertFalse(e.reason().startsWith("checksum mismatch") || e.reason().startsWith("the trailer counts")
              || e.reason().startsWith("the trailer says"), e.getMessage());
        }
      }
    }
  }

  private static void reseed(Map<String, byte[]> seeds) throws Exception {
    for (Map.Entry<String, byte[]> seed : seeds.entrySet()) {
      Files.write(Files.createDirectories(CReaderFuzzTest.CORPUS).resolve(seed.getKey()), seed.getValue());
    }
    Path root = Path.of(System.getProperty("ckptgen.fuzzcorpus"));
    for (Map.Entry<Class<?>, Boolean> test : TESTS.entrySet()) {
      Path inputs = root.resolve(test.getKey().getPackageName().replace('.', '/'))
          .resolve(test.getKey().getSimpleName() + "Inputs");
      Path whole = Files.createDirectories(inputs.resolve("wholeImage"));
      Path records = Files.createDirectories(inputs.resolve("recordsOnly"));
      for (Map.Entry<String, byte[]> seed : seeds.entrySet()) {
        Files.write(whole.resolve(seed.getKey()), seed.getValue());
        byte[] r = Seal.records(seed.getValue());
        if (test.getValue()) {
          // the first byte chooses the tables: 0, the container's
          byte[] chosen = new byte[r.length + 1];
          System.arraycopy(r, 0, chosen, 1, r.length);
          r = chosen;
        }
        Files.write(records.resolve(seed.getKey()), r);
      }
    }
  }
}
