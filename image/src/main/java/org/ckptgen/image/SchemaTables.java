package org.ckptgen.image;

import java.util.ArrayList;
import java.util.List;

/**
 * The four tables of a generated {@code <Root>Schema} (schema, field, enum and subsystem table),
 * read from the text the processor writes into it: one row a line, numbers then the name. A table
 * of thousands of structs costs javac a few string constants this way, where a constructor call
 * per row cost it seconds; the rows are the processor's, the same as the schema file's.
 *
 * <pre>
 * struct TYPE SIZE VERSION FLAGS NAME            one row of the schema table (TYPE in hex, 0x...)
 *   ROLE ELEMENT ARITY FLAGS ELEMENT_SIZE OFFSET LENGTH REF SINCE NAME
 *                                                a member of the struct above (field table)
 * enum ENUM_ID CODE NAME                         one constant (enum table)
 * subsystem STATE_TYPE FLAGS SINCE NAME          one subsystem (subsystem table; STATE_TYPE in hex)
 * </pre>
 *
 * <p>Each column is the record component of {@link SchemaEntry}, {@link FieldEntry},
 * {@link EnumValue} or {@link SubsystemEntry} of that name, as the image stores it. The text is
 * the build's own, so a fault in it is a bug of the build: an {@link IllegalArgumentException}
 * naming the line.
 */
public final class SchemaTables {
  private final SchemaEntry[] entries;
  private final FieldEntry[] fields;
  private final EnumValue[] enums;
  private final SubsystemEntry[] subsystems;

  private SchemaTables(SchemaEntry[] entries, FieldEntry[] fields, EnumValue[] enums, SubsystemEntry[] subsystems) {
    this.entries = entries;
    this.fields = fields;
    this.enums = enums;
    this.subsystems = subsystems;
  }

  /**
   * The tables of {@code text}, given in parts (a string constant holds at most 65,535 bytes):
   * the parts are read as one text, each part ending at the end of a line.
   */
  public static SchemaTables parse(String... text) {
    List<SchemaEntry> entries = new ArrayList<>();
    List<FieldEntry> fields = new ArrayList<>();
    List<EnumValue> enums = new ArrayList<>();
    List<SubsystemEntry> subsystems = new ArrayList<>();
    int lineNumber = 0;
    for (String part : text) {
      for (String line : part.split("\n")) {
        lineNumber++;
        if (line.isEmpty()) {
          continue;
        }
        try {
          Row row = new Row(line);
          if (line.charAt(0) == ' ') {
            if (entries.isEmpty()) {
              throw new IllegalArgumentException("a member before any struct");
            }
            int role = row.integer();
            int element = row.integer();
            int arity = row.integer();
            int flags = row.integer();
            int elementSize = row.integer();
            int offset = row.integer();
            int length = row.integer();
            int ref = row.integer();
            int since = row.integer();
            fields.add(FieldEntry.of(entries.size() - 1, role, element, arity, flags, elementSize, offset, length, ref,
                since, row.name()));
          } else {
            switch (row.word()) {
              case "struct" -> {
                int type = row.integer();
                int size = row.integer();
                int version = row.integer();
                int flags = row.integer();
                entries.add(new SchemaEntry(type, size, version, flags, row.name()));
              }
              case "enum" -> {
                int enumId = row.integer();
                int code = row.integer();
                enums.add(new EnumValue(enumId, code, row.name()));
              }
              case "subsystem" -> {
                int stateType = row.integer();
                int flags = row.integer();
                int since = row.integer();
                subsystems.add(new SubsystemEntry(row.name(), stateType, (short) flags, (short) since));
              }
              default -> throw new IllegalArgumentException("not a row of the schema text");
            }
          }
        } catch (RuntimeException e) {
          throw new IllegalArgumentException("schema text, line " + lineNumber + " (" + line + "): " + e.getMessage(), e);
        }
      }
    }
    return new SchemaTables(entries.toArray(new SchemaEntry[0]), fields.toArray(new FieldEntry[0]),
        enums.toArray(new EnumValue[0]), subsystems.toArray(new SubsystemEntry[0]));
  }

  /** The schema table of the image header: every struct, value structs (type 0) included. */
  public SchemaEntry[] entries() {
    return entries.clone();
  }

  /** The field table: every member of every struct of {@link #entries()}, by index. */
  public SchemaFields fields() {
    return new SchemaFields(fields.clone());
  }

  /** The enum table: the constants of every enum the field table refers to. */
  public SchemaEnums enums() {
    return new SchemaEnums(enums.clone());
  }

  /** The subsystem table, in the order of the image's sections. */
  public SchemaSubsystems subsystems() {
    return new SchemaSubsystems(subsystems.clone());
  }

  /** One line, read left to right: words and numbers separated by spaces, then the name, the rest of the line. */
  private static final class Row {
    private final String line;
    private int at;

    Row(String line) {
      this.line = line;
    }

    String word() {
      while (at < line.length() && line.charAt(at) == ' ') {
        at++;
      }
      int start = at;
      while (at < line.length() && line.charAt(at) != ' ') {
        at++;
      }
      if (start == at) {
        throw new IllegalArgumentException("the line ends early");
      }
      return line.substring(start, at);
    }

    /** A number: decimal, or hex after 0x; at most 32 bits, signed or not, as the image stores it. */
    int integer() {
      String word = word();
      long value = word.startsWith("0x") ? Long.parseLong(word.substring(2), 16) : Long.parseLong(word);
      if (value < Integer.MIN_VALUE || value > 0xffff_ffffL) {
        throw new IllegalArgumentException(word + " takes more than 32 bits");
      }
      return (int) value;
    }

    /** The rest of the line: a name has no spaces, so one word, and nothing may follow it. */
    String name() {
      String name = word();
      if (at < line.length()) {
        throw new IllegalArgumentException("more after the name");
      }
      return name;
    }
  }
}
