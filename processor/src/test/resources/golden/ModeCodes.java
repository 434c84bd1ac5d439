package test;

import javax.annotation.processing.Generated;
import org.ckptgen.runtime.CkptFormatException;

/**
 * The stable codes of {@link Mode}, {@code enum ckpt_mode} in C.
 */
@Generated("org.ckptgen.processor.CkptProcessor")
public final class ModeCodes {
  private ModeCodes() {
  }

  /**
   * The code images store for {@code value}.
   */
  public static int code(Mode value) {
    return switch (value) {
      case IDLE -> 0;
      case RUNNING -> 1;
      case HALTED -> 255;
    };
  }

  /**
   * The constant stored as {@code code}, read at {@code at} for {@code field}.
   *
   * @throws CkptFormatException if no constant has that code
   */
  public static Mode of(int code, int at, int recordType, String field) throws CkptFormatException {
    return switch (code) {
      case 0 -> Mode.IDLE;
      case 1 -> Mode.RUNNING;
      case 255 -> Mode.HALTED;
      default -> throw new CkptFormatException(at, recordType,
          field + " has code " + Integer.toUnsignedString(code) + ", which is no constant of its enum");
    };
  }
}
