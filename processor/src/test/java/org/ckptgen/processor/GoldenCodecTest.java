package org.ckptgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * The whole codec generated for one small record, against a golden file read and checked by
 * hand: catches output that is correct but strange, which functional tests let through.
 */
class GoldenCodecTest {
  @Test
  void pairCodecIsExactlyTheGoldenFile() throws IOException {
    Compilation c = Sources.compile(Sources.source("Pair",
        "/** Two fields and a hole. @param a unsigned @param b a flag */\n"
            + "@CkptStruct(type = 0x0300) public record Pair(@U32 int a, boolean b) {}"));
    assertThat(c).succeededWithoutWarnings();
    JavaFileObject codec = c.generatedFile(StandardLocation.SOURCE_OUTPUT, "test/PairCodec.java").orElseThrow();
    String golden;
    try (InputStream in = GoldenCodecTest.class.getResourceAsStream("/golden/PairCodec.java")) {
      golden = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertEquals(golden, codec.getCharContent(true).toString());
  }
}
