package org.ckptgen.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToIntFunction;
import org.ckptgen.image.FieldEntry;
import org.ckptgen.image.SchemaEntry;
import org.ckptgen.processor.model.Member;
import org.ckptgen.processor.model.Tables;
import org.junit.jupiter.api.Test;

/**
 * The field table's codes are written by the processor (model/Tables) and read by the image
 * module (FieldEntry's constants): two spellings of one map, held equal here, both ways.
 */
class FieldCodesTest {
  @Test
  void rolesElementsAndAritiesHaveOneCodeOnBothSides() throws IllegalAccessException {
    assertSameCodes("ROLE_", Member.Role.values(), Tables::role);
    assertSameCodes("ELEMENT_", Member.Element.values(), Tables::element);
    assertSameCodes("ARITY_", Member.Arity.values(), Tables::arity);
  }

  @Test
  void flagsHaveOneValueOnBothSides() throws IllegalAccessException {
    Map<String, Integer> processor = constants(Tables.class, "FLAG_");
    assertEquals(constants(FieldEntry.class, "FLAG_"), processor);
    assertEquals(SchemaEntry.SHARED, Tables.SHARED);
    assertEquals(SchemaEntry.VARIABLE, Tables.VARIABLE);
  }

  /** Every constant of the model's enum maps to FieldEntry's constant of its name, and no other exists. */
  private static <E extends Enum<E>> void assertSameCodes(String prefix, E[] values, ToIntFunction<E> code)
      throws IllegalAccessException {
    Map<String, Integer> processor = new TreeMap<>();
    for (E e : values) {
      processor.put(prefix + e.name(), code.applyAsInt(e));
    }
    assertEquals(constants(FieldEntry.class, prefix), processor);
  }

  private static Map<String, Integer> constants(Class<?> c, String prefix) throws IllegalAccessException {
    Map<String, Integer> out = new TreeMap<>();
    for (Field f : c.getFields()) {
      if (f.getName().startsWith(prefix) && Modifier.isStatic(f.getModifiers()) && f.getType() == int.class) {
        out.put(f.getName(), f.getInt(null));
      }
    }
    return out;
  }
}
