package org.example.accounts;

import org.ckptgen.annotations.CkptStruct;
import org.ckptgen.annotations.FixedString;
import org.ckptgen.annotations.U32;
import org.ckptgen.annotations.U64;
import org.ckptgen.annotations.VarArray;

/**
 * An account.
 *
 * @param uid its owner
 * @param name its name
 * @param balance what it holds
 * @param groups the groups that may read it
 */
@CkptStruct(type = 0x0201)
public record Account(@U32 int uid, @FixedString(length = 16) String name, @U64 long balance,
                      @U32 @VarArray(max = 64) int[] groups) {}
