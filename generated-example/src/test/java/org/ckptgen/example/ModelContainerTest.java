package org.ckptgen.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import org.ckptgen.example.container.ContainerImageDispatch;
import org.ckptgen.example.container.UtsNs;
import org.ckptgen.example.model.Model;
import org.ckptgen.example.model.SampleContainer;
import org.ckptgen.example.subsystems.CredSubsystem;
import org.ckptgen.example.subsystems.GroupInfoSubsystem;
import org.ckptgen.example.subsystems.LsmSubsystem;
import org.ckptgen.example.subsystems.TaskSubsystem;
import org.ckptgen.example.subsystems.UserSubsystem;
import org.ckptgen.example.subsystems.UtsSubsystem;
import org.ckptgen.image.hook.Caller;
import org.ckptgen.image.hook.RestoreContext;
import org.ckptgen.image.hook.RestoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The model container through its subsystems: round trip with sharing, and the seeds' rules on restore. */
class ModelContainerTest {
  /** The dispatch over all six subsystems of {@code c}, and the subsystems that report refusals. */
  private record Wired(ContainerImageDispatch dispatch, CredSubsystem cred, GroupInfoSubsystem groups, TaskSubsystem task,
      UtsSubsystem uts) {}

  private static Wired wire(Model.Container c) {
    CredSubsystem cred = new CredSubsystem(c);
    GroupInfoSubsystem groups = new GroupInfoSubsystem(c);
    TaskSubsystem task = new TaskSubsystem(c);
    UtsSubsystem uts = new UtsSubsystem(c);
    return new Wired(ContainerImageDispatch.builder().cred(cred).groupinfo(groups).lsm(new LsmSubsystem(c))
        .task(task).user(new UserSubsystem(c)).uts(uts).build(), cred, groups, task, uts);
  }

  private static Path checkpoint(Model.Container c, Path dir) throws Exception {
    Path image = dir.resolve("container.ckpt");
    wire(c).dispatch().checkpoint(image);
    return image;
  }

  @Test
  void aPrivilegedRestoreBringsBackEveryValueAndEverySharing(@TempDir Path dir) throws Exception {
    Model.Container original = SampleContainer.of(1000, 1000, 24, 1000);
    Path image = checkpoint(original, dir);
    Model.Container fresh = new Model.Container();
    wire(fresh).dispatch().restore(image, Caller.privileged(), Set.of(RestoreContext.Flag.KEEP_LSM));
    assertEquals(SampleContainer.describe(original), SampleContainer.describe(fresh));
    assertSame(fresh.tasks.get(1).cred, fresh.tasks.get(2).cred, "two tasks that shared a cred share it again");
    assertSame(fresh.tasks.get(1).files, fresh.tasks.get(2).files, "and their file table");
    assertSame(fresh.tasks.get(3).ecred.user.ns.creator, fresh.tasks.get(0).cred.user, "the namespace's creator is the owner");
  }

  @Test
  void anUnprivilegedCallerRestoresItsOwnContainerWithItsOwnLabel(@TempDir Path dir) throws Exception {
    Model.Container original = SampleContainer.own(1000, 1000, 24);
    Path image = checkpoint(original, dir);
    Model.Container fresh = new Model.Container();
    fresh.uts = original.uts;
    wire(fresh).dispatch().restore(image, Caller.user(1000, 1000, 24), Set.of());
    String restored = SampleContainer.describe(fresh);
    assertEquals(SampleContainer.describe(original).replaceAll("=system_u:[^ ]*|:system_u:[^ ]*", "X"),
        restored.replaceAll("=unconfined|:unconfined", "X"), "everything but the labels, which are the caller's");
    assertTrue(restored.contains("=unconfined") && !restored.contains("system_u"),
        "without KEEP_LSM no label of the image survives: " + restored);
  }

  @Test
  void aForgedImageAskingForUid0IsRefusedAndNothingIsRestored(@TempDir Path dir) throws Exception {
    Path image = checkpoint(SampleContainer.of(0, 0), dir);
    Model.Container target = SampleContainer.of(1000, 1000);
    String before = SampleContainer.describe(target);
    Wired w = wire(target);
    RestoreException e = assertThrows(RestoreException.class,
        () -> w.dispatch().restore(image, Caller.user(1000, 1000), Set.of()));
    // cred comes last (seeds/002); the task hook revives its tasks' credentials first, by the same rules
    assertEquals("task", e.subsystem());
    assertTrue(e.getMessage().endsWith("the restore hook returned -1 (EPERM)"), e.getMessage());
    assertEquals("uid 0 is not one the caller could setresuid to", w.task().refused);
    assertEquals(before, SampleContainer.describe(target), "nothing at all was restored");
  }

  @Test
  void groupsTheCallerIsNotInAreRefused(@TempDir Path dir) throws Exception {
    Path image = checkpoint(SampleContainer.own(1000, 1000, 4), dir);
    Model.Container target = SampleContainer.of(1000, 1000);
    String before = SampleContainer.describe(target);
    Wired w = wire(target);
    RestoreException e = assertThrows(RestoreException.class,
        () -> w.dispatch().restore(image, Caller.user(1000, 1000, 24), Set.of()));
    assertEquals("groupinfo", e.subsystem(), "the groupinfo hook, before task and cred, checks each group set");
    assertEquals("group 4 is not one the caller is in, and it lacks CAP_SETGID", w.groups().refused);
    assertEquals(before, SampleContainer.describe(target));
  }

  @Test
  void aRefusalInTheLastSubsystemUndoesTheTasksAlreadyRestored(@TempDir Path dir) throws Exception {
    Path image = checkpoint(SampleContainer.own(1000, 1000, 24), dir);
    Model.Container target = new Model.Container();
    target.uts = new UtsNs("Linux", "another-host", "", "", "", "");
    String before = SampleContainer.describe(target);
    Wired w = wire(target);
    RestoreException e = assertThrows(RestoreException.class,
        () -> w.dispatch().restore(image, Caller.user(1000, 1000, 24), Set.of()));
    assertEquals("uts", e.subsystem());
    assertEquals("changing the host name to \"ckpt-demo\" takes CAP_SYS_ADMIN", w.uts().refused);
    assertEquals(before, SampleContainer.describe(target), "the task subsystem's abort hook put the old tasks back");
  }
}
