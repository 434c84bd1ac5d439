package org.ckptgen.example.container;

import org.ckptgen.annotations.CkptStruct;
import org.ckptgen.annotations.VarArray;

/**
 * The open files of a task: a shared object, as tasks cloned with CLONE_FILES share one table.
 *
 * @param files the files, at most 1024
 */
@CkptStruct(type = 0x010a, shared = true)
public record FileTable(@VarArray(max = 1024) OpenFile[] files) {}
