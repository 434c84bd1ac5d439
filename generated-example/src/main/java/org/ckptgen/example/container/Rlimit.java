package org.ckptgen.example.container;

import org.ckptgen.annotations.CkptStruct;
import org.ckptgen.annotations.U64;

/**
 * One resource limit.
 *
 * @param cur the soft limit
 * @param max the hard limit
 */
@CkptStruct
public record Rlimit(@U64 long cur, @U64 long max) {}
