package org.ckptgen.bench.image;

import java.nio.ByteBuffer;
import org.ckptgen.annotations.CkptStruct;
import org.ckptgen.annotations.VarBytes;

/**
 * A process's memory, say: one run of bytes, written without a copy and read back as a view.
 *
 * @param data the bytes
 */
@CkptStruct(type = 0x0501)
public record Payload(@VarBytes(max = 1 << 30) ByteBuffer data) {}
