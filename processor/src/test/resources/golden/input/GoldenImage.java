package test;
import org.ckptgen.annotations.*;

/** The image of the golden files: a few structs that between them hold every kind of member. */
@CheckpointImage(name = "golden", version = 2)
public interface GoldenImage {}
