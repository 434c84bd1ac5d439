package org.ckptgen.example.container;

import java.nio.ByteBuffer;
import org.ckptgen.annotations.CkptStruct;
import org.ckptgen.annotations.U32;
import org.ckptgen.annotations.U64;
import org.ckptgen.annotations.VarBytes;

/**
 * A run of a task's memory: bulk data.
 *
 * @param address the virtual address of the first byte
 * @param prot the protection (PROT_*)
 * @param data the contents, at most 1 MiB; decoded as a view of the image, not a copy
 */
@CkptStruct(type = 0x010b)
public record MemoryPage(@U64 long address, @U32 int prot, @VarBytes(max = 1 << 20) ByteBuffer data) {}
