package org.ckptgen.example.container;

import org.ckptgen.annotations.CkptStruct;
import org.ckptgen.annotations.VarArray;

/**
 * The open files of a task.
 *
 * @param files the files, at most 1024
 */
@CkptStruct(type = 0x010a)
public record FileTable(@VarArray(max = 1024) OpenFile[] files) {}
