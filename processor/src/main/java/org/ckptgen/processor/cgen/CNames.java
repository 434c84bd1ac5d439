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

  /** Struct and enum tags of the header's and the common reader's code (ckptgen_reader.h). */
  public static final Set<String> COMMON_TAGS = Set.of("ckpt_hdr", "ckpt_reader", "ckpt_record", "ckpt_column",
      "ckpt_enum", "ckpt_enum_constant", "ckpt_image", "ckpt_kind", "ckpt_mask", "ckpt_member", "ckpt_named", "ckpt_ref_at",
      "ckpt_struct",
      "ckpt_tables_at", "ckpt_owner", "ckpt_layout_side", "ckpt_layout_rule");

  /**
   * Functions, macros and enum constants of the common code (the header's, and ckptgen_reader.h's).
   * The generated reader's own names start with the image's name and an underscore.
   */
  public static final Set<String> COMMON_IDENTIFIERS = Set.of(
      "ckpt_align8", "CKPT_ALIGNOF", "CKPT_ARITY", "ckpt_bool", "ckpt_build_check", "ckpt_check",
      "ckpt_check_element", "ckpt_check_framing", "ckpt_check_member", "ckpt_check_refs", "ckpt_check_refs_of", "ckpt_check_struct",
      "CKPT_COLUMN", "ckpt_column_text", "ckpt_count", "ckpt_crc32c", "ckpt_crc32c_portable", "ckpt_crc32c_sse42",
      "ckpt_crc32c_update", "ckpt_crc32c_portable_update", "ckpt_crc32c_sse42_update", "ckpt_crc32c_shift",
      "CKPT_CRC32C_BLOCK", "CKPT_CRC32C_SHIFT1", "CKPT_CRC32C_SHIFT2", "CKPT_CRC32C_CHUNK", "CKPT_AHEAD", "CKPT_PREFETCH",
      "CKPT_BYTES_7F", "CKPT_BYTES_80", "ckpt_utf8_ok", "ckpt_zero_ok", "ckpt_fixed_string_ok", "ckpt_var_string_ok",
      "ckpt_ref_ok", "ckpt_check_struct_desc", "ckpt_descending", "CKPT_EBADIMAGE",
      "CKPT_ELEMENT", "ckpt_elements", "CKPT_ENUM_AT", "ckpt_enum_name", "ckpt_enum_rules", "ckpt_escape",
      "CKPT_EV", "ckpt_fail", "CKPT_FE", "CKPT_FIELD_AT", "ckpt_field_rules", "ckpt_fixed_string",
      "CKPT_FLAG", "CKPT_FLEXIBLE", "ckpt_header", "ckpt_identifier", "ckpt_image_header", "ckpt_image_name",
      "ckpt_json", "ckpt_json_default", "ckpt_json_element", "ckpt_json_hex", "ckpt_json_inert",
      "ckpt_json_member", "ckpt_json_string", "ckpt_json_struct", "CKPT_K_BOOL", "CKPT_K_BYTES",
      "CKPT_K_COUNT", "CKPT_K_ENUM", "CKPT_K_HEADER", "CKPT_K_INT", "CKPT_K_OBJREF", "CKPT_K_PADDING",
      "CKPT_K_STRING", "CKPT_K_STRUCT", "ckpt_key_id_hex", "ckpt_known", "ckpt_le16", "ckpt_le32",
      "ckpt_le64", "ckpt_le8", "ckpt_len_at", "ckpt_load_framing", "ckpt_load_struct", "CKPT_M_FIXED",
      "CKPT_M_OPTIONAL", "CKPT_M_REFS", "CKPT_M_SIGNED", "CKPT_M_SORTED", "CKPT_M_TEXT", "CKPT_M_VARIABLE",
      "ckpt_name", "ckpt_named_order", "ckpt_nesting", "ckpt_next", "ckpt_objref", "ckpt_open", "ckpt_open_signed",
      "ckpt_open_tables", "ckpt_open_with", "ckpt_ref", "ckpt_refs", "ckpt_refs_struct", "CKPT_ROLE",
      "ckpt_same_name", "ckpt_same_table", "ckpt_compatible_subsystems", "ckpt_layout_bound", "ckpt_layout_differs",
      "ckpt_layout_end", "ckpt_layout_enum", "ckpt_layout_first", "ckpt_layout_member", "ckpt_layout_struct",
      "ckpt_our_subsystem", "ckpt_section_name", "CKPT_SCHEMA_AT", "ckpt_schema_rules", "CKPT_SE",
      "ckpt_signature_framing",
      "ckpt_signature_key_id", "ckpt_signature_verify", "ckpt_sint", "CKPT_STATIC_ASSERT",
      "ckpt_static_assert_failed", "ckpt_store", "ckpt_struct_end", "ckpt_struct_of", "CKPT_SUBSYSTEM_AT",
      "ckpt_subsystem_rules", "ckpt_table_columns", "ckpt_table_count_at", "ckpt_table_entry_size",
      "ckpt_table_first_at", "ckpt_table_names", "ckpt_tables", "ckpt_trailer", "ckpt_u32_order", "ckpt_uint",
      "ckpt_utf8", "ckpt_var_string", "ckpt_verify", "ckpt_walk", "ckpt_zero", "CKPTGEN_COMMON_DEFINED", "CKPTGEN_CRC32C_SSE42",
      "CKPTGEN_FRAMING_DEFINED", "CKPTGEN_FRAMING_READER_DEFINED", "CKPTGEN_NO_LINUX_TYPES", "CKPTGEN_PORTABLE_CRC32C",
      "CKPTGEN_READER_H", "CKPTGEN_WITH_SODIUM");

  /** The reader's typed functions for struct {@code s}: its loads (the checks work on its description). */
  public static List<String> functionsOf(StructLayout s) {
    return s.isRecord() ? List.of(s.cName() + "_load_at", s.cName() + "_load") : List.of(s.cName() + "_load_at");
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
