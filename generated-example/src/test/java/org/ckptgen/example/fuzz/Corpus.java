package org.ckptgen.example.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.ckptgen.example.Main;
import org.ckptgen.example.container.ContainerImageSchema;
import org.ckptgen.example.demo.ImageFile;
import org.ckptgen.example.demo.Samples;
import org.ckptgen.example.model.Model;
import org.ckptgen.example.model.SampleContainer;
import org.ckptgen.image.ImageWriter;

/**
 * The fuzz tests' seeds and the valid tables their records-only tests put before the fuzzer's
 * bytes. Seeds are images of this build, with a creation time of 0 so that they are the same
 * bytes on every run; {@link CorpusTest} checks that the corpus's seeds still are, and writes them
 * again with {@code -Dckptgen.fuzz.reseed=true}.
 */
final class Corpus {
  private Corpus() {}

  /** The offset of {@code created_ns} in the image header. */
  private static final int CREATED_NS = 40;

  /** This build's header, field table and enum table, as every container image starts. */
  static final byte[] CONTAINER_TABLES = containerTables();

  private static byte[] containerTables() {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageWriter w = ContainerImageSchema.writer(Channels.newChannel(out), 0);
      w.finish();
      return Seal.tables(out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The seed images, by name: the demo's container (restored by a privileged caller only), the
   * part its owner restores without privilege, a container of user namespaces nested 3 deep,
   * several tasks sharing credentials, the demo's images of every record kind and of edge values
   * (one section of all records: restore refuses them, the readers read them), and the
   * container's schema file (no sections).
   */
  static Map<String, byte[]> seeds() throws Exception {
    Map<String, byte[]> seeds = new LinkedHashMap<>();
    seeds.put("seed-demo", checkpoint(SampleContainer.demo()));
    seeds.put("seed-own", checkpoint(SampleContainer.own(1000, 1000, 24)));
    seeds.put("seed-nested", checkpoint(nested(3)));
    seeds.put("seed-scaled", checkpoint(SampleContainer.scaled(3)));
    seeds.put("seed-records", written(Samples.container()));
    seeds.put("seed-edges", written(Samples.edges()));
    seeds.put("seed-schema", schemaFile());
    return seeds;
  }

  /** The container's schema file, as the build exports it: an image with no sections. */
  private static byte[] schemaFile() throws IOException {
    try (java.io.InputStream in = Corpus.class.getClassLoader()
        .getResourceAsStream("META-INF/ckptgen/" + ContainerImageSchema.NAME + ".ckptschema")) {
      if (in == null) {
        throw new IOException("the build exported no schema file of " + ContainerImageSchema.NAME);
      }
      return in.readAllBytes();
    }
  }

  private static byte[] checkpoint(Model.Container c) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Main.dispatch(c).checkpoint(Channels.newChannel(out));
    return timeless(out.toByteArray());
  }

  private static byte[] written(List<Record> records) throws IOException {
    Path file = Files.createTempFile("ckptgen-seed-", ".ckpt");
    try {
      ImageFile.write(records, file, 0);
      return timeless(Files.readAllBytes(file));
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** {@code image} created at time 0, sealed again. */
  private static byte[] timeless(byte[] image) {
    ByteBuffer.wrap(image).order(ByteOrder.LITTLE_ENDIAN).putLong(CREATED_NS, 0);
    return Seal.image(image);
  }

  /** A container of one task whose user is {@code levels} user namespaces below the root. */
  private static Model.Container nested(int levels) {
    Model.Container c = SampleContainer.own(0, 0);
    Model.Task init = c.tasks.get(0);
    Model.User u = init.cred.user;
    for (int i = 0; i < levels; i++) {
      u = new Model.User(0, new Model.UserNamespace(u));
    }
    Model.Credential deep = new Model.Credential(0, 0, u, init.cred.groups, init.cred.caps);
    c.tasks = List.of(new Model.Task(1, "deep", deep, deep, init.label, init.files));
    return c;
  }

  /**
   * The tables a records-only test of the generic readers chooses from by its input's first
   * byte: this build's container tables first, then those of the {@code seed-*} images in
   * {@code test}'s corpus of whole images (images of other kinds, other shapes), by name.
   */
  static List<byte[]> shapes(Class<?> test) {
    List<byte[]> shapes = new ArrayList<>(List.of(CONTAINER_TABLES));
    for (Path seed : seedFiles(test, "wholeImage")) {
      try {
        byte[] image = Files.readAllBytes(seed);
        if (Seal.recordsStart(image) > 0
            && shapes.stream().noneMatch(s -> java.util.Arrays.equals(s, Seal.tables(image)))) {
          shapes.add(Seal.tables(image));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return shapes;
  }

  /** The records-only input {@code input} as an image: tables chosen by its first byte, its other bytes as records. */
  static byte[] withShape(List<byte[]> shapes, byte[] input) {
    if (input.length == 0) {
      return Seal.withTables(shapes.get(0), input);
    }
    byte[] records = java.util.Arrays.copyOfRange(input, 1, input.length);
    return Seal.withTables(shapes.get(Byte.toUnsignedInt(input[0]) % shapes.size()), records);
  }

  /** The {@code seed-*} files of the corpus of {@code test}'s fuzz test {@code method}, by name. */
  static List<Path> seedFiles(Class<?> test, String method) {
    String dir = test.getSimpleName() + "Inputs/" + method;
    URL url = test.getResource(dir);
    if (url == null) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
      return files.filter(f -> f.getFileName().toString().startsWith("seed-")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
