package test;
import org.ckptgen.annotations.*;

/** What a task is doing; the codes have a gap, and HALTED takes the largest code of one byte. */
@CkptEnum(bytes = 1)
public enum Mode {
  @EnumCode(0) IDLE,
  @EnumCode(1) RUNNING,
  @EnumCode(255) HALTED
}
