package org.ckptgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import org.junit.jupiter.api.Test;

/**
 * The whole codec generated for one small record, against a golden file read and checked by
 * hand: catches output that is correct but strange, which functional tests let through.
 */
class GoldenCodecTest {
  @Test
  void pairCodecIsExactlyTheGoldenFile() {
    Compilation c = Sources.compile(Sources.source("Pair",
        "/** Two fields and a hole. @param a unsigned @param b a flag */\n"
            + "@CkptStruct(type = 0x0300) public record Pair(@U32 int a, boolean b) {}"));
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("test.PairCodec")
        .hasSourceEquivalentTo(JavaFileObjects.forResource("golden/PairCodec.java"));
  }
}
