package org.ckptgen.example.versions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Layouts checked at restore (docs/FORMAT.md, "The schema file", rule 4), on pairs of builds
 * nobody wrote by hand: a random record (ints of every width, signed or not, {@code @Uid}, a
 * boolean, a string, an array, a nested value struct, an enum) and a copy changed by one
 * mutation: two members swapped, one retyped to another of its size, resized, moved, renamed,
 * given or stripped of a flag, a member of the nested struct resized, two enum codes swapped, or
 * a {@code @Since(2)} member appended. Each build writes an image and reads the other's: every
 * reader of the reading build (restore, the generic reader by its tables or schema file, its C
 * reader) refuses it, naming the record's or the nested struct's member, exactly when the
 * layouts of the versions both know differ, and restores it when the change is compatible (the
 * appended member). {@code -Dckptgen.pairs=N} (default 9, each mutation once) pairs from {@code
 * -Dckptgen.pairs.seed=S} (default: new, printed).
 */
class LayoutPairsTest {
  private static final int PAIRS = Integer.getInteger("ckptgen.pairs", Mutation.values().length);
  private static final long SEED = Long.getLong("ckptgen.pairs.seed", System.nanoTime());

  enum Mutation { SWAP, RETYPE, RESIZE, MOVE, RENAME, FLAG, NESTED, ENUM, APPEND_SINCE }

  /** A member kind: its declaration (with %s for the name), a value, and the kind of its size it may become. */
  record Kind(String decl, String value, String sameSize, String larger) {}

  private static final Map<String, Kind> KINDS = new LinkedHashMap<>();

  static {
    KINDS.put("u8", new Kind("@U8 byte %s", "(byte) 7", "bool", "u16"));
    KINDS.put("bool", new Kind("boolean %s", "true", "u8", "u16"));
    KINDS.put("u16", new Kind("@U16 short %s", "(short) 300", "s16", "u32"));
    KINDS.put("s16", new Kind("short %s", "(short) -3", "u16", "u32"));
    KINDS.put("u32", new Kind("@U32 int %s", "70000", "s32", "u64"));
    KINDS.put("s32", new Kind("int %s", "-9", "uid", "u64"));
    KINDS.put("uid", new Kind("@Uid @U32 int %s", "1000", "u32", "u64"));
    KINDS.put("u64", new Kind("@U64 long %s", "1L << 40", "s64", "u32"));
    KINDS.put("s64", new Kind("long %s", "-5L", "u64", "u32"));
    KINDS.put("str", new Kind("@FixedString(length = 12) String %s", "\"text\"", "str", "str24"));
    KINDS.put("str24", new Kind("@FixedString(length = 24) String %s", "\"text\"", "str24", "str"));
    KINDS.put("arr", new Kind("@FixedArray(length = 3) @U32 int[] %s", "new int[] {1, 2, 3}", "sarr", "arr4"));
    KINDS.put("sarr", new Kind("@FixedArray(length = 3) int[] %s", "new int[] {1, 2, 3}", "arr", "arr4"));
    KINDS.put("arr4", new Kind("@FixedArray(length = 4) @U32 int[] %s", "new int[] {1, 2, 3, 4}", "sarr", "arr"));
    KINDS.put("inner", new Kind("Inner %s", "new Inner(5, (short) 6)", "inner", "inner"));
    KINDS.put("mode", new Kind("Mode %s", "Mode.B", "mode", "mode"));
  }

  private static final String IMPORTS = "import org.ckptgen.annotations.*;\nimport org.ckptgen.image.hook.*;\n\n";

  /** One build's struct: members as (kind, name), the nested struct's second member, the enum's codes, an appended member. */
  record Shape(List<String[]> members, String innerQ, int[] codes, boolean appended) {
    Shape with(List<String[]> m, String q, int[] c, boolean a) {
      return new Shape(m, q, c, a);
    }

    Map<String, String> sources() {
      Map<String, String> s = new LinkedHashMap<>();
      s.put("PairImage", IMPORTS + "@CheckpointImage(name = \"pair\")\npublic interface PairImage {}\n");
      s.put("Inner", IMPORTS + "@CkptStruct\npublic record Inner(@U32 int p, " + innerQ + " q) {}\n");
      s.put("Mode", IMPORTS + "@CkptEnum(bytes = 1)\npublic enum Mode { @EnumCode(" + codes[0] + ") A, @EnumCode("
          + codes[1] + ") B, @EnumCode(" + codes[2] + ") C }\n");
      List<String> decls = new ArrayList<>();
      List<String> values = new ArrayList<>();
      for (String[] m : members) {
        decls.add(String.format(KINDS.get(m[0]).decl(), m[1]));
        values.add(KINDS.get(m[0]).value().replace("(short) 6", innerQ.contains("U32") ? "6" : "(short) 6"));
      }
      if (appended) {
        decls.add("@Since(2) @U32 int later");
        values.add("77");
      }
      s.put("Rec", IMPORTS + "@CkptStruct(type = 0x200)\npublic record Rec(" + String.join(", ", decls) + ") {}\n");
      s.put("RecSubsystem", IMPORTS + "@Subsystem(\"rec\")\npublic final class RecSubsystem {\n"
          + "  @CheckpointHook public Rec checkpoint(CheckpointContext ctx) { return new Rec(" + String.join(", ", values)
          + "); }\n  @RestoreHook public void restore(RestoreContext ctx, Rec r) {}\n}\n");
      return s;
    }
  }

  private static Shape random(Random random) {
    List<String> kinds = new ArrayList<>(KINDS.keySet());
    List<String[]> members = new ArrayList<>();
    int n = 3 + random.nextInt(4);
    for (int i = 0; i < n; i++) {
      members.add(new String[] {kinds.get(random.nextInt(kinds.size())), "m" + i});
    }
    return new Shape(members, "@U16 short", new int[] {0, 1, 2}, false);
  }

  /** {@code base} changed by {@code m}; null where the mutation has no site in it. */
  private static Shape mutate(Shape base, Mutation m, Random random) {
    List<String[]> members = new ArrayList<>();
    base.members().forEach(x -> members.add(x.clone()));
    int i = random.nextInt(members.size());
    switch (m) {
      case SWAP, MOVE -> {
        int j = (i + 1 + random.nextInt(members.size() - 1)) % members.size();
        if (m == Mutation.SWAP) {
          String[] a = members.get(i);
          members.set(i, members.get(j));
          members.set(j, a);
        } else {
          members.add(j, members.remove(i));
        }
      }
      case RETYPE -> {
        String to = KINDS.get(members.get(i)[0]).sameSize();
        if (to.equals(members.get(i)[0])) {
          return null;
        }
        members.get(i)[0] = to;
      }
      case RESIZE -> {
        String to = KINDS.get(members.get(i)[0]).larger();
        if (to.equals(members.get(i)[0])) {
          return null;
        }
        members.get(i)[0] = to;
      }
      case RENAME -> members.get(i)[1] = "renamed";
      case FLAG -> {
        String k = members.get(i)[0];
        if (!k.equals("u32") && !k.equals("uid")) {
          return null;
        }
        members.get(i)[0] = k.equals("u32") ? "uid" : "u32";
      }
      case NESTED -> {
        if (members.stream().noneMatch(x -> x[0].equals("inner"))) {
          return null;
        }
        return base.with(members, "@U32 int", base.codes(), false);
      }
      case ENUM -> {
        if (members.stream().noneMatch(x -> x[0].equals("mode"))) {
          return null;
        }
        return base.with(members, base.innerQ(), new int[] {1, 0, 2}, false);
      }
      case APPEND_SINCE -> {
        return base.with(members, base.innerQ(), base.codes(), true);
      }
    }
    return base.with(members, base.innerQ(), base.codes(), false);
  }

  @Test
  void buildsReadEachOthersImagesExactlyWhenTheLayoutsAgree(@TempDir Path dir) throws Exception {
    System.out.printf("LayoutPairsTest: %d pairs from seed %d (-Dckptgen.pairs.seed)%n", PAIRS, SEED);
    Random random = new Random(SEED);
    Mutation[] all = Mutation.values();
    int done = 0;
    for (int pair = 0; done < PAIRS && pair < PAIRS * 20; pair++) {
      Shape a = random(random);
      // every mutation in turn, so that a short run meets each; the compatible one among them
      Mutation m = all[done % all.length];
      Shape b = mutate(a, m, random);
      if (b == null) {
        continue;
      }
      String where = "seed " + SEED + ", pair " + pair + " (" + m + "): " + a.members().stream()
          .map(x -> x[0] + " " + x[1]).toList() + " and " + b.members().stream().map(x -> x[0] + " " + x[1]).toList();
      try (Build ba = Build.compile(dir.resolve(pair + "a"), "pair.a" + pair, "PairImage", "pair", a.sources());
          Build bb = Build.compile(dir.resolve(pair + "b"), "pair.b" + pair, "PairImage", "pair", b.sources())) {
        Path imageA = dir.resolve(pair + "a.ckpt");
        Path imageB = dir.resolve(pair + "b.ckpt");
        ba.checkpoint(imageA);
        bb.checkpoint(imageB);
        for (Build[] readWrite : List.of(new Build[] {bb, ba}, new Build[] {ba, bb})) {
          Path image = readWrite[1] == ba ? imageA : imageB;
          String verdict = readWrite[0].verdict(image);
          if (m == Mutation.APPEND_SINCE) {
            assertEquals("valid", verdict, where);
            assertEquals("restored", readWrite[0].restore(image), where);
          } else {
            String struct = m == Mutation.NESTED ? "the layout of ckpt_inner.q in ckpt_hdr_rec."
                : m == Mutation.ENUM ? ": enum code " : "the layout of ckpt_hdr_rec.";
            // a change the C declaration does not show (@Uid, boolean for @U8) leaves the fingerprint:
            // under the same one, the field tables are compared entry for entry, the entry named
            boolean sameFingerprint = verdict.matches(
                ".*the image's field table differs .* \\((ckpt_hdr_rec|ckpt_inner)\\.\\w+\\): \\w+ is .* in the image, .* in the schema");
            assertTrue(sameFingerprint || verdict.contains(struct) && verdict.contains(" in the image, ")
                && verdict.endsWith(" in this build"), where + ": " + verdict);
            assertEquals(verdict, readWrite[0].restore(image), where + ": restore");
          }
        }
      }
      done++;
    }
    assertEquals(PAIRS, done, "pairs checked");
  }
}
