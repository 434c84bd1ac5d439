package test;
import org.ckptgen.annotations.*;

/**
 * Who owns a task: a shared record, written once and referred to by objref.
 *
 * @param uid the user
 * @param gid the group
 * @param name the login name, at most 15 bytes of UTF-8
 * @param umask added in version 2; 0 in older images
 */
@CkptStruct(type = 0x0301, shared = true)
public record Owner(@Uid int uid, @Gid int gid, @FixedString(length = 16) String name,
    @Since(2) @U16 short umask) {}
