package test;
import org.ckptgen.annotations.*;

/**
 * The image of the golden files: a few structs that between them hold every kind of member. Its
 * subsystems reach Task (with Span, Mode and Owner) and Note; Pair and Page it lists.
 */
@CheckpointImage(name = "golden", version = 2, structs = {Pair.class, Page.class})
public interface GoldenImage {}
