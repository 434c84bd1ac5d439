package test;

import org.ckptgen.annotations.*;

@CkptEnum
enum Wide { @EnumCode(1) ONE, @EnumCode(2147483647) BIG }
