package org.ckptgen.example.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ckptgen.example.container.ContainerImageSchema;
import org.ckptgen.image.AtomicFile;
import org.ckptgen.image.ImageHeader;
import org.ckptgen.image.ImageReader;
import org.ckptgen.image.ImageWriter;
import org.ckptgen.image.RecordView;
import org.ckptgen.image.SectionCodec;
import org.ckptgen.image.Trailer;
import org.ckptgen.runtime.CkptFormatException;

/**
 * The records of a container as a whole image: the header with the generated schema table and
 * fingerprint, one section, the records, the trailer; written atomically, read back only after
 * the whole image checked out: every record kind in one section, for the Java-to-C check. The
 * generated dispatch writes one section per subsystem the same way.
 */
public final class ImageFile {
  private ImageFile() {}

  /** What an image holds: the header, every record (sections included) in order, the trailer. */
  public record Contents(ImageHeader header, List<Record> records, Trailer trailer) {}

  public static void write(List<Record> records, Path path, long createdNs) throws IOException {
    AtomicFile.<RuntimeException>write(path, channel -> {
      ImageWriter w = ContainerImageSchema.writer(channel, createdNs);
      w.beginSection("container");
      for (Record r : records) {
        w.write(ContainerImageSchema.codecOf(r), r);
      }
      w.finish();
    });
  }

  public static Contents read(Path path) throws IOException, CkptFormatException {
    try (ImageReader r = ImageReader.open(path)) {
      Trailer trailer = r.verify();
      List<Record> records = new ArrayList<>();
      for (RecordView v : r.records()) {
        records.add(v.type() == SectionCodec.TYPE ? v.decode(SectionCodec.INSTANCE)
            : RecordFile.decode(v));
      }
      return new Contents(r.header(), records, trailer);
    }
  }
}
