package test;
import org.ckptgen.annotations.*;

/**
 * A page of memory, whose bytes decode as a view of the image.
 *
 * @param address where it is mapped
 * @param data its bytes
 */
@CkptStruct(type = 0x0304)
public record Page(@U64 long address, @VarBytes(max = 4096) java.nio.ByteBuffer data) {}
