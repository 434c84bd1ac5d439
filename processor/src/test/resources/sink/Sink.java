package test;

import org.ckptgen.annotations.*;

// Every field kind ckptgen supports, with the offsets of the layout rule worked out by hand in
// the comments (and in CHeaderGccTest).
/** Every scalar and fixed kind, then a sorted variable array. */
@CkptStruct(type = 0x201)
record Sink(
    byte s8,                                        // 8
    @U8 byte u8,                                    // 9
    short s16,                                      // 10
    @U16 short u16,                                 // 12, then __pad1[2] at 14
    int s32,                                        // 16
    @U32 int u32,                                   // 20
    long s64,                                       // 24
    @U64 long u64,                                  // 32
    boolean flag,                                   // 40
    Small small,                                    // 41
    Mid mid,                                        // 42
    Wide wide,                                      // 44
    Point point,                                    // 48
    @FixedArray(length = 3) @U16 short[] triple,    // 56
    @FixedString(length = 5) String tag,            // 62, then __pad2[5] at 67
    @FixedArray(length = 2) Point[] points,         // 72
    @ObjRef(Shared.class) int sharedRef,            // 88
    @VarArray(max = 100) @Sorted @U32 int[] ids) {} // nids at 92, ids at 96 = size
