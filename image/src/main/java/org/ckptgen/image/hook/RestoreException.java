package org.ckptgen.image.hook;

import java.util.Map;
import org.ckptgen.image.RecordView;

/**
 * A restore hook failed, by returning a non-zero code or by throwing. The subsystems restored
 * before it were aborted in reverse order; what their abort hooks threw is attached as
 * suppressed exceptions. Says which subsystem, which record and why.
 */
public final class RestoreException extends Exception {
  private static final long serialVersionUID = 1L;

  private static final Map<Integer, String> ERRNO = Map.ofEntries(
      Map.entry(1, "EPERM"), Map.entry(2, "ENOENT"), Map.entry(5, "EIO"), Map.entry(12, "ENOMEM"),
      Map.entry(13, "EACCES"), Map.entry(16, "EBUSY"), Map.entry(17, "EEXIST"), Map.entry(22, "EINVAL"),
      Map.entry(28, "ENOSPC"), Map.entry(34, "ERANGE"), Map.entry(38, "ENOSYS"), Map.entry(87, "EUSERS"),
      Map.entry(95, "EOPNOTSUPP"));

  private final String subsystem;
  private final int recordType;
  private final long offset;
  private final int code;
  private final String reason;

  /** @param state the subsystem's state record, or null when the image has no section of it (its absent hook failed) */
  private RestoreException(String subsystem, RecordView state, int code, String reason, Throwable cause) {
    super(state == null ? String.format("subsystem \"%s\", no section in the image: %s", subsystem, reason)
        : String.format("subsystem \"%s\", record type 0x%x at offset %d: %s", subsystem, state.type(), state.position(),
            reason), cause);
    this.subsystem = subsystem;
    this.recordType = state == null ? -1 : state.type();
    this.offset = state == null ? -1 : state.position();
    this.code = code;
    this.reason = reason;
  }

  /**
   * A restore hook returned {@code code}, a negative errno-style value; with a null {@code state},
   * the absent hook of a subsystem the image has no section of.
   */
  public static RestoreException returned(String subsystem, RecordView state, int code) {
    String name = ERRNO.get(-code);
    return new RestoreException(subsystem, state, code,
        hook(state) + " returned " + code + (name == null ? "" : " (" + name + ")"), null);
  }

  /** A restore hook threw {@code cause}; with a null {@code state}, the absent hook. */
  public static RestoreException threw(String subsystem, RecordView state, Throwable cause) {
    return new RestoreException(subsystem, state, 0, hook(state) + " threw " + cause, cause);
  }

  private static String hook(RecordView state) {
    return state == null ? "the absent hook" : "the restore hook";
  }

  public String subsystem() {
    return subsystem;
  }

  /** The type of the subsystem's state record; -1 when the image has none. */
  public int recordType() {
    return recordType;
  }

  /** Where the subsystem's state record starts in the image; -1 when the image has none. */
  public long offset() {
    return offset;
  }

  /** The code the hook returned, or 0 when it threw. */
  public int code() {
    return code;
  }

  public String reason() {
    return reason;
  }
}
