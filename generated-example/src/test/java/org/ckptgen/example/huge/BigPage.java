package org.ckptgen.example.huge;

import java.nio.ByteBuffer;
import org.ckptgen.annotations.CkptStruct;
import org.ckptgen.annotations.VarBytes;

/**
 * One huge run of bytes.
 *
 * @param data the bytes: written without a copy, read back as a view
 */
@CkptStruct(type = 0x0401)
public record BigPage(@VarBytes(max = 1 << 30) ByteBuffer data) {}
