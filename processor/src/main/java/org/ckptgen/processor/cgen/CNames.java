package org.ckptgen.processor.cgen;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ckptgen.processor.model.EnumModel;
import org.ckptgen.processor.model.StructLayout;

/**
 * The C identifiers the generated header and reader declare besides the user's structs, enums
 * and constants, so that the processor can refuse a struct whose names would collide with them
 * (a compile error on the struct, instead of a header that does not compile). C has one namespace
 * for struct and enum tags and one for functions, enum constants and typedefs; macros override
 * both. {@code CNamesTest} keeps these lists in step with the templates.
 */
public final class CNames {
  private CNames() {}

  /** Struct tags of the header's and reader's common code. */
  public static final Set<String> COMMON_TAGS = Set.of("ckpt_hdr", "ckpt_reader", "ckpt_record", "ckpt_column");

  /** Functions and macros of the reader's common code. */
  public static final Set<String> COMMON_IDENTIFIERS = Set.of(
      "CKPT_EBADIMAGE", "CKPTGEN_COMMON_DEFINED", "CKPTGEN_NO_LINUX_TYPES", "CKPT_STATIC_ASSERT", "CKPT_ALIGNOF",
      "CKPT_FLEXIBLE", "ckpt_static_assert_failed", "ckpt_le8", "ckpt_le16", "ckpt_le32", "ckpt_le64", "ckpt_fail",
      "ckpt_align8", "ckpt_crc32c", "ckpt_zero", "ckpt_utf8", "ckpt_fixed_string", "ckpt_var_string",
      "ckpt_count", "ckpt_bool", "ckpt_objref", "ckpt_header", "ckpt_json_string", "ckpt_json_inert", "ckpt_json_hex", "ckpt_name",
      "ckpt_check", "ckpt_json", "ckpt_identifier", "ckpt_tables", "ckpt_open", "ckpt_next", "ckpt_ref", "ckpt_build_name", "ckpt_build_version",
      "ckpt_build_fingerprint", "ckpt_build_schema", "ckpt_build_nschema", "ckpt_build_subsystems",
      "ckpt_build_nsubsystems", "ckpt_build_tables", "ckpt_build_table_at", "ckpt_known", "ckpt_u32_order",
      "ckpt_subsystem_rules", "ckpt_table_names", "ckpt_build_check", "ckpt_refs", "ckpt_check_refs", "ckpt_verify",
      "ckpt_build_source", "ckpt_table_columns", "ckpt_table_entry_size", "ckpt_escape", "ckpt_column_text",
      "ckpt_same_table",
      // signed images
      "CKPTGEN_WITH_SODIUM", "ckpt_signature_framing", "ckpt_open_with", "ckpt_signature_key_id", "ckpt_key_id_hex",
      "ckpt_signature_verify", "ckpt_open_signed");

  /** The reader's functions for struct {@code s}: check, JSON and load, and refs where it has objrefs. */
  public static List<String> functionsOf(StructLayout s) {
    List<String> names = new java.util.ArrayList<>(
        List.of(s.cName() + "_check", s.cName() + "_json", s.cName() + "_load_at", s.cName() + "_load"));
    if (s.members().stream().anyMatch(org.ckptgen.processor.model.Member::hasRefs)) {
      names.add(s.cName() + "_refs");
    }
    return names;
  }

  /** The reader's accessor of the variable member of {@code s}, if it has one. */
  public static Optional<String> accessorOf(StructLayout s) {
    return s.variable().map(v -> s.cName() + "_" + v.cName());
  }

  /** The reader's function that names the constants of enum {@code e}. */
  public static String functionOf(EnumModel e) {
    return e.cName() + "_name";
  }
}
