package org.ckptgen.example.tools;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.ckptgen.example.container.ContainerImageReader;
import org.ckptgen.example.container.Cred;
import org.ckptgen.image.ImageLayout;
import org.ckptgen.image.RecordView;

/**
 * A user-space tool written against the generated reader alone: ReaderLibraryTest runs it in a
 * JVM whose class path holds ckptgen-runtime, ckptgen-image and the generated classes, without
 * the subsystems, the dispatch or the annotations.
 *
 * <p>usage: {@code ReaderTool IMAGE OUT}: prints the records of IMAGE by type (mapped, then
 * streamed), rewrites it to OUT with uid and gid 1000 made 2000 in every cred, and prints OUT's
 * creds and the length of its JSON.
 */
public final class ReaderTool {
  private ReaderTool() {}

  /** Counts records by struct, and lists the creds' uids. */
  static final class Census implements ContainerImageReader.Visitor {
    final TreeMap<String, Integer> counts = new TreeMap<>();
    final List<Integer> uids = new ArrayList<>();

    @Override
    public void cred(long position, Cred value) {
      uids.add(value.uid());
      count("cred");
    }

    @Override
    public void other(RecordView record, ImageLayout layout) {
      count("other");
    }

    private void count(String what) {
      counts.merge(what, 1, Integer::sum);
    }

    @Override
    public String toString() {
      return counts + " uids " + uids;
    }
  }

  public static void main(String[] args) throws Exception {
    boolean subsystems;
    try {
      Class.forName("org.ckptgen.example.subsystems.CredSubsystem");
      subsystems = true;
    } catch (ClassNotFoundException expected) {
      subsystems = false;
    }
    System.out.println("subsystems on the class path: " + subsystems);

    Path image = Path.of(args[0]);
    Census mapped = new Census();
    ContainerImageReader.read(image, mapped);
    System.out.println("mapped: " + mapped);
    Census streamed = new Census();
    try (InputStream in = Files.newInputStream(image)) {
      ContainerImageReader.read(in, streamed);
    }
    System.out.println("streamed: " + streamed);

    Path out = Path.of(args[1]);
    ContainerImageReader.rewrite(image, out, new ContainerImageReader.Edit() {
      @Override
      public Cred cred(Cred c) {
        return c.uid() != 1000 ? c : new Cred(2000, 2000, 2000, 2000, 2000, 2000, 2000, 2000, c.userRef(),
            c.groupinfoRef(), c.capS());
      }
    });
    Census rewritten = new Census();
    ContainerImageReader.read(out, rewritten);
    System.out.println("rewritten: " + rewritten);
    StringBuilder json = new StringBuilder();
    ContainerImageReader.json(out, json);
    System.out.println("json: " + json.length() + " chars, " + (json.toString().contains("\"uid\":2000") ? "uid 2000" : "no uid 2000"));
  }
}
