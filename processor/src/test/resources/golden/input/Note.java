package test;
import org.ckptgen.annotations.*;

/**
 * A line of text, NUL-terminated in the image.
 *
 * @param level how important
 * @param text the line
 */
@CkptStruct(type = 0x0303)
public record Note(short level, @VarString(max = 200) String text) {}
