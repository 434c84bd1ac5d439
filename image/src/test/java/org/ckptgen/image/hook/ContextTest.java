package org.ckptgen.image.hook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ckptgen.image.ImageHeader;
import org.ckptgen.image.ImageReader;
import org.ckptgen.image.ImageWriter;
import org.ckptgen.image.ObjectRef;
import org.ckptgen.image.ObjectRefCodec;
import org.ckptgen.image.RecordView;
import org.ckptgen.image.SchemaEntry;
import org.ckptgen.image.SectionCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contexts hooks get: objects shared by identity, fetched by id and type, the caller's rights. */
class ContextTest {
  /** Two live objects, the first referring to the second, as a user to its namespace. */
  private record Live(String name, Live parent) {}

  private static int write(CheckpointContext ctx, Live live) throws java.io.IOException {
    // the record carries the parent's objref, so the parent is written first
    return ctx.share(live, ObjectRefCodec.INSTANCE, () -> new ObjectRef(0x0103, live.parent() == null ? 0 : write(ctx, live.parent())));
  }

  @Test
  void sharedObjectsAreWrittenOnceObjectsFirst(@TempDir Path dir) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageWriter w = new ImageWriter(Channels.newChannel(out), ImageHeader.of("t", 1, 0, new SchemaEntry[0], 0));
    CheckpointContext ctx = new CheckpointContext(w);
    Live ns = new Live("ns", null);
    Live user = new Live("user", ns);
    int userRef = write(ctx, user);
    assertEquals(userRef, write(ctx, user), "a second reference gets the same id");
    assertEquals(1, write(ctx, ns), "the namespace was written first, as id 1");
    assertEquals(2, userRef);
    assertEquals(2, ctx.sharedObjects());
    w.finish();

    Path file = Files.write(dir.resolve("o.ckpt"), out.toByteArray());
    try (ImageReader r = ImageReader.open(file)) {
      r.verify();
      List<Object> records = new ArrayList<>();
      for (RecordView v : r.records()) {
        records.add(v.decode(ObjectRefCodec.INSTANCE));
      }
      // objref 1 (ns), its record (refers to 0), objref 2 (user), its record (refers to 1)
      assertEquals(List.of(new ObjectRef(0x0003, 1), new ObjectRef(0x0103, 0), new ObjectRef(0x0003, 2),
          new ObjectRef(0x0103, 1)), records);
    }
  }

  @Test
  void aCycleOfSharedObjectsIsRefused() throws Exception {
    ImageWriter w = new ImageWriter(Channels.newChannel(new ByteArrayOutputStream()),
        ImageHeader.of("t", 1, 0, new SchemaEntry[0], 0));
    CheckpointContext ctx = new CheckpointContext(w);
    Object a = new Object();
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> ctx.share(a, ObjectRefCodec.INSTANCE, () -> new ObjectRef(1, ctx.share(a, ObjectRefCodec.INSTANCE, () -> null))));
    assertTrue(e.getMessage().contains("refers to itself"), e.getMessage());
  }

  @Test
  void objectsByIdAndTypeAndOneLiveObjectPerId() {
    ObjectRef record = new ObjectRef(7, 9);
    RestoreContext ctx = new RestoreContext(Caller.privileged(), Set.of(RestoreContext.Flag.KEEP_LSM),
        Map.of(1, new RestoreContext.SharedObject(ObjectRefCodec.TYPE, record)));
    assertSame(record, ctx.object(1, ObjectRefCodec.INSTANCE));
    assertThrows(IllegalStateException.class, () -> ctx.object(0, ObjectRefCodec.INSTANCE), "0 is no object: never null");
    assertTrue(ctx.optional(0, ObjectRefCodec.INSTANCE).isEmpty(), "an optional reference says none in its type");
    assertSame(record, ctx.optional(1, ObjectRefCodec.INSTANCE).orElseThrow());
    assertFalse(ctx.isRestored(1));
    assertThrows(IllegalStateException.class, () -> ctx.object(1, SectionCodec.INSTANCE), "another type");
    assertThrows(IllegalStateException.class, () -> ctx.object(2, ObjectRefCodec.INSTANCE), "an unknown id");
    StringBuilder first = ctx.restored(1, ObjectRefCodec.INSTANCE, r -> new StringBuilder("live " + r.objref()));
    assertSame(first, ctx.restored(1, ObjectRefCodec.INSTANCE, r -> new StringBuilder("again")));
    assertTrue(ctx.has(RestoreContext.Flag.KEEP_LSM));
  }

  /**
   * Thousands of objects, random references to them (many to few, as tasks to their labels) and
   * builds that fail at random: every object gets one objref, the first time a build of it
   * succeeds, and keeps it; a failed build leaves no trace; objref() says what share said.
   * The reference is an IdentityHashMap of what was written.
   */
  @Test
  void sharingByIdentityMatchesAnIdentityMapUnderRandomFailures() throws Exception {
    for (long seed = 1; seed <= 5; seed++) {
      java.util.Random random = new java.util.Random(seed);
      ImageWriter w = new ImageWriter(Channels.newChannel(new ByteArrayOutputStream()),
          ImageHeader.of("t", 1, 0, new SchemaEntry[0], 0));
      CheckpointContext ctx = new CheckpointContext(w);
      Object[] live = new Object[1 + random.nextInt(5000)];
      for (int i = 0; i < live.length; i++) {
        live[i] = random.nextBoolean() ? new Object() : new StringBuilder("equal");  // equal, not identical
      }
      Map<Object, Integer> expected = new java.util.IdentityHashMap<>();
      int next = 1;
      for (int n = 0; n < live.length * 4; n++) {
        Object o = live[random.nextInt(random.nextBoolean() ? live.length : Math.min(live.length, 8))];
        boolean fail = random.nextInt(10) == 0;
        Integer known = expected.get(o);
        assertEquals(known == null ? 0 : known, ctx.objref(o));
        if (fail && known == null) {
          assertThrows(java.io.IOException.class, () -> ctx.share(o, ObjectRefCodec.INSTANCE, () -> {
            throw new java.io.IOException("refused");
          }));
          assertEquals(0, ctx.objref(o), "a failed build leaves no objref");
          continue;
        }
        int ref = ctx.share(o, ObjectRefCodec.INSTANCE, () -> new ObjectRef(1, 0));
        if (known == null) {
          assertEquals(next++, ref, "a new object gets the next id");
          expected.put(o, ref);
        } else {
          assertEquals(known, ref);
        }
      }
      assertEquals(expected.size(), ctx.sharedObjects());
      for (Map.Entry<Object, Integer> e : expected.entrySet()) {
        assertEquals(e.getValue(), ctx.objref(e.getKey()));
      }
    }
  }

  /**
   * Builds that share other objects while their own object is in progress, some of those
   * failing: the table grows and moves entries under the outer build (and a failed inner build
   * moves entries back into its slot), and an objref() miss is followed by other lookups and
   * shares before its share(). Every object keeps the one objref an IdentityHashMap says, given
   * in write order (inner objects before the outer one).
   */
  @Test
  void nestedSharesThatGrowOrFailKeepEveryObjectsObjref() throws Exception {
    for (long seed = 1; seed <= 5; seed++) {
      System.out.println("nestedSharesThatGrowOrFailKeepEveryObjectsObjref seed " + seed);
      java.util.Random random = new java.util.Random(seed);
      ImageWriter w = new ImageWriter(Channels.newChannel(new ByteArrayOutputStream()),
          ImageHeader.of("t", 1, 0, new SchemaEntry[0], 0));
      CheckpointContext ctx = new CheckpointContext(w);
      Object[] outers = new Object[500 + random.nextInt(3000)];
      Object[] inners = new Object[500 + random.nextInt(3000)];
      java.util.Arrays.setAll(outers, i -> new Object());
      java.util.Arrays.setAll(inners, i -> new Object());
      Map<Object, Integer> expected = new java.util.IdentityHashMap<>();
      int[] next = {1};
      for (int n = 0; n < outers.length * 3; n++) {
        Object outer = outers[random.nextInt(outers.length)];
        Integer known = expected.get(outer);
        assertEquals(known == null ? 0 : known, ctx.objref(outer));
        if (random.nextBoolean()) {
          Object other = inners[random.nextInt(inners.length)];  // another lookup between the miss and the share
          assertEquals(expected.getOrDefault(other, 0), ctx.objref(other));
        }
        int ref = ctx.share(outer, ObjectRefCodec.INSTANCE, () -> {
          for (int k = random.nextInt(5); k > 0; k--) {
            Object inner = inners[random.nextInt(inners.length)];
            Integer innerKnown = expected.get(inner);
            if (innerKnown == null && random.nextInt(3) == 0) {
              assertThrows(java.io.IOException.class, () -> ctx.share(inner, ObjectRefCodec.INSTANCE, () -> {
                throw new java.io.IOException("refused");
              }));
              assertEquals(0, ctx.objref(inner), "a failed build leaves no objref");
              continue;
            }
            int innerRef = ctx.share(inner, ObjectRefCodec.INSTANCE, () -> new ObjectRef(1, 0));
            if (innerKnown == null) {
              assertEquals(next[0]++, innerRef, "a new inner object gets the next id");
              expected.put(inner, innerRef);
            } else {
              assertEquals(innerKnown, innerRef);
            }
          }
          return new ObjectRef(1, 0);
        });
        if (known == null) {
          assertEquals(next[0]++, ref, "the outer object gets the id after its inner ones'");
          expected.put(outer, ref);
        } else {
          assertEquals(known, ref);
        }
      }
      assertEquals(expected.size(), ctx.sharedObjects());
      for (Map.Entry<Object, Integer> e : expected.entrySet()) {
        assertEquals(e.getValue(), ctx.objref(e.getKey()));
      }
    }
  }

  /** A checker's table of objects by objref is a map as any other, null slots (unkept objects) left out. */
  @Test
  void theCheckersTableIsAMapByObjref() {
    RestoreContext.SharedObject a = new RestoreContext.SharedObject(ObjectRefCodec.TYPE, new ObjectRef(7, 1));
    RestoreContext.SharedObject c = new RestoreContext.SharedObject(SectionCodec.TYPE, new org.ckptgen.image.Section("c"));
    Map<Integer, RestoreContext.SharedObject> table = RestoreContext.table(new RestoreContext.SharedObject[] {null, a, null, c});
    assertEquals(Map.of(1, a, 3, c), table);
    assertEquals(Map.of(1, a, 3, c), Map.copyOf(table));
    RestoreContext ctx = new RestoreContext(Caller.privileged(), Set.of(), table);
    assertSame(a.record(), ctx.object(1, ObjectRefCodec.INSTANCE));
    assertThrows(IllegalStateException.class, () -> ctx.object(2, ObjectRefCodec.INSTANCE), "an object not kept");
    assertThrows(IllegalStateException.class, () -> ctx.object(4, ObjectRefCodec.INSTANCE), "past the last");
    assertThrows(IllegalStateException.class, () -> ctx.object(-1, ObjectRefCodec.INSTANCE), "negative");
    assertFalse(ctx.isRestored(3));
    assertFalse(ctx.isRestored(99));
    assertNull(ctx.made(3, SectionCodec.INSTANCE), "nothing made yet");
    assertEquals("C", ctx.restored(3, SectionCodec.INSTANCE, r -> "C"));
    assertTrue(ctx.isRestored(3));
    assertEquals("C", ctx.made(3, SectionCodec.INSTANCE));
    assertThrows(IllegalStateException.class, () -> ctx.made(3, ObjectRefCodec.INSTANCE), "made, but of another type");
    assertThrows(IllegalStateException.class, () -> ctx.made(0, SectionCodec.INSTANCE), "0 is no object");
    assertThrows(IllegalStateException.class, () -> ctx.made(2, SectionCodec.INSTANCE), "an object not kept");
    // a map whose keys are not 1..n is kept as a map, with the same answers
    RestoreContext sparse = new RestoreContext(Caller.privileged(), Set.of(), Map.of(5, a));
    assertSame(a.record(), sparse.object(5, ObjectRefCodec.INSTANCE));
    assertThrows(IllegalStateException.class, () -> sparse.object(1, ObjectRefCodec.INSTANCE));
    assertNull(sparse.made(5, ObjectRefCodec.INSTANCE));
    assertEquals("five", sparse.restored(5, ObjectRefCodec.INSTANCE, r -> "five"));
    assertTrue(sparse.isRestored(5));
    assertEquals("five", sparse.made(5, ObjectRefCodec.INSTANCE));
    assertThrows(IllegalStateException.class, () -> sparse.made(5, SectionCodec.INSTANCE));
  }

  @Test
  void theCallersRightsFollowSetresuidAndCapabilities() {
    Caller user = Caller.user(1000, 1000, 24, 27);
    assertTrue(user.canSetUid(1000));
    assertFalse(user.canSetUid(0), "an unprivileged caller cannot take uid 0");
    assertFalse(user.canSetGid(0));
    assertTrue(user.mayHaveGroup(27));
    assertFalse(user.mayHaveGroup(4));
    Caller root = Caller.privileged();
    assertTrue(root.canSetUid(0) && root.canSetUid(12345) && root.mayHaveGroup(4));
  }
}
