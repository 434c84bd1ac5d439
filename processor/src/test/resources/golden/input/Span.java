package test;
import org.ckptgen.annotations.*;

/**
 * A range of a task's memory: a value struct, nested only, with a hole at its end.
 *
 * @param start the first address
 * @param pages how many pages
 */
@CkptStruct
public record Span(@U64 long start, @U16 short pages) {}
