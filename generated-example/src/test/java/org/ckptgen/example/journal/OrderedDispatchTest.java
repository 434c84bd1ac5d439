package org.ckptgen.example.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ckptgen.image.ImageReader;
import org.ckptgen.image.RecordView;
import org.ckptgen.image.SectionCodec;
import org.ckptgen.image.SubsystemEntry;
import org.ckptgen.image.hook.Caller;
import org.ckptgen.image.hook.CheckpointException;
import org.ckptgen.image.hook.RestoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dispatch of an image whose subsystems declare their order: checkpoint writes the sections
 * and restore runs the hooks in the declared order (task, user_ns, user, cred), not the sorted
 * one, and a failing hook aborts the ones restored before it in reverse of that order.
 */
class OrderedDispatchTest {
  private static final List<String> ORDER = List.of("task", "user_ns", "user", "cred");

  private final Journal journal = new Journal();
  private final OrderedImageDispatch dispatch = OrderedImageDispatch.builder().cred(new OrderedCred(journal, 1))
      .task(new OrderedTask(journal, 2)).user(new OrderedUser(journal, 3)).userNs(new OrderedUserNs(journal, 4)).build();
  private final OrderedCred cred = new OrderedCred(journal, 0);
  private final OrderedTask task = new OrderedTask(journal, 0);
  private final OrderedUser user = new OrderedUser(journal, 0);
  private final OrderedUserNs userNs = new OrderedUserNs(journal, 0);
  private final OrderedImageDispatch fresh = OrderedImageDispatch.builder().cred(cred).task(task).user(user)
      .userNs(userNs).build();

  private static List<String> calls(String verb, List<String> names) {
    List<String> calls = new ArrayList<>();
    names.forEach(n -> calls.add(verb + " " + n));
    return calls;
  }

  private Path checkpoint(Path dir) throws Exception {
    Path image = dir.resolve("ordered.ckpt");
    dispatch.checkpoint(image);
    journal.calls.clear();
    return image;
  }

  @Test
  void theDeclaredOrderIsTheDispatchOrder() {
    assertEquals(ORDER, OrderedImageDispatch.SUBSYSTEMS);
    List<String> table = new ArrayList<>();
    for (SubsystemEntry e : OrderedImageSchema.subsystems().subsystems()) {
      table.add(e.name());
    }
    assertEquals(ORDER, table, "the subsystem table lists them in dispatch order");
  }

  @Test
  void checkpointWritesTheSectionsAndRestoreRunsTheHooksInTheDeclaredOrder(@TempDir Path dir) throws Exception {
    Path image = dir.resolve("ordered.ckpt");
    dispatch.checkpoint(image);
    assertEquals(calls("checkpoint", ORDER), journal.calls);
    List<String> sections = new ArrayList<>();
    try (ImageReader r = ImageReader.open(image)) {
      r.verify();
      for (RecordView v : r.records()) {
        if (v.type() == SectionCodec.TYPE) {
          sections.add(v.decode(SectionCodec.INSTANCE).subsystem());
        }
      }
    }
    assertEquals(ORDER, sections);
    journal.calls.clear();
    fresh.restore(image, Caller.privileged(), Set.of());
    assertEquals(calls("restore", ORDER), journal.calls);
    assertEquals(List.of(1, 2, 3, 4), List.of(cred.log.restoredValue, task.log.restoredValue, user.log.restoredValue,
        userNs.log.restoredValue));
  }

  @Test
  void aFailingRestoreHookAbortsTheOnesBeforeItInReverseOfTheDeclaredOrder(@TempDir Path dir) throws Exception {
    Path image = checkpoint(dir);
    for (String failing : ORDER) {
      for (boolean throwing : new boolean[] {false, true}) {
        journal.calls.clear();
        journal.failRestoreOf = failing;
        journal.failByException = throwing;
        RestoreException e = assertThrows(RestoreException.class, () -> fresh.restore(image, Caller.privileged(), Set.of()));
        assertTrue(e.getMessage().contains("subsystem \"" + failing + "\""), e.getMessage());
        int at = ORDER.indexOf(failing);
        List<String> expected = calls("restore", ORDER.subList(0, at + 1));
        List<String> aborted = new ArrayList<>(ORDER.subList(0, at));
        java.util.Collections.reverse(aborted);
        expected.addAll(calls("abort", aborted));
        assertEquals(expected, journal.calls, failing + (throwing ? " throws" : " returns -1"));
      }
    }
  }

  @Test
  void aFailingCheckpointHookStopsTheImageWhereItIs(@TempDir Path dir) throws Exception {
    journal.failCheckpointOf = "user";
    Path image = dir.resolve("ordered.ckpt");
    CheckpointException e = assertThrows(CheckpointException.class, () -> dispatch.checkpoint(image));
    assertTrue(e.getMessage().contains("user"), e.getMessage());
    assertEquals(calls("checkpoint", List.of("task", "user_ns", "user")), journal.calls, "cred is never asked");
    assertTrue(Files.notExists(image), "no image is left behind");
  }
}
