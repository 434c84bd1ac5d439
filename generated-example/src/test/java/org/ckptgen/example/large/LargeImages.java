package org.ckptgen.example.large;

import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.ckptgen.image.ImageWriter;

/** One record of each of the 2,100 structs of {@link LargeStructs}, and an image of them. */
public final class LargeImages {
  /** The structs of {@link LargeStructs}: more than SchemaWriter.CODEC_CHUNK (2,048). */
  public static final int COUNT = 2100;

  private LargeImages() {}

  /** {@code L<i>(i, {i, i + 1})} for every i. */
  public static List<Record> oneOfEach() throws ReflectiveOperationException {
    List<Record> records = new ArrayList<>();
    for (int i = 0; i < COUNT; i++) {
      Class<?> c = Class.forName(LargeStructs.class.getName() + "$L" + i);
      records.add((Record) c.getDeclaredConstructor(int.class, int[].class).newInstance(i, new int[] {i, i + 1}));
    }
    return records;
  }

  /** Writes a new image of {@link #oneOfEach()} at {@code image}. */
  public static void write(Path image) throws Exception {
    try (FileChannel ch = FileChannel.open(image, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
        StandardOpenOption.WRITE)) {
      ImageWriter w = LargeImageSchema.writer(ch, 1L);
      for (Record r : oneOfEach()) {
        w.write(LargeImageSchema.codecOf(r), r);
      }
      w.finish();
    }
  }
}
