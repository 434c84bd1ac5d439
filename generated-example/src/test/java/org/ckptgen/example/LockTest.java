package org.ckptgen.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.ckptgen.example.container.ContainerImageSchema;
import org.ckptgen.image.FieldEntry;
import org.ckptgen.image.SchemaEntry;
import org.ckptgen.image.SubsystemEntry;
import org.ckptgen.processor.lock.Lock;
import org.ckptgen.processor.lock.LockFile;
import org.junit.jupiter.api.Test;

/**
 * The example's committed lock (ckptgen.lock, which its build's compatibility gate reads) records
 * the layouts the example builds today: every struct, version, member and subsystem of the
 * container image's own tables, entry for entry. So the lock was written from today's example, and
 * the build that just passed its gate checked exactly these layouts.
 */
class LockTest {
  private static final Path LOCK = Path.of("ckptgen.lock");

  @Test
  void theLockRecordsTheExamplesTables() throws Exception {
    Lock lock = LockFile.parse(Files.readAllBytes(LOCK));
    assertEquals(java.util.Set.of("container"), lock.images().keySet());
    Lock.ImageLock image = lock.images().get("container");
    assertEquals(ContainerImageSchema.VERSION, image.version());

    SchemaEntry[] entries = ContainerImageSchema.entries();
    assertEquals(entries.length, image.structs().size());
    for (SchemaEntry e : entries) {
      Lock.StructLock s = image.structs().get(e.name());
      assertNotNull(s, e.name());
      assertEquals(e.type(), s.type(), e.name());
      assertEquals(e.version(), s.version(), e.name());
      assertEquals(e.size(), s.sizes().get(e.version()), e.name());
      assertEquals((e.flags() & SchemaEntry.SHARED) != 0, s.shared(), e.name());
    }

    int members = 0;
    for (FieldEntry f : ContainerImageSchema.fields().fields()) {
      if (f.role() == FieldEntry.ROLE_PADDING) {
        continue; // the lock leaves padding out: each version's size says it
      }
      members++;
      Lock.StructLock owner = image.structs().get(entries[Short.toUnsignedInt(f.owner())].name());
      Lock.MemberLock m = owner.member(f.name());
      assertNotNull(m, owner.name() + "." + f.name());
      String at = owner.name() + "." + f.name();
      assertEquals(f.offset(), m.offset(), at);
      assertEquals(Short.toUnsignedInt(f.elementSize()), m.size(), at);
      assertEquals(Integer.toUnsignedLong(f.length()), m.length(), at);
      assertEquals(f.since(), m.since(), at);
      assertEquals(f.arity() == FieldEntry.ARITY_VARIABLE, m.variable(), at);
    }
    assertEquals(members, image.structs().values().stream().mapToInt(s -> s.members().size()).sum());

    Map<String, Integer> subsystems = new TreeMap<>();
    for (SubsystemEntry s : ContainerImageSchema.subsystems().subsystems()) {
      subsystems.put(s.name(), s.stateType());
    }
    Map<String, Integer> locked = new TreeMap<>();
    image.subsystems().forEach((name, s) -> locked.put(name, s.stateType()));
    assertEquals(subsystems, locked);
  }

  /** The example's build runs the gate against that lock (docs/COMPATIBILITY.md, Maven). */
  @Test
  void theBuildNamesTheLock() throws Exception {
    String pom = Files.readString(Path.of("pom.xml"));
    assertTrue(pom.contains("<arg>-Ackptgen.lock=${project.basedir}/ckptgen.lock</arg>"));
    assertTrue(pom.contains("<ckptgen.lock.update>false</ckptgen.lock.update>"));
  }
}
