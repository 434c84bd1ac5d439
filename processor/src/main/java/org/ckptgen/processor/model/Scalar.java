package org.ckptgen.processor.model;

/** A C scalar type of the image format; every multi-byte one is little endian. */
public enum Scalar {
  U8(1, "__u8", false),
  S8(1, "__s8", true),
  U16(2, "__u16", false),
  S16(2, "__s16", true),
  U32(4, "__u32", false),
  S32(4, "__s32", true),
  U64(8, "__u64", false),
  S64(8, "__s64", true),
  /** One byte of a C string. */
  CHAR(1, "char", false);

  private final int size;
  private final String cType;
  private final boolean signed;

  Scalar(int size, String cType, boolean signed) {
    this.size = size;
    this.cType = cType;
    this.signed = signed;
  }

  public int size() {
    return size;
  }

  public String cType() {
    return cType;
  }

  public boolean signed() {
    return signed;
  }

  /** The integer type of {@code size} bytes. */
  public static Scalar integer(int size, boolean unsigned) {
    switch (size) {
      case 1: return unsigned ? U8 : S8;
      case 2: return unsigned ? U16 : S16;
      case 4: return unsigned ? U32 : S32;
      case 8: return unsigned ? U64 : S64;
      default: throw new IllegalArgumentException("no integer of " + size + " bytes");
    }
  }
}
