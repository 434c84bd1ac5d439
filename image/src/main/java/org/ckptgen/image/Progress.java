package org.ckptgen.image;

/** How far a pass over an image is, in bytes of the image read; for a progress bar. */
public interface Progress {
  void at(long done, long total);

  /** Reports nothing. */
  Progress NONE = (done, total) -> { };
}
