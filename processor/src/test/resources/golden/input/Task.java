package test;
import org.ckptgen.annotations.*;

/**
 * A task, with holes after {@code flags} and {@code nice}. Its comment holds a C comment
 * opener, as in /tmp/*.ckpt, a backslash \ and non-ASCII text: é, 中.
 *
 * @param flags the task's flags
 * @param id the task's id
 * @param mode what it does
 * @param nice its priority
 * @param stack its stack
 * @param maps its mapped ranges
 * @param owner the owner, by objref
 * @param watchers who watches it, by objref, 0 for none
 * @param frozen true when stopped
 * @param fds its open file descriptors, sorted
 */
@CkptStruct(type = 0x0302)
public record Task(@U8 byte flags, long id, Mode mode, @U16 short nice, Span stack,
    @FixedArray(length = 2) Span[] maps, @ObjRef(Owner.class) int owner,
    @ObjRef(Owner.class) @FixedArray(length = 2) int[] watchers, boolean frozen,
    @U32 @VarArray(max = 64) @Sorted int[] fds) {}
