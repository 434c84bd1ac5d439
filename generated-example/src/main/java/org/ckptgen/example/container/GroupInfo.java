package org.ckptgen.example.container;

import org.ckptgen.annotations.CkptStruct;
import org.ckptgen.annotations.Gid;
import org.ckptgen.annotations.Sorted;
import org.ckptgen.annotations.U32;
import org.ckptgen.annotations.VarArray;

/**
 * Supplementary groups, as linux-cr's {@code struct ckpt_hdr_groupinfo}.
 *
 * @param groups the group ids, sorted; at most NGROUPS_MAX (65536)
 */
@CkptStruct(type = 0x0102, shared = true, cName = "ckpt_hdr_groupinfo")
public record GroupInfo(@Gid @U32 @VarArray(max = 65536) @Sorted int[] groups) {}
