package org.ckptgen.example.container;

import org.ckptgen.annotations.CkptStruct;
import org.ckptgen.annotations.FixedArray;

/**
 * A task's resource limits, one per RLIMIT_* resource.
 *
 * @param rlim the limits, indexed by resource
 */
@CkptStruct(type = 0x0109)
public record Rlimits(@FixedArray(length = 16) Rlimit[] rlim) {}
