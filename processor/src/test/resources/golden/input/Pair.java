package test;
import org.ckptgen.annotations.*;
/** Two fields and a hole. @param a unsigned @param b a flag */
@CkptStruct(type = 0x0300) public record Pair(@U32 int a, boolean b) {}
