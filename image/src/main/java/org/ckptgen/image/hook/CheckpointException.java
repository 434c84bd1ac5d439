package org.ckptgen.image.hook;

/** A checkpoint hook failed; the image was not written, and any earlier one at its path is intact. */
public final class CheckpointException extends Exception {
  private static final long serialVersionUID = 1L;
  private final String subsystem;

  public CheckpointException(String subsystem, Throwable cause) {
    super("the checkpoint of subsystem \"" + subsystem + "\" failed: " + cause, cause);
    this.subsystem = subsystem;
  }

  /** The subsystem whose checkpoint failed. */
  public String subsystem() {
    return subsystem;
  }
}
