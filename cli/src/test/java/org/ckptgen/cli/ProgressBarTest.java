package org.ckptgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The bar's threshold and drawing; CkptCliTest runs it on a real terminal. */
class ProgressBarTest {
  @Test
  void onlyImagesOver64MiBAtATerminalGetABar() {
    assertFalse(ProgressBar.shows(64L << 20, true), "64 MiB exactly is not over 64 MiB");
    assertTrue(ProgressBar.shows((64L << 20) + 1, true));
    assertFalse(ProgressBar.shows(1L << 40, false), "never into a file or a pipe");
  }

  @Test
  void redrawsOncePerPercentAndClearsItsLine() {
    StringWriter text = new StringWriter();
    try (ProgressBar bar = new ProgressBar(new PrintWriter(text), "big.ckpt")) {
      bar.at(0, 200);
      bar.at(1, 200);  // still 0%: nothing drawn
      bar.at(100, 200);
      bar.at(200, 200);
    }
    String bar0 = "\rbig.ckpt [" + " ".repeat(40) + "]   0%";
    String bar50 = "\rbig.ckpt [" + "#".repeat(20) + " ".repeat(20) + "]  50%";
    String bar100 = "\rbig.ckpt [" + "#".repeat(40) + "] 100%";
    String clear = "\r" + " ".repeat("big.ckpt".length() + 40 + 8) + "\r";
    assertEquals(bar0 + bar50 + bar100 + clear, text.toString());
  }
}
