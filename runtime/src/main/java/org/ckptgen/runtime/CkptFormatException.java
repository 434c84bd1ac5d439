package org.ckptgen.runtime;

/**
 * A checkpoint image, or one record of it, is not valid: truncated, a length or count out of
 * bounds, a bad padding byte, boolean or enum code, a string without its NUL, and so on. This is
 * the one exception that reading an image raises for bad bytes; it says where and why.
 */
public final class CkptFormatException extends Exception {
  private static final long serialVersionUID = 1L;

  /** The {@link #recordType()} when no record header could be read. */
  public static final int UNKNOWN_TYPE = -1;

  private final long offset;
  private final int recordType;
  private final String reason;

  public CkptFormatException(long offset, int recordType, String reason) {
    this(offset, recordType, reason, null);
  }

  public CkptFormatException(long offset, int recordType, String reason, Throwable cause) {
    super(describe(offset, recordType, reason), cause);
    this.offset = offset;
    this.recordType = recordType;
    this.reason = reason;
  }

  /** The byte offset of the bad data, counted from the start of the buffer or image read. */
  public long offset() {
    return offset;
  }

  /** The type id of the record being read, or {@link #UNKNOWN_TYPE}. */
  public int recordType() {
    return recordType;
  }

  /** What is wrong, without the offset and record type. */
  public String reason() {
    return reason;
  }

  private static String describe(long offset, int recordType, String reason) {
    String where = recordType == UNKNOWN_TYPE
        ? "at offset " + offset
        : String.format("at offset %d, record type 0x%x", offset, recordType);
    return where + ": " + reason;
  }
}
