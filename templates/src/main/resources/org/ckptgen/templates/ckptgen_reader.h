/*
 * ckptgen_reader.h: the C reader of ckptgen checkpoint images, the same for every image kind.
 *
 * Shipped by ckptgen beside the generated headers; do not edit. Each image's generated
 * <image>_ckpt_reader.h includes it and adds that image's descriptions: a table per struct of
 * its members (offset, kind, bounds, name), its enums' constants, what the build writes, and
 * <image>_ckpt_open. The code below walks and checks any image by those descriptions, so the
 * readers of any number of images compile in one translation unit.
 *
 * Walks an image held in memory and checks it as the Java reader does: the header's magic,
 * format version, byte order and flags; every record's length and zero gap; the trailer, its
 * record count, length and CRC32C; then, record by record (ckpt_check), every length, count,
 * bound, padding byte, boolean, enum code, NUL terminator, UTF-8 string, sorted array and
 * objref. Bad input gives CKPT_EBADIMAGE with the offset and the reason in the reader; the
 * reader never reads outside the buffer. Integers are converted from little endian, so it works
 * on any host.
 *
 *	struct ckpt_reader r;
 *	struct ckpt_record rec;
 *	if (container_ckpt_open(&r, buf, size) < 0)
 *		fprintf(stderr, "at offset %zu: %s\n", r.err_offset, r.err);
 *	while (ckpt_next(&r, &rec) > 0) {
 *		if (ckpt_check(&r, &rec) < 0) ...;
 *		if (rec.type == CKPT_HDR_CRED) { struct ckpt_hdr_cred c; ckpt_hdr_cred_load(&rec, &c); ... }
 *	}
 *
 * All functions are static: nothing to link. C99, C11 and later, and C++11 and later, with gcc
 * or clang; warning-free under -Wall -Wextra -pedantic -Wconversion -Wsign-conversion -Wshadow
 * -Wcast-align, at -O0 and -O2.
 *
 * Signed images: ckpt_open checks a signature record's framing (the last record before the
 * trailer, of the size of struct ckpt_hdr_signature, algorithm 1, no flags) and sets r.signature
 * to where it is (0: unsigned). Compiled with -DCKPTGEN_WITH_SODIUM (and linked with -lsodium),
 * <image>_ckpt_open_signed(r, buf, size, public_key) also requires the signature of the raw
 * 32-byte Ed25519 public key, as the Java readers do: after the CRC32C, before the tables, with
 * the same offsets and words.
 *
 * The framing (the image header, its tables, sections, objrefs, the signature and the trailer)
 * is read through the structs and constants of the image header it follows, offsetof() and
 * sizeof() of ckpt_hdr_image and the others, so it follows the layout model of ckptgen-image.
 */
#ifndef CKPTGEN_READER_H
#define CKPTGEN_READER_H

#ifndef CKPTGEN_FRAMING_DEFINED
#error "ckptgen_reader.h reads images by the framing structs of an image header: include <image>_ckpt_reader.h"
#endif

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef CKPTGEN_WITH_SODIUM
#include <sodium.h>
#endif

#ifdef __cplusplus
extern "C" {
#endif

#define CKPT_EBADIMAGE (-1)

/* How far ahead of the record it reads the reader asks the CPU to fetch the image. */
#define CKPT_AHEAD 512
/* The bytes ckpt_walk takes the CRC32C of at a time, ahead of the records it walks: they stay in the cache. */
#define CKPT_CRC32C_CHUNK 49152

/* Where the image header's schema table, the field, enum and subsystem tables keep their entries. */
#define CKPT_SCHEMA_AT(k) (offsetof(struct ckpt_hdr_image, schema) + sizeof(struct ckpt_schema_entry) * (k))
#define CKPT_FIELD_AT(at, k) ((at) + offsetof(struct ckpt_hdr_fields, fields) + sizeof(struct ckpt_field_entry) * (k))
#define CKPT_ENUM_AT(at, k) ((at) + offsetof(struct ckpt_hdr_enums, values) + sizeof(struct ckpt_enum_value) * (k))
#define CKPT_SUBSYSTEM_AT(at, k) \
	((at) + offsetof(struct ckpt_hdr_subsystems, subsystems) + sizeof(struct ckpt_subsystem_entry) * (k))

/* What a member is, in a struct's description: the checks, JSON and load of one kind each. */
enum ckpt_kind {
	CKPT_K_HEADER,		/* the record header; checked before the members */
	CKPT_K_PADDING,		/* bytes that must be zero */
	CKPT_K_COUNT,		/* the __u32 count of the variable member */
	CKPT_K_INT,		/* integers, signed where CKPT_M_SIGNED */
	CKPT_K_BOOL,		/* __u8, 0 or 1 */
	CKPT_K_ENUM,		/* a code of member->enumeration */
	CKPT_K_OBJREF,		/* __s32, 0 or an id */
	CKPT_K_STRUCT,		/* member->nested */
	CKPT_K_STRING,		/* char: a fixed NUL-padded string, or a variable NUL-terminated one */
	CKPT_K_BYTES		/* __u8 payload, unchecked */
};

/* Flags of a member's description. */
#define CKPT_M_VARIABLE 1u	/* the variable member: its count's value of elements at the struct's end */
#define CKPT_M_SIGNED 2u	/* a signed integer */
#define CKPT_M_SORTED 4u	/* elements in non-decreasing order */
#define CKPT_M_OPTIONAL 8u	/* an objref that may be 0 */
#define CKPT_M_REFS 16u		/* an objref, or a struct that holds one */
#define CKPT_M_TEXT 32u		/* a count of text bytes: the NUL follows them */
#define CKPT_M_FIXED 64u	/* a fixed array: printed as one, even of one element */

struct ckpt_struct;

/* One constant of an enum: its code and its Java name (what JSON prints). */
struct ckpt_enum_constant {
	long code;
	const char *name;
};

struct ckpt_enum {
	const struct ckpt_enum_constant *constants;
	size_t nconstants;
};

/*
 * One member of a struct, as the layout model laid it out. offset is offsetof() of the member
 * (the header asserts it is the offset in the image too); length is the elements of a fixed
 * array, the bytes of padding, 1 for one element; since_size is where the record of the
 * member's version ends (0 for a member of version 1): a shorter record has no such member.
 */
struct ckpt_member {
	const char *what;	/* "struct.member", for errors */
	const char *name;	/* the member's C name, for JSON */
	const struct ckpt_struct *nested;
	const struct ckpt_enum *enumeration;
	size_t offset;
	__u32 length;
	__u32 element_size;
	__u64 max;		/* a count's: the bound of the member it counts */
	__u32 since_size;
	__u32 ref_type;		/* an objref's: the record type it refers to */
	unsigned kind;		/* enum ckpt_kind */
	unsigned flags;		/* CKPT_M_* */
};

/* An 8-byte word of a struct at offset, little endian, in which the bits set in bits must be zero. */
struct ckpt_mask {
	size_t offset;
	__u64 bits;
};

/* An objref at offset of a struct, which must refer to a record of type, or be 0 where optional. */
struct ckpt_ref_at {
	size_t offset;
	__u32 type;
	__u32 optional;
};

/*
 * A struct: its size, the least length of its record (that of version 1), its members; and what
 * the generator summarised of them, so that checks and walks need not go member by member: the
 * words whose bits must be zero (padding, the sign of every objref, the high bits of every
 * boolean, of nested fixed structs too), the members those masks do not cover (checks, in member
 * order), the members an objref walk visits (walk: counts and members that hold objrefs), and,
 * where they all lie in the fixed part, the struct's objrefs themselves (refs_at).
 */
struct ckpt_struct {
	const char *name;
	const struct ckpt_member *members;
	__u32 nmembers;
	__u32 type;		/* 0 for a value struct */
	__u32 size;
	__u32 least;
	int own;		/* a record type of the image's own, not of the framing */
	int refs;		/* holds an objref */
	const struct ckpt_mask *masks;
	size_t nmasks;
	const __u32 *checks;	/* indices into members */
	size_t nchecks;
	const __u32 *walk;	/* indices into members */
	size_t nwalk;
	const struct ckpt_ref_at *refs_at;	/* every objref, where all are in the fixed part of version 1; else NULL */
	size_t nrefs_at;
	/* generated C of the struct's own (NULL for a struct of more than one version): ok(p, len)
	 * is 1 where the struct at p, len bytes (its header or size checked), passes every check
	 * of ckpt_check_struct, 0 where one may fail; refs_ok(p, types, n) is 1 where every objref
	 * of it resolves as ckpt_refs_struct resolves it. On 0 the reader goes by the description,
	 * for the first error's offset and reason. */
	int (*ok)(const unsigned char *p, size_t len);
	int (*refs_ok)(const unsigned char *p, const __u32 *types, size_t n);
};

/*
 * What one image's build is (docs/FORMAT.md, "A valid image"): the image name, version and
 * schema fingerprint it writes, its record types in increasing order (framing included), its own
 * schema entries (for the compatibility rule), its subsystems in dispatch order, and the bytes of
 * its tables, which an image of its fingerprint must carry.
 */
struct ckpt_image {
	const char *name;
	const char *source;	/* how TrustedSchema names this build's schema */
	const struct ckpt_struct *const *records;
	const struct ckpt_schema_entry *schema;
	const struct ckpt_subsystem_entry *subsystems;
	const unsigned char *tables;	/* the header's schema table (from nschema), the field, enum and subsystem tables */
	const size_t *table_at;		/* where each starts in tables, and where the last ends */
	size_t nschema;
	size_t nsubsystems;
	__u64 fingerprint;
	__u32 version;
	__u32 nrecords;
	const struct ckpt_struct *(*struct_of)(__u32 type);	/* the description of a record type, or NULL: generated, O(1) */
};

struct ckpt_reader {
	const unsigned char *buf;
	size_t size;
	size_t first;		/* the first record after the header and its tables */
	size_t trailer;		/* where the trailer starts */
	size_t signature;	/* where the signature record starts; 0: the image is unsigned */
	size_t at;		/* the next record ckpt_next returns */
	size_t err_offset;	/* on CKPT_EBADIMAGE: where */
	__u64 nrecords;		/* records before the trailer, header included */
	__s64 err_type;		/* the record type, or -1 (also for type 0xffffffff, as in Java) */
	size_t subsystems;	/* where the subsystem table starts */
	size_t nsubsystems;	/* its entries */
	const struct ckpt_image *image;	/* the build the image is read by */
	__u64 nobjrefs;		/* objref records the framing walk counted */
	__u32 crc32c;
	char err[500];		/* why; sized so that the struct has no padding on 32 or 64 bits */
};

struct ckpt_record {
	__u32 type;
	__u32 len;
	size_t offset;
	const unsigned char *p;	/* the record's bytes, header first */
};

static inline __u16 ckpt_le16(const unsigned char *p) { return (__u16)(p[0] | (p[1] << 8)); }
static inline __u32 ckpt_le32(const unsigned char *p)
{
	return (__u32)p[0] | ((__u32)p[1] << 8) | ((__u32)p[2] << 16) | ((__u32)p[3] << 24);
}
static inline __u64 ckpt_le64(const unsigned char *p) { return ckpt_le32(p) | ((__u64)ckpt_le32(p + 4) << 32); }
static inline __u8 ckpt_le8(const unsigned char *p) { return p[0]; }

#if defined(__GNUC__)
__attribute__((format(printf, 4, 5)))
#endif
static inline int ckpt_fail(struct ckpt_reader *r, size_t offset, __s64 type, const char *fmt, ...)
{
	va_list ap;

	r->err_offset = offset;
	/* Java's CkptFormatException keeps a type in an int, -1 for none: a record of type 0xffffffff,
	 * which no build assigns, is reported with no type there, and so here */
	r->err_type = type == 0xffffffff ? -1 : type;
	va_start(ap, fmt);
	vsnprintf(r->err, sizeof(r->err), fmt, ap);
	va_end(ap);
	return CKPT_EBADIMAGE;
}

static inline size_t ckpt_align8(size_t n) { return (n + 7) & ~(size_t)7; }

/* The length in the header of the record at at. */
static inline __u32 ckpt_len_at(const struct ckpt_reader *r, size_t at)
{
	return ckpt_le32(r->buf + at + offsetof(struct ckpt_hdr, len));
}

/*
 * CRC32C (Castagnoli, reflected 0x82f63b78), as java.util.zip.CRC32C computes it, portably:
 * slicing by 8 bytes, on tables that are constants (table[0] is the byte-wise table; table[k][i]
 * is the CRC of byte i followed by k zero bytes), so threads may check images at once.
 * ckpt_crc32c below uses the CPU's CRC32 instruction instead where it has one.
 */
static inline __u32 ckpt_crc32c_portable_update(__u32 crc, const unsigned char *p, size_t n)
{
	static const __u32 table[8][256] = {
		{
			0x00000000u, 0xf26b8303u, 0xe13b70f7u, 0x1350f3f4u, 0xc79a971fu, 0x35f1141cu,
			0x26a1e7e8u, 0xd4ca64ebu, 0x8ad958cfu, 0x78b2dbccu, 0x6be22838u, 0x9989ab3bu,
			0x4d43cfd0u, 0xbf284cd3u, 0xac78bf27u, 0x5e133c24u, 0x105ec76fu, 0xe235446cu,
			0xf165b798u, 0x030e349bu, 0xd7c45070u, 0x25afd373u, 0x36ff2087u, 0xc494a384u,
			0x9a879fa0u, 0x68ec1ca3u, 0x7bbcef57u, 0x89d76c54u, 0x5d1d08bfu, 0xaf768bbcu,
			0xbc267848u, 0x4e4dfb4bu, 0x20bd8edeu, 0xd2d60dddu, 0xc186fe29u, 0x33ed7d2au,
			0xe72719c1u, 0x154c9ac2u, 0x061c6936u, 0xf477ea35u, 0xaa64d611u, 0x580f5512u,
			0x4b5fa6e6u, 0xb93425e5u, 0x6dfe410eu, 0x9f95c20du, 0x8cc531f9u, 0x7eaeb2fau,
			0x30e349b1u, 0xc288cab2u, 0xd1d83946u, 0x23b3ba45u, 0xf779deaeu, 0x05125dadu,
			0x1642ae59u, 0xe4292d5au, 0xba3a117eu, 0x4851927du, 0x5b016189u, 0xa96ae28au,
			0x7da08661u, 0x8fcb0562u, 0x9c9bf696u, 0x6ef07595u, 0x417b1dbcu, 0xb3109ebfu,
			0xa0406d4bu, 0x522bee48u, 0x86e18aa3u, 0x748a09a0u, 0x67dafa54u, 0x95b17957u,
			0xcba24573u, 0x39c9c670u, 0x2a993584u, 0xd8f2b687u, 0x0c38d26cu, 0xfe53516fu,
			0xed03a29bu, 0x1f682198u, 0x5125dad3u, 0xa34e59d0u, 0xb01eaa24u, 0x42752927u,
			0x96bf4dccu, 0x64d4cecfu, 0x77843d3bu, 0x85efbe38u, 0xdbfc821cu, 0x2997011fu,
			0x3ac7f2ebu, 0xc8ac71e8u, 0x1c661503u, 0xee0d9600u, 0xfd5d65f4u, 0x0f36e6f7u,
			0x61c69362u, 0x93ad1061u, 0x80fde395u, 0x72966096u, 0xa65c047du, 0x5437877eu,
			0x4767748au, 0xb50cf789u, 0xeb1fcbadu, 0x197448aeu, 0x0a24bb5au, 0xf84f3859u,
			0x2c855cb2u, 0xdeeedfb1u, 0xcdbe2c45u, 0x3fd5af46u, 0x7198540du, 0x83f3d70eu,
			0x90a324fau, 0x62c8a7f9u, 0xb602c312u, 0x44694011u, 0x5739b3e5u, 0xa55230e6u,
			0xfb410cc2u, 0x092a8fc1u, 0x1a7a7c35u, 0xe811ff36u, 0x3cdb9bddu, 0xceb018deu,
			0xdde0eb2au, 0x2f8b6829u, 0x82f63b78u, 0x709db87bu, 0x63cd4b8fu, 0x91a6c88cu,
			0x456cac67u, 0xb7072f64u, 0xa457dc90u, 0x563c5f93u, 0x082f63b7u, 0xfa44e0b4u,
			0xe9141340u, 0x1b7f9043u, 0xcfb5f4a8u, 0x3dde77abu, 0x2e8e845fu, 0xdce5075cu,
			0x92a8fc17u, 0x60c37f14u, 0x73938ce0u, 0x81f80fe3u, 0x55326b08u, 0xa759e80bu,
			0xb4091bffu, 0x466298fcu, 0x1871a4d8u, 0xea1a27dbu, 0xf94ad42fu, 0x0b21572cu,
			0xdfeb33c7u, 0x2d80b0c4u, 0x3ed04330u, 0xccbbc033u, 0xa24bb5a6u, 0x502036a5u,
			0x4370c551u, 0xb11b4652u, 0x65d122b9u, 0x97baa1bau, 0x84ea524eu, 0x7681d14du,
			0x2892ed69u, 0xdaf96e6au, 0xc9a99d9eu, 0x3bc21e9du, 0xef087a76u, 0x1d63f975u,
			0x0e330a81u, 0xfc588982u, 0xb21572c9u, 0x407ef1cau, 0x532e023eu, 0xa145813du,
			0x758fe5d6u, 0x87e466d5u, 0x94b49521u, 0x66df1622u, 0x38cc2a06u, 0xcaa7a905u,
			0xd9f75af1u, 0x2b9cd9f2u, 0xff56bd19u, 0x0d3d3e1au, 0x1e6dcdeeu, 0xec064eedu,
			0xc38d26c4u, 0x31e6a5c7u, 0x22b65633u, 0xd0ddd530u, 0x0417b1dbu, 0xf67c32d8u,
			0xe52cc12cu, 0x1747422fu, 0x49547e0bu, 0xbb3ffd08u, 0xa86f0efcu, 0x5a048dffu,
			0x8ecee914u, 0x7ca56a17u, 0x6ff599e3u, 0x9d9e1ae0u, 0xd3d3e1abu, 0x21b862a8u,
			0x32e8915cu, 0xc083125fu, 0x144976b4u, 0xe622f5b7u, 0xf5720643u, 0x07198540u,
			0x590ab964u, 0xab613a67u, 0xb831c993u, 0x4a5a4a90u, 0x9e902e7bu, 0x6cfbad78u,
			0x7fab5e8cu, 0x8dc0dd8fu, 0xe330a81au, 0x115b2b19u, 0x020bd8edu, 0xf0605beeu,
			0x24aa3f05u, 0xd6c1bc06u, 0xc5914ff2u, 0x37faccf1u, 0x69e9f0d5u, 0x9b8273d6u,
			0x88d28022u, 0x7ab90321u, 0xae7367cau, 0x5c18e4c9u, 0x4f48173du, 0xbd23943eu,
			0xf36e6f75u, 0x0105ec76u, 0x12551f82u, 0xe03e9c81u, 0x34f4f86au, 0xc69f7b69u,
			0xd5cf889du, 0x27a40b9eu, 0x79b737bau, 0x8bdcb4b9u, 0x988c474du, 0x6ae7c44eu,
			0xbe2da0a5u, 0x4c4623a6u, 0x5f16d052u, 0xad7d5351u,
		},
		{
			0x00000000u, 0x13a29877u, 0x274530eeu, 0x34e7a899u, 0x4e8a61dcu, 0x5d28f9abu,
			0x69cf5132u, 0x7a6dc945u, 0x9d14c3b8u, 0x8eb65bcfu, 0xba51f356u, 0xa9f36b21u,
			0xd39ea264u, 0xc03c3a13u, 0xf4db928au, 0xe7790afdu, 0x3fc5f181u, 0x2c6769f6u,
			0x1880c16fu, 0x0b225918u, 0x714f905du, 0x62ed082au, 0x560aa0b3u, 0x45a838c4u,
			0xa2d13239u, 0xb173aa4eu, 0x859402d7u, 0x96369aa0u, 0xec5b53e5u, 0xfff9cb92u,
			0xcb1e630bu, 0xd8bcfb7cu, 0x7f8be302u, 0x6c297b75u, 0x58ced3ecu, 0x4b6c4b9bu,
			0x310182deu, 0x22a31aa9u, 0x1644b230u, 0x05e62a47u, 0xe29f20bau, 0xf13db8cdu,
			0xc5da1054u, 0xd6788823u, 0xac154166u, 0xbfb7d911u, 0x8b507188u, 0x98f2e9ffu,
			0x404e1283u, 0x53ec8af4u, 0x670b226du, 0x74a9ba1au, 0x0ec4735fu, 0x1d66eb28u,
			0x298143b1u, 0x3a23dbc6u, 0xdd5ad13bu, 0xcef8494cu, 0xfa1fe1d5u, 0xe9bd79a2u,
			0x93d0b0e7u, 0x80722890u, 0xb4958009u, 0xa737187eu, 0xff17c604u, 0xecb55e73u,
			0xd852f6eau, 0xcbf06e9du, 0xb19da7d8u, 0xa23f3fafu, 0x96d89736u, 0x857a0f41u,
			0x620305bcu, 0x71a19dcbu, 0x45463552u, 0x56e4ad25u, 0x2c896460u, 0x3f2bfc17u,
			0x0bcc548eu, 0x186eccf9u, 0xc0d23785u, 0xd370aff2u, 0xe797076bu, 0xf4359f1cu,
			0x8e585659u, 0x9dface2eu, 0xa91d66b7u, 0xbabffec0u, 0x5dc6f43du, 0x4e646c4au,
			0x7a83c4d3u, 0x69215ca4u, 0x134c95e1u, 0x00ee0d96u, 0x3409a50fu, 0x27ab3d78u,
			0x809c2506u, 0x933ebd71u, 0xa7d915e8u, 0xb47b8d9fu, 0xce1644dau, 0xddb4dcadu,
			0xe9537434u, 0xfaf1ec43u, 0x1d88e6beu, 0x0e2a7ec9u, 0x3acdd650u, 0x296f4e27u,
			0x53028762u, 0x40a01f15u, 0x7447b78cu, 0x67e52ffbu, 0xbf59d487u, 0xacfb4cf0u,
			0x981ce469u, 0x8bbe7c1eu, 0xf1d3b55bu, 0xe2712d2cu, 0xd69685b5u, 0xc5341dc2u,
			0x224d173fu, 0x31ef8f48u, 0x050827d1u, 0x16aabfa6u, 0x6cc776e3u, 0x7f65ee94u,
			0x4b82460du, 0x5820de7au, 0xfbc3faf9u, 0xe861628eu, 0xdc86ca17u, 0xcf245260u,
			0xb5499b25u, 0xa6eb0352u, 0x920cabcbu, 0x81ae33bcu, 0x66d73941u, 0x7575a136u,
			0x419209afu, 0x523091d8u, 0x285d589du, 0x3bffc0eau, 0x0f186873u, 0x1cbaf004u,
			0xc4060b78u, 0xd7a4930fu, 0xe3433b96u, 0xf0e1a3e1u, 0x8a8c6aa4u, 0x992ef2d3u,
			0xadc95a4au, 0xbe6bc23du, 0x5912c8c0u, 0x4ab050b7u, 0x7e57f82eu, 0x6df56059u,
			0x1798a91cu, 0x043a316bu, 0x30dd99f2u, 0x237f0185u, 0x844819fbu, 0x97ea818cu,
			0xa30d2915u, 0xb0afb162u, 0xcac27827u, 0xd960e050u, 0xed8748c9u, 0xfe25d0beu,
			0x195cda43u, 0x0afe4234u, 0x3e19eaadu, 0x2dbb72dau, 0x57d6bb9fu, 0x447423e8u,
			0x70938b71u, 0x63311306u, 0xbb8de87au, 0xa82f700du, 0x9cc8d894u, 0x8f6a40e3u,
			0xf50789a6u, 0xe6a511d1u, 0xd242b948u, 0xc1e0213fu, 0x26992bc2u, 0x353bb3b5u,
			0x01dc1b2cu, 0x127e835bu, 0x68134a1eu, 0x7bb1d269u, 0x4f567af0u, 0x5cf4e287u,
			0x04d43cfdu, 0x1776a48au, 0x23910c13u, 0x30339464u, 0x4a5e5d21u, 0x59fcc556u,
			0x6d1b6dcfu, 0x7eb9f5b8u, 0x99c0ff45u, 0x8a626732u, 0xbe85cfabu, 0xad2757dcu,
			0xd74a9e99u, 0xc4e806eeu, 0xf00fae77u, 0xe3ad3600u, 0x3b11cd7cu, 0x28b3550bu,
			0x1c54fd92u, 0x0ff665e5u, 0x759baca0u, 0x663934d7u, 0x52de9c4eu, 0x417c0439u,
			0xa6050ec4u, 0xb5a796b3u, 0x81403e2au, 0x92e2a65du, 0xe88f6f18u, 0xfb2df76fu,
			0xcfca5ff6u, 0xdc68c781u, 0x7b5fdfffu, 0x68fd4788u, 0x5c1aef11u, 0x4fb87766u,
			0x35d5be23u, 0x26772654u, 0x12908ecdu, 0x013216bau, 0xe64b1c47u, 0xf5e98430u,
			0xc10e2ca9u, 0xd2acb4deu, 0xa8c17d9bu, 0xbb63e5ecu, 0x8f844d75u, 0x9c26d502u,
			0x449a2e7eu, 0x5738b609u, 0x63df1e90u, 0x707d86e7u, 0x0a104fa2u, 0x19b2d7d5u,
			0x2d557f4cu, 0x3ef7e73bu, 0xd98eedc6u, 0xca2c75b1u, 0xfecbdd28u, 0xed69455fu,
			0x97048c1au, 0x84a6146du, 0xb041bcf4u, 0xa3e32483u,
		},
		{
			0x00000000u, 0xa541927eu, 0x4f6f520du, 0xea2ec073u, 0x9edea41au, 0x3b9f3664u,
			0xd1b1f617u, 0x74f06469u, 0x38513ec5u, 0x9d10acbbu, 0x773e6cc8u, 0xd27ffeb6u,
			0xa68f9adfu, 0x03ce08a1u, 0xe9e0c8d2u, 0x4ca15aacu, 0x70a27d8au, 0xd5e3eff4u,
			0x3fcd2f87u, 0x9a8cbdf9u, 0xee7cd990u, 0x4b3d4beeu, 0xa1138b9du, 0x045219e3u,
			0x48f3434fu, 0xedb2d131u, 0x079c1142u, 0xa2dd833cu, 0xd62de755u, 0x736c752bu,
			0x9942b558u, 0x3c032726u, 0xe144fb14u, 0x4405696au, 0xae2ba919u, 0x0b6a3b67u,
			0x7f9a5f0eu, 0xdadbcd70u, 0x30f50d03u, 0x95b49f7du, 0xd915c5d1u, 0x7c5457afu,
			0x967a97dcu, 0x333b05a2u, 0x47cb61cbu, 0xe28af3b5u, 0x08a433c6u, 0xade5a1b8u,
			0x91e6869eu, 0x34a714e0u, 0xde89d493u, 0x7bc846edu, 0x0f382284u, 0xaa79b0fau,
			0x40577089u, 0xe516e2f7u, 0xa9b7b85bu, 0x0cf62a25u, 0xe6d8ea56u, 0x43997828u,
			0x37691c41u, 0x92288e3fu, 0x78064e4cu, 0xdd47dc32u, 0xc76580d9u, 0x622412a7u,
			0x880ad2d4u, 0x2d4b40aau, 0x59bb24c3u, 0xfcfab6bdu, 0x16d476ceu, 0xb395e4b0u,
			0xff34be1cu, 0x5a752c62u, 0xb05bec11u, 0x151a7e6fu, 0x61ea1a06u, 0xc4ab8878u,
			0x2e85480bu, 0x8bc4da75u, 0xb7c7fd53u, 0x12866f2du, 0xf8a8af5eu, 0x5de93d20u,
			0x29195949u, 0x8c58cb37u, 0x66760b44u, 0xc337993au, 0x8f96c396u, 0x2ad751e8u,
			0xc0f9919bu, 0x65b803e5u, 0x1148678cu, 0xb409f5f2u, 0x5e273581u, 0xfb66a7ffu,
			0x26217bcdu, 0x8360e9b3u, 0x694e29c0u, 0xcc0fbbbeu, 0xb8ffdfd7u, 0x1dbe4da9u,
			0xf7908ddau, 0x52d11fa4u, 0x1e704508u, 0xbb31d776u, 0x511f1705u, 0xf45e857bu,
			0x80aee112u, 0x25ef736cu, 0xcfc1b31fu, 0x6a802161u, 0x56830647u, 0xf3c29439u,
			0x19ec544au, 0xbcadc634u, 0xc85da25du, 0x6d1c3023u, 0x8732f050u, 0x2273622eu,
			0x6ed23882u, 0xcb93aafcu, 0x21bd6a8fu, 0x84fcf8f1u, 0xf00c9c98u, 0x554d0ee6u,
			0xbf63ce95u, 0x1a225cebu, 0x8b277743u, 0x2e66e53du, 0xc448254eu, 0x6109b730u,
			0x15f9d359u, 0xb0b84127u, 0x5a968154u, 0xffd7132au, 0xb3764986u, 0x1637dbf8u,
			0xfc191b8bu, 0x595889f5u, 0x2da8ed9cu, 0x88e97fe2u, 0x62c7bf91u, 0xc7862defu,
			0xfb850ac9u, 0x5ec498b7u, 0xb4ea58c4u, 0x11abcabau, 0x655baed3u, 0xc01a3cadu,
			0x2a34fcdeu, 0x8f756ea0u, 0xc3d4340cu, 0x6695a672u, 0x8cbb6601u, 0x29faf47fu,
			0x5d0a9016u, 0xf84b0268u, 0x1265c21bu, 0xb7245065u, 0x6a638c57u, 0xcf221e29u,
			0x250cde5au, 0x804d4c24u, 0xf4bd284du, 0x51fcba33u, 0xbbd27a40u, 0x1e93e83eu,
			0x5232b292u, 0xf77320ecu, 0x1d5de09fu, 0xb81c72e1u, 0xccec1688u, 0x69ad84f6u,
			0x83834485u, 0x26c2d6fbu, 0x1ac1f1ddu, 0xbf8063a3u, 0x55aea3d0u, 0xf0ef31aeu,
			0x841f55c7u, 0x215ec7b9u, 0xcb7007cau, 0x6e3195b4u, 0x2290cf18u, 0x87d15d66u,
			0x6dff9d15u, 0xc8be0f6bu, 0xbc4e6b02u, 0x190ff97cu, 0xf321390fu, 0x5660ab71u,
			0x4c42f79au, 0xe90365e4u, 0x032da597u, 0xa66c37e9u, 0xd29c5380u, 0x77ddc1feu,
			0x9df3018du, 0x38b293f3u, 0x7413c95fu, 0xd1525b21u, 0x3b7c9b52u, 0x9e3d092cu,
			0xeacd6d45u, 0x4f8cff3bu, 0xa5a23f48u, 0x00e3ad36u, 0x3ce08a10u, 0x99a1186eu,
			0x738fd81du, 0xd6ce4a63u, 0xa23e2e0au, 0x077fbc74u, 0xed517c07u, 0x4810ee79u,
			0x04b1b4d5u, 0xa1f026abu, 0x4bdee6d8u, 0xee9f74a6u, 0x9a6f10cfu, 0x3f2e82b1u,
			0xd50042c2u, 0x7041d0bcu, 0xad060c8eu, 0x08479ef0u, 0xe2695e83u, 0x4728ccfdu,
			0x33d8a894u, 0x96993aeau, 0x7cb7fa99u, 0xd9f668e7u, 0x9557324bu, 0x3016a035u,
			0xda386046u, 0x7f79f238u, 0x0b899651u, 0xaec8042fu, 0x44e6c45cu, 0xe1a75622u,
			0xdda47104u, 0x78e5e37au, 0x92cb2309u, 0x378ab177u, 0x437ad51eu, 0xe63b4760u,
			0x0c158713u, 0xa954156du, 0xe5f54fc1u, 0x40b4ddbfu, 0xaa9a1dccu, 0x0fdb8fb2u,
			0x7b2bebdbu, 0xde6a79a5u, 0x3444b9d6u, 0x91052ba8u,
		},
		{
			0x00000000u, 0xdd45aab8u, 0xbf672381u, 0x62228939u, 0x7b2231f3u, 0xa6679b4bu,
			0xc4451272u, 0x1900b8cau, 0xf64463e6u, 0x2b01c95eu, 0x49234067u, 0x9466eadfu,
			0x8d665215u, 0x5023f8adu, 0x32017194u, 0xef44db2cu, 0xe964b13du, 0x34211b85u,
			0x560392bcu, 0x8b463804u, 0x924680ceu, 0x4f032a76u, 0x2d21a34fu, 0xf06409f7u,
			0x1f20d2dbu, 0xc2657863u, 0xa047f15au, 0x7d025be2u, 0x6402e328u, 0xb9474990u,
			0xdb65c0a9u, 0x06206a11u, 0xd725148bu, 0x0a60be33u, 0x6842370au, 0xb5079db2u,
			0xac072578u, 0x71428fc0u, 0x136006f9u, 0xce25ac41u, 0x2161776du, 0xfc24ddd5u,
			0x9e0654ecu, 0x4343fe54u, 0x5a43469eu, 0x8706ec26u, 0xe524651fu, 0x3861cfa7u,
			0x3e41a5b6u, 0xe3040f0eu, 0x81268637u, 0x5c632c8fu, 0x45639445u, 0x98263efdu,
			0xfa04b7c4u, 0x27411d7cu, 0xc805c650u, 0x15406ce8u, 0x7762e5d1u, 0xaa274f69u,
			0xb327f7a3u, 0x6e625d1bu, 0x0c40d422u, 0xd1057e9au, 0xaba65fe7u, 0x76e3f55fu,
			0x14c17c66u, 0xc984d6deu, 0xd0846e14u, 0x0dc1c4acu, 0x6fe34d95u, 0xb2a6e72du,
			0x5de23c01u, 0x80a796b9u, 0xe2851f80u, 0x3fc0b538u, 0x26c00df2u, 0xfb85a74au,
			0x99a72e73u, 0x44e284cbu, 0x42c2eedau, 0x9f874462u, 0xfda5cd5bu, 0x20e067e3u,
			0x39e0df29u, 0xe4a57591u, 0x8687fca8u, 0x5bc25610u, 0xb4868d3cu, 0x69c32784u,
			0x0be1aebdu, 0xd6a40405u, 0xcfa4bccfu, 0x12e11677u, 0x70c39f4eu, 0xad8635f6u,
			0x7c834b6cu, 0xa1c6e1d4u, 0xc3e468edu, 0x1ea1c255u, 0x07a17a9fu, 0xdae4d027u,
			0xb8c6591eu, 0x6583f3a6u, 0x8ac7288au, 0x57828232u, 0x35a00b0bu, 0xe8e5a1b3u,
			0xf1e51979u, 0x2ca0b3c1u, 0x4e823af8u, 0x93c79040u, 0x95e7fa51u, 0x48a250e9u,
			0x2a80d9d0u, 0xf7c57368u, 0xeec5cba2u, 0x3380611au, 0x51a2e823u, 0x8ce7429bu,
			0x63a399b7u, 0xbee6330fu, 0xdcc4ba36u, 0x0181108eu, 0x1881a844u, 0xc5c402fcu,
			0xa7e68bc5u, 0x7aa3217du, 0x52a0c93fu, 0x8fe56387u, 0xedc7eabeu, 0x30824006u,
			0x2982f8ccu, 0xf4c75274u, 0x96e5db4du, 0x4ba071f5u, 0xa4e4aad9u, 0x79a10061u,
			0x1b838958u, 0xc6c623e0u, 0xdfc69b2au, 0x02833192u, 0x60a1b8abu, 0xbde41213u,
			0xbbc47802u, 0x6681d2bau, 0x04a35b83u, 0xd9e6f13bu, 0xc0e649f1u, 0x1da3e349u,
			0x7f816a70u, 0xa2c4c0c8u, 0x4d801be4u, 0x90c5b15cu, 0xf2e73865u, 0x2fa292ddu,
			0x36a22a17u, 0xebe780afu, 0x89c50996u, 0x5480a32eu, 0x8585ddb4u, 0x58c0770cu,
			0x3ae2fe35u, 0xe7a7548du, 0xfea7ec47u, 0x23e246ffu, 0x41c0cfc6u, 0x9c85657eu,
			0x73c1be52u, 0xae8414eau, 0xcca69dd3u, 0x11e3376bu, 0x08e38fa1u, 0xd5a62519u,
			0xb784ac20u, 0x6ac10698u, 0x6ce16c89u, 0xb1a4c631u, 0xd3864f08u, 0x0ec3e5b0u,
			0x17c35d7au, 0xca86f7c2u, 0xa8a47efbu, 0x75e1d443u, 0x9aa50f6fu, 0x47e0a5d7u,
			0x25c22ceeu, 0xf8878656u, 0xe1873e9cu, 0x3cc29424u, 0x5ee01d1du, 0x83a5b7a5u,
			0xf90696d8u, 0x24433c60u, 0x4661b559u, 0x9b241fe1u, 0x8224a72bu, 0x5f610d93u,
			0x3d4384aau, 0xe0062e12u, 0x0f42f53eu, 0xd2075f86u, 0xb025d6bfu, 0x6d607c07u,
			0x7460c4cdu, 0xa9256e75u, 0xcb07e74cu, 0x16424df4u, 0x106227e5u, 0xcd278d5du,
			0xaf050464u, 0x7240aedcu, 0x6b401616u, 0xb605bcaeu, 0xd4273597u, 0x09629f2fu,
			0xe6264403u, 0x3b63eebbu, 0x59416782u, 0x8404cd3au, 0x9d0475f0u, 0x4041df48u,
			0x22635671u, 0xff26fcc9u, 0x2e238253u, 0xf36628ebu, 0x9144a1d2u, 0x4c010b6au,
			0x5501b3a0u, 0x88441918u, 0xea669021u, 0x37233a99u, 0xd867e1b5u, 0x05224b0du,
			0x6700c234u, 0xba45688cu, 0xa345d046u, 0x7e007afeu, 0x1c22f3c7u, 0xc167597fu,
			0xc747336eu, 0x1a0299d6u, 0x782010efu, 0xa565ba57u, 0xbc65029du, 0x6120a825u,
			0x0302211cu, 0xde478ba4u, 0x31035088u, 0xec46fa30u, 0x8e647309u, 0x5321d9b1u,
			0x4a21617bu, 0x9764cbc3u, 0xf54642fau, 0x2803e842u,
		},
		{
			0x00000000u, 0x38116facu, 0x7022df58u, 0x4833b0f4u, 0xe045beb0u, 0xd854d11cu,
			0x906761e8u, 0xa8760e44u, 0xc5670b91u, 0xfd76643du, 0xb545d4c9u, 0x8d54bb65u,
			0x2522b521u, 0x1d33da8du, 0x55006a79u, 0x6d1105d5u, 0x8f2261d3u, 0xb7330e7fu,
			0xff00be8bu, 0xc711d127u, 0x6f67df63u, 0x5776b0cfu, 0x1f45003bu, 0x27546f97u,
			0x4a456a42u, 0x725405eeu, 0x3a67b51au, 0x0276dab6u, 0xaa00d4f2u, 0x9211bb5eu,
			0xda220baau, 0xe2336406u, 0x1ba8b557u, 0x23b9dafbu, 0x6b8a6a0fu, 0x539b05a3u,
			0xfbed0be7u, 0xc3fc644bu, 0x8bcfd4bfu, 0xb3debb13u, 0xdecfbec6u, 0xe6ded16au,
			0xaeed619eu, 0x96fc0e32u, 0x3e8a0076u, 0x069b6fdau, 0x4ea8df2eu, 0x76b9b082u,
			0x948ad484u, 0xac9bbb28u, 0xe4a80bdcu, 0xdcb96470u, 0x74cf6a34u, 0x4cde0598u,
			0x04edb56cu, 0x3cfcdac0u, 0x51eddf15u, 0x69fcb0b9u, 0x21cf004du, 0x19de6fe1u,
			0xb1a861a5u, 0x89b90e09u, 0xc18abefdu, 0xf99bd151u, 0x37516aaeu, 0x0f400502u,
			0x4773b5f6u, 0x7f62da5au, 0xd714d41eu, 0xef05bbb2u, 0xa7360b46u, 0x9f2764eau,
			0xf236613fu, 0xca270e93u, 0x8214be67u, 0xba05d1cbu, 0x1273df8fu, 0x2a62b023u,
			0x625100d7u, 0x5a406f7bu, 0xb8730b7du, 0x806264d1u, 0xc851d425u, 0xf040bb89u,
			0x5836b5cdu, 0x6027da61u, 0x28146a95u, 0x10050539u, 0x7d1400ecu, 0x45056f40u,
			0x0d36dfb4u, 0x3527b018u, 0x9d51be5cu, 0xa540d1f0u, 0xed736104u, 0xd5620ea8u,
			0x2cf9dff9u, 0x14e8b055u, 0x5cdb00a1u, 0x64ca6f0du, 0xccbc6149u, 0xf4ad0ee5u,
			0xbc9ebe11u, 0x848fd1bdu, 0xe99ed468u, 0xd18fbbc4u, 0x99bc0b30u, 0xa1ad649cu,
			0x09db6ad8u, 0x31ca0574u, 0x79f9b580u, 0x41e8da2cu, 0xa3dbbe2au, 0x9bcad186u,
			0xd3f96172u, 0xebe80edeu, 0x439e009au, 0x7b8f6f36u, 0x33bcdfc2u, 0x0badb06eu,
			0x66bcb5bbu, 0x5eadda17u, 0x169e6ae3u, 0x2e8f054fu, 0x86f90b0bu, 0xbee864a7u,
			0xf6dbd453u, 0xcecabbffu, 0x6ea2d55cu, 0x56b3baf0u, 0x1e800a04u, 0x269165a8u,
			0x8ee76becu, 0xb6f60440u, 0xfec5b4b4u, 0xc6d4db18u, 0xabc5decdu, 0x93d4b161u,
			0xdbe70195u, 0xe3f66e39u, 0x4b80607du, 0x73910fd1u, 0x3ba2bf25u, 0x03b3d089u,
			0xe180b48fu, 0xd991db23u, 0x91a26bd7u, 0xa9b3047bu, 0x01c50a3fu, 0x39d46593u,
			0x71e7d567u, 0x49f6bacbu, 0x24e7bf1eu, 0x1cf6d0b2u, 0x54c56046u, 0x6cd40feau,
			0xc4a201aeu, 0xfcb36e02u, 0xb480def6u, 0x8c91b15au, 0x750a600bu, 0x4d1b0fa7u,
			0x0528bf53u, 0x3d39d0ffu, 0x954fdebbu, 0xad5eb117u, 0xe56d01e3u, 0xdd7c6e4fu,
			0xb06d6b9au, 0x887c0436u, 0xc04fb4c2u, 0xf85edb6eu, 0x5028d52au, 0x6839ba86u,
			0x200a0a72u, 0x181b65deu, 0xfa2801d8u, 0xc2396e74u, 0x8a0ade80u, 0xb21bb12cu,
			0x1a6dbf68u, 0x227cd0c4u, 0x6a4f6030u, 0x525e0f9cu, 0x3f4f0a49u, 0x075e65e5u,
			0x4f6dd511u, 0x777cbabdu, 0xdf0ab4f9u, 0xe71bdb55u, 0xaf286ba1u, 0x9739040du,
			0x59f3bff2u, 0x61e2d05eu, 0x29d160aau, 0x11c00f06u, 0xb9b60142u, 0x81a76eeeu,
			0xc994de1au, 0xf185b1b6u, 0x9c94b463u, 0xa485dbcfu, 0xecb66b3bu, 0xd4a70497u,
			0x7cd10ad3u, 0x44c0657fu, 0x0cf3d58bu, 0x34e2ba27u, 0xd6d1de21u, 0xeec0b18du,
			0xa6f30179u, 0x9ee26ed5u, 0x36946091u, 0x0e850f3du, 0x46b6bfc9u, 0x7ea7d065u,
			0x13b6d5b0u, 0x2ba7ba1cu, 0x63940ae8u, 0x5b856544u, 0xf3f36b00u, 0xcbe204acu,
			0x83d1b458u, 0xbbc0dbf4u, 0x425b0aa5u, 0x7a4a6509u, 0x3279d5fdu, 0x0a68ba51u,
			0xa21eb415u, 0x9a0fdbb9u, 0xd23c6b4du, 0xea2d04e1u, 0x873c0134u, 0xbf2d6e98u,
			0xf71ede6cu, 0xcf0fb1c0u, 0x6779bf84u, 0x5f68d028u, 0x175b60dcu, 0x2f4a0f70u,
			0xcd796b76u, 0xf56804dau, 0xbd5bb42eu, 0x854adb82u, 0x2d3cd5c6u, 0x152dba6au,
			0x5d1e0a9eu, 0x650f6532u, 0x081e60e7u, 0x300f0f4bu, 0x783cbfbfu, 0x402dd013u,
			0xe85bde57u, 0xd04ab1fbu, 0x9879010fu, 0xa0686ea3u,
		},
		{
			0x00000000u, 0xef306b19u, 0xdb8ca0c3u, 0x34bccbdau, 0xb2f53777u, 0x5dc55c6eu,
			0x697997b4u, 0x8649fcadu, 0x6006181fu, 0x8f367306u, 0xbb8ab8dcu, 0x54bad3c5u,
			0xd2f32f68u, 0x3dc34471u, 0x097f8fabu, 0xe64fe4b2u, 0xc00c303eu, 0x2f3c5b27u,
			0x1b8090fdu, 0xf4b0fbe4u, 0x72f90749u, 0x9dc96c50u, 0xa975a78au, 0x4645cc93u,
			0xa00a2821u, 0x4f3a4338u, 0x7b8688e2u, 0x94b6e3fbu, 0x12ff1f56u, 0xfdcf744fu,
			0xc973bf95u, 0x2643d48cu, 0x85f4168du, 0x6ac47d94u, 0x5e78b64eu, 0xb148dd57u,
			0x370121fau, 0xd8314ae3u, 0xec8d8139u, 0x03bdea20u, 0xe5f20e92u, 0x0ac2658bu,
			0x3e7eae51u, 0xd14ec548u, 0x570739e5u, 0xb83752fcu, 0x8c8b9926u, 0x63bbf23fu,
			0x45f826b3u, 0xaac84daau, 0x9e748670u, 0x7144ed69u, 0xf70d11c4u, 0x183d7addu,
			0x2c81b107u, 0xc3b1da1eu, 0x25fe3eacu, 0xcace55b5u, 0xfe729e6fu, 0x1142f576u,
			0x970b09dbu, 0x783b62c2u, 0x4c87a918u, 0xa3b7c201u, 0x0e045bebu, 0xe13430f2u,
			0xd588fb28u, 0x3ab89031u, 0xbcf16c9cu, 0x53c10785u, 0x677dcc5fu, 0x884da746u,
			0x6e0243f4u, 0x813228edu, 0xb58ee337u, 0x5abe882eu, 0xdcf77483u, 0x33c71f9au,
			0x077bd440u, 0xe84bbf59u, 0xce086bd5u, 0x213800ccu, 0x1584cb16u, 0xfab4a00fu,
			0x7cfd5ca2u, 0x93cd37bbu, 0xa771fc61u, 0x48419778u, 0xae0e73cau, 0x413e18d3u,
			0x7582d309u, 0x9ab2b810u, 0x1cfb44bdu, 0xf3cb2fa4u, 0xc777e47eu, 0x28478f67u,
			0x8bf04d66u, 0x64c0267fu, 0x507ceda5u, 0xbf4c86bcu, 0x39057a11u, 0xd6351108u,
			0xe289dad2u, 0x0db9b1cbu, 0xebf65579u, 0x04c63e60u, 0x307af5bau, 0xdf4a9ea3u,
			0x5903620eu, 0xb6330917u, 0x828fc2cdu, 0x6dbfa9d4u, 0x4bfc7d58u, 0xa4cc1641u,
			0x9070dd9bu, 0x7f40b682u, 0xf9094a2fu, 0x16392136u, 0x2285eaecu, 0xcdb581f5u,
			0x2bfa6547u, 0xc4ca0e5eu, 0xf076c584u, 0x1f46ae9du, 0x990f5230u, 0x763f3929u,
			0x4283f2f3u, 0xadb399eau, 0x1c08b7d6u, 0xf338dccfu, 0xc7841715u, 0x28b47c0cu,
			0xaefd80a1u, 0x41cdebb8u, 0x75712062u, 0x9a414b7bu, 0x7c0eafc9u, 0x933ec4d0u,
			0xa7820f0au, 0x48b26413u, 0xcefb98beu, 0x21cbf3a7u, 0x1577387du, 0xfa475364u,
			0xdc0487e8u, 0x3334ecf1u, 0x0788272bu, 0xe8b84c32u, 0x6ef1b09fu, 0x81c1db86u,
			0xb57d105cu, 0x5a4d7b45u, 0xbc029ff7u, 0x5332f4eeu, 0x678e3f34u, 0x88be542du,
			0x0ef7a880u, 0xe1c7c399u, 0xd57b0843u, 0x3a4b635au, 0x99fca15bu, 0x76ccca42u,
			0x42700198u, 0xad406a81u, 0x2b09962cu, 0xc439fd35u, 0xf08536efu, 0x1fb55df6u,
			0xf9fab944u, 0x16cad25du, 0x22761987u, 0xcd46729eu, 0x4b0f8e33u, 0xa43fe52au,
			0x90832ef0u, 0x7fb345e9u, 0x59f09165u, 0xb6c0fa7cu, 0x827c31a6u, 0x6d4c5abfu,
			0xeb05a612u, 0x0435cd0bu, 0x308906d1u, 0xdfb96dc8u, 0x39f6897au, 0xd6c6e263u,
			0xe27a29b9u, 0x0d4a42a0u, 0x8b03be0du, 0x6433d514u, 0x508f1eceu, 0xbfbf75d7u,
			0x120cec3du, 0xfd3c8724u, 0xc9804cfeu, 0x26b027e7u, 0xa0f9db4au, 0x4fc9b053u,
			0x7b757b89u, 0x94451090u, 0x720af422u, 0x9d3a9f3bu, 0xa98654e1u, 0x46b63ff8u,
			0xc0ffc355u, 0x2fcfa84cu, 0x1b736396u, 0xf443088fu, 0xd200dc03u, 0x3d30b71au,
			0x098c7cc0u, 0xe6bc17d9u, 0x60f5eb74u, 0x8fc5806du, 0xbb794bb7u, 0x544920aeu,
			0xb206c41cu, 0x5d36af05u, 0x698a64dfu, 0x86ba0fc6u, 0x00f3f36bu, 0xefc39872u,
			0xdb7f53a8u, 0x344f38b1u, 0x97f8fab0u, 0x78c891a9u, 0x4c745a73u, 0xa344316au,
			0x250dcdc7u, 0xca3da6deu, 0xfe816d04u, 0x11b1061du, 0xf7fee2afu, 0x18ce89b6u,
			0x2c72426cu, 0xc3422975u, 0x450bd5d8u, 0xaa3bbec1u, 0x9e87751bu, 0x71b71e02u,
			0x57f4ca8eu, 0xb8c4a197u, 0x8c786a4du, 0x63480154u, 0xe501fdf9u, 0x0a3196e0u,
			0x3e8d5d3au, 0xd1bd3623u, 0x37f2d291u, 0xd8c2b988u, 0xec7e7252u, 0x034e194bu,
			0x8507e5e6u, 0x6a378effu, 0x5e8b4525u, 0xb1bb2e3cu,
		},
		{
			0x00000000u, 0x68032cc8u, 0xd0065990u, 0xb8057558u, 0xa5e0c5d1u, 0xcde3e919u,
			0x75e69c41u, 0x1de5b089u, 0x4e2dfd53u, 0x262ed19bu, 0x9e2ba4c3u, 0xf628880bu,
			0xebcd3882u, 0x83ce144au, 0x3bcb6112u, 0x53c84ddau, 0x9c5bfaa6u, 0xf458d66eu,
			0x4c5da336u, 0x245e8ffeu, 0x39bb3f77u, 0x51b813bfu, 0xe9bd66e7u, 0x81be4a2fu,
			0xd27607f5u, 0xba752b3du, 0x02705e65u, 0x6a7372adu, 0x7796c224u, 0x1f95eeecu,
			0xa7909bb4u, 0xcf93b77cu, 0x3d5b83bdu, 0x5558af75u, 0xed5dda2du, 0x855ef6e5u,
			0x98bb466cu, 0xf0b86aa4u, 0x48bd1ffcu, 0x20be3334u, 0x73767eeeu, 0x1b755226u,
			0xa370277eu, 0xcb730bb6u, 0xd696bb3fu, 0xbe9597f7u, 0x0690e2afu, 0x6e93ce67u,
			0xa100791bu, 0xc90355d3u, 0x7106208bu, 0x19050c43u, 0x04e0bccau, 0x6ce39002u,
			0xd4e6e55au, 0xbce5c992u, 0xef2d8448u, 0x872ea880u, 0x3f2bddd8u, 0x5728f110u,
			0x4acd4199u, 0x22ce6d51u, 0x9acb1809u, 0xf2c834c1u, 0x7ab7077au, 0x12b42bb2u,
			0xaab15eeau, 0xc2b27222u, 0xdf57c2abu, 0xb754ee63u, 0x0f519b3bu, 0x6752b7f3u,
			0x349afa29u, 0x5c99d6e1u, 0xe49ca3b9u, 0x8c9f8f71u, 0x917a3ff8u, 0xf9791330u,
			0x417c6668u, 0x297f4aa0u, 0xe6ecfddcu, 0x8eefd114u, 0x36eaa44cu, 0x5ee98884u,
			0x430c380du, 0x2b0f14c5u, 0x930a619du, 0xfb094d55u, 0xa8c1008fu, 0xc0c22c47u,
			0x78c7591fu, 0x10c475d7u, 0x0d21c55eu, 0x6522e996u, 0xdd279cceu, 0xb524b006u,
			0x47ec84c7u, 0x2fefa80fu, 0x97eadd57u, 0xffe9f19fu, 0xe20c4116u, 0x8a0f6ddeu,
			0x320a1886u, 0x5a09344eu, 0x09c17994u, 0x61c2555cu, 0xd9c72004u, 0xb1c40cccu,
			0xac21bc45u, 0xc422908du, 0x7c27e5d5u, 0x1424c91du, 0xdbb77e61u, 0xb3b452a9u,
			0x0bb127f1u, 0x63b20b39u, 0x7e57bbb0u, 0x16549778u, 0xae51e220u, 0xc652cee8u,
			0x959a8332u, 0xfd99affau, 0x459cdaa2u, 0x2d9ff66au, 0x307a46e3u, 0x58796a2bu,
			0xe07c1f73u, 0x887f33bbu, 0xf56e0ef4u, 0x9d6d223cu, 0x25685764u, 0x4d6b7bacu,
			0x508ecb25u, 0x388de7edu, 0x808892b5u, 0xe88bbe7du, 0xbb43f3a7u, 0xd340df6fu,
			0x6b45aa37u, 0x034686ffu, 0x1ea33676u, 0x76a01abeu, 0xcea56fe6u, 0xa6a6432eu,
			0x6935f452u, 0x0136d89au, 0xb933adc2u, 0xd130810au, 0xccd53183u, 0xa4d61d4bu,
			0x1cd36813u, 0x74d044dbu, 0x27180901u, 0x4f1b25c9u, 0xf71e5091u, 0x9f1d7c59u,
			0x82f8ccd0u, 0xeafbe018u, 0x52fe9540u, 0x3afdb988u, 0xc8358d49u, 0xa036a181u,
			0x1833d4d9u, 0x7030f811u, 0x6dd54898u, 0x05d66450u, 0xbdd31108u, 0xd5d03dc0u,
			0x8618701au, 0xee1b5cd2u, 0x561e298au, 0x3e1d0542u, 0x23f8b5cbu, 0x4bfb9903u,
			0xf3feec5bu, 0x9bfdc093u, 0x546e77efu, 0x3c6d5b27u, 0x84682e7fu, 0xec6b02b7u,
			0xf18eb23eu, 0x998d9ef6u, 0x2188ebaeu, 0x498bc766u, 0x1a438abcu, 0x7240a674u,
			0xca45d32cu, 0xa246ffe4u, 0xbfa34f6du, 0xd7a063a5u, 0x6fa516fdu, 0x07a63a35u,
			0x8fd9098eu, 0xe7da2546u, 0x5fdf501eu, 0x37dc7cd6u, 0x2a39cc5fu, 0x423ae097u,
			0xfa3f95cfu, 0x923cb907u, 0xc1f4f4ddu, 0xa9f7d815u, 0x11f2ad4du, 0x79f18185u,
			0x6414310cu, 0x0c171dc4u, 0xb412689cu, 0xdc114454u, 0x1382f328u, 0x7b81dfe0u,
			0xc384aab8u, 0xab878670u, 0xb66236f9u, 0xde611a31u, 0x66646f69u, 0x0e6743a1u,
			0x5daf0e7bu, 0x35ac22b3u, 0x8da957ebu, 0xe5aa7b23u, 0xf84fcbaau, 0x904ce762u,
			0x2849923au, 0x404abef2u, 0xb2828a33u, 0xda81a6fbu, 0x6284d3a3u, 0x0a87ff6bu,
			0x17624fe2u, 0x7f61632au, 0xc7641672u, 0xaf673abau, 0xfcaf7760u, 0x94ac5ba8u,
			0x2ca92ef0u, 0x44aa0238u, 0x594fb2b1u, 0x314c9e79u, 0x8949eb21u, 0xe14ac7e9u,
			0x2ed97095u, 0x46da5c5du, 0xfedf2905u, 0x96dc05cdu, 0x8b39b544u, 0xe33a998cu,
			0x5b3fecd4u, 0x333cc01cu, 0x60f48dc6u, 0x08f7a10eu, 0xb0f2d456u, 0xd8f1f89eu,
			0xc5144817u, 0xad1764dfu, 0x15121187u, 0x7d113d4fu,
		},
		{
			0x00000000u, 0x493c7d27u, 0x9278fa4eu, 0xdb448769u, 0x211d826du, 0x6821ff4au,
			0xb3657823u, 0xfa590504u, 0x423b04dau, 0x0b0779fdu, 0xd043fe94u, 0x997f83b3u,
			0x632686b7u, 0x2a1afb90u, 0xf15e7cf9u, 0xb86201deu, 0x847609b4u, 0xcd4a7493u,
			0x160ef3fau, 0x5f328eddu, 0xa56b8bd9u, 0xec57f6feu, 0x37137197u, 0x7e2f0cb0u,
			0xc64d0d6eu, 0x8f717049u, 0x5435f720u, 0x1d098a07u, 0xe7508f03u, 0xae6cf224u,
			0x7528754du, 0x3c14086au, 0x0d006599u, 0x443c18beu, 0x9f789fd7u, 0xd644e2f0u,
			0x2c1de7f4u, 0x65219ad3u, 0xbe651dbau, 0xf759609du, 0x4f3b6143u, 0x06071c64u,
			0xdd439b0du, 0x947fe62au, 0x6e26e32eu, 0x271a9e09u, 0xfc5e1960u, 0xb5626447u,
			0x89766c2du, 0xc04a110au, 0x1b0e9663u, 0x5232eb44u, 0xa86bee40u, 0xe1579367u,
			0x3a13140eu, 0x732f6929u, 0xcb4d68f7u, 0x827115d0u, 0x593592b9u, 0x1009ef9eu,
			0xea50ea9au, 0xa36c97bdu, 0x782810d4u, 0x31146df3u, 0x1a00cb32u, 0x533cb615u,
			0x8878317cu, 0xc1444c5bu, 0x3b1d495fu, 0x72213478u, 0xa965b311u, 0xe059ce36u,
			0x583bcfe8u, 0x1107b2cfu, 0xca4335a6u, 0x837f4881u, 0x79264d85u, 0x301a30a2u,
			0xeb5eb7cbu, 0xa262caecu, 0x9e76c286u, 0xd74abfa1u, 0x0c0e38c8u, 0x453245efu,
			0xbf6b40ebu, 0xf6573dccu, 0x2d13baa5u, 0x642fc782u, 0xdc4dc65cu, 0x9571bb7bu,
			0x4e353c12u, 0x07094135u, 0xfd504431u, 0xb46c3916u, 0x6f28be7fu, 0x2614c358u,
			0x1700aeabu, 0x5e3cd38cu, 0x857854e5u, 0xcc4429c2u, 0x361d2cc6u, 0x7f2151e1u,
			0xa465d688u, 0xed59abafu, 0x553baa71u, 0x1c07d756u, 0xc743503fu, 0x8e7f2d18u,
			0x7426281cu, 0x3d1a553bu, 0xe65ed252u, 0xaf62af75u, 0x9376a71fu, 0xda4ada38u,
			0x010e5d51u, 0x48322076u, 0xb26b2572u, 0xfb575855u, 0x2013df3cu, 0x692fa21bu,
			0xd14da3c5u, 0x9871dee2u, 0x4335598bu, 0x0a0924acu, 0xf05021a8u, 0xb96c5c8fu,
			0x6228dbe6u, 0x2b14a6c1u, 0x34019664u, 0x7d3deb43u, 0xa6796c2au, 0xef45110du,
			0x151c1409u, 0x5c20692eu, 0x8764ee47u, 0xce589360u, 0x763a92beu, 0x3f06ef99u,
			0xe44268f0u, 0xad7e15d7u, 0x572710d3u, 0x1e1b6df4u, 0xc55fea9du, 0x8c6397bau,
			0xb0779fd0u, 0xf94be2f7u, 0x220f659eu, 0x6b3318b9u, 0x916a1dbdu, 0xd856609au,
			0x0312e7f3u, 0x4a2e9ad4u, 0xf24c9b0au, 0xbb70e62du, 0x60346144u, 0x29081c63u,
			0xd3511967u, 0x9a6d6440u, 0x4129e329u, 0x08159e0eu, 0x3901f3fdu, 0x703d8edau,
			0xab7909b3u, 0xe2457494u, 0x181c7190u, 0x51200cb7u, 0x8a648bdeu, 0xc358f6f9u,
			0x7b3af727u, 0x32068a00u, 0xe9420d69u, 0xa07e704eu, 0x5a27754au, 0x131b086du,
			0xc85f8f04u, 0x8163f223u, 0xbd77fa49u, 0xf44b876eu, 0x2f0f0007u, 0x66337d20u,
			0x9c6a7824u, 0xd5560503u, 0x0e12826au, 0x472eff4du, 0xff4cfe93u, 0xb67083b4u,
			0x6d3404ddu, 0x240879fau, 0xde517cfeu, 0x976d01d9u, 0x4c2986b0u, 0x0515fb97u,
			0x2e015d56u, 0x673d2071u, 0xbc79a718u, 0xf545da3fu, 0x0f1cdf3bu, 0x4620a21cu,
			0x9d642575u, 0xd4585852u, 0x6c3a598cu, 0x250624abu, 0xfe42a3c2u, 0xb77edee5u,
			0x4d27dbe1u, 0x041ba6c6u, 0xdf5f21afu, 0x96635c88u, 0xaa7754e2u, 0xe34b29c5u,
			0x380faeacu, 0x7133d38bu, 0x8b6ad68fu, 0xc256aba8u, 0x19122cc1u, 0x502e51e6u,
			0xe84c5038u, 0xa1702d1fu, 0x7a34aa76u, 0x3308d751u, 0xc951d255u, 0x806daf72u,
			0x5b29281bu, 0x1215553cu, 0x230138cfu, 0x6a3d45e8u, 0xb179c281u, 0xf845bfa6u,
			0x021cbaa2u, 0x4b20c785u, 0x906440ecu, 0xd9583dcbu, 0x613a3c15u, 0x28064132u,
			0xf342c65bu, 0xba7ebb7cu, 0x4027be78u, 0x091bc35fu, 0xd25f4436u, 0x9b633911u,
			0xa777317bu, 0xee4b4c5cu, 0x350fcb35u, 0x7c33b612u, 0x866ab316u, 0xcf56ce31u,
			0x14124958u, 0x5d2e347fu, 0xe54c35a1u, 0xac704886u, 0x7734cfefu, 0x3e08b2c8u,
			0xc451b7ccu, 0x8d6dcaebu, 0x56294d82u, 0x1f1530a5u,
		},
	};
	for (; n >= 8; p += 8, n -= 8) {
		__u32 lo = crc ^ ckpt_le32(p), hi = ckpt_le32(p + 4);

		crc = table[7][lo & 0xff] ^ table[6][(lo >> 8) & 0xff] ^ table[5][(lo >> 16) & 0xff] ^
		      table[4][lo >> 24] ^ table[3][hi & 0xff] ^ table[2][(hi >> 8) & 0xff] ^
		      table[1][(hi >> 16) & 0xff] ^ table[0][hi >> 24];
	}
	for (; n > 0; p++, n--)
		crc = table[0][(crc ^ *p) & 0xff] ^ (crc >> 8);
	return crc;
}

/* The CRC32C of n bytes at p, portably. ckpt_crc32c_portable_update goes on from a register (not inverted). */
static inline __u32 ckpt_crc32c_portable(const unsigned char *p, size_t n)
{
	return ~ckpt_crc32c_portable_update(0xffffffffu, p, n);
}

/*
 * x86's SSE4.2 CRC32 instruction computes this very CRC (reflected Castagnoli), 8 bytes (4 on
 * 32-bit x86) per instruction: several times slicing by 8. The function is compiled for SSE4.2
 * whatever the build's -march, and called only when the CPU says it has it, so one binary runs
 * on any x86. -DCKPTGEN_PORTABLE_CRC32C keeps the portable code everywhere.
 */
#if (defined(__x86_64__) || defined(__i386__)) && (defined(__GNUC__) || defined(__clang__)) && \
	!defined(CKPTGEN_PORTABLE_CRC32C)
#define CKPTGEN_CRC32C_SSE42 1
/*
 * The CRC register (not inverted) after CKPT_CRC32C_BLOCK zero bytes is a product modulo the
 * polynomial: k times the register, k = x^(8 * 8192) (SHIFT1) or x^(8 * 16384) (SHIFT2) mod
 * P, reflected; so three streams' registers join as shift2(a) ^ shift1(b) ^ c (zlib's
 * crc32_combine, multmodp).
 */
#define CKPT_CRC32C_BLOCK 8192
#define CKPT_CRC32C_SHIFT1 0x28461564u
#define CKPT_CRC32C_SHIFT2 0xbf455269u
static inline __u32 ckpt_crc32c_shift(__u32 k, __u32 crc)
{
	__u32 product = 0;
	int i;

	for (i = 0; i < 32; i++) {
		product ^= crc & (0u - ((k >> (31 - i)) & 1u));
		crc = (crc >> 1) ^ (0x82f63b78u & (0u - (crc & 1u)));
	}
	return product;
}
__attribute__((target("sse4.2"))) static inline __u32 ckpt_crc32c_sse42_update(__u32 crc, const unsigned char *p, size_t n)
{
#ifdef __x86_64__
	/* three streams of CKPT_CRC32C_BLOCK bytes at once (the instruction's latency is three of
	 * its issue slots), joined by ckpt_crc32c_shift: about twice one stream's speed */
	for (; n >= 3 * CKPT_CRC32C_BLOCK; p += 3 * CKPT_CRC32C_BLOCK, n -= 3 * CKPT_CRC32C_BLOCK) {
		unsigned long long a = crc, b = 0, c = 0;
		size_t i;

		for (i = 0; i < CKPT_CRC32C_BLOCK; i += 8) {
			unsigned long long x, y, z;

			memcpy(&x, p + i, sizeof(x));
			memcpy(&y, p + CKPT_CRC32C_BLOCK + i, sizeof(y));
			memcpy(&z, p + 2 * CKPT_CRC32C_BLOCK + i, sizeof(z));
			a = __builtin_ia32_crc32di(a, x);
			b = __builtin_ia32_crc32di(b, y);
			c = __builtin_ia32_crc32di(c, z);
		}
		crc = ckpt_crc32c_shift(CKPT_CRC32C_SHIFT2, (__u32)a) ^ ckpt_crc32c_shift(CKPT_CRC32C_SHIFT1, (__u32)b) ^ (__u32)c;
	}
	for (; n >= 8; p += 8, n -= 8) {
		unsigned long long word;

		memcpy(&word, p, sizeof(word));	/* x86 is little endian: the bytes in image order */
		crc = (__u32)__builtin_ia32_crc32di(crc, word);
	}
#else
	for (; n >= 4; p += 4, n -= 4) {
		unsigned int word;

		memcpy(&word, p, sizeof(word));
		crc = __builtin_ia32_crc32si(crc, word);
	}
#endif
	for (; n > 0; p++, n--)
		crc = __builtin_ia32_crc32qi(crc, *p);
	return crc;
}

static inline __u32 ckpt_crc32c_sse42(const unsigned char *p, size_t n)
{
	return ~ckpt_crc32c_sse42_update(0xffffffffu, p, n);
}
#endif

/* The CRC register (not inverted) crc, on after n bytes at p: by the CPU's instruction where it has one. */
static inline __u32 ckpt_crc32c_update(__u32 crc, const unsigned char *p, size_t n)
{
#ifdef CKPTGEN_CRC32C_SSE42
	if (__builtin_cpu_supports("sse4.2"))
		return ckpt_crc32c_sse42_update(crc, p, n);
#endif
	return ckpt_crc32c_portable_update(crc, p, n);
}

/* The CRC32C of n bytes at p: by the CPU's instruction where it has one, else portably. */
static inline __u32 ckpt_crc32c(const unsigned char *p, size_t n)
{
	/* (the CPU test is of a word libgcc, or compiler-rt, set before main: cheap, and safe from any thread) */
	return ~ckpt_crc32c_update(0xffffffffu, p, n);
}

static inline int ckpt_zero(struct ckpt_reader *r, size_t at, size_t n, __s64 type, const char *what)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (r->buf[at + i])
			return ckpt_fail(r, at + i, type, "%s byte %zu is 0x%02x; padding must be zero", what, i,
					 r->buf[at + i]);
	return 0;
}

/* Whether n bytes at p are strict UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF. */
static inline int ckpt_utf8_ok(const unsigned char *p, size_t n)
{
	size_t i = 0, k, len;
	__u32 cp, min;

	while (i < n) {
		unsigned char c = p[i];
		if (c < 0x80) {
			i++;
			continue;
		}
		if (c >= 0xc2 && c <= 0xdf) { len = 2; cp = c & 0x1f; min = 0x80; }
		else if (c >= 0xe0 && c <= 0xef) { len = 3; cp = c & 0x0f; min = 0x800; }
		else if (c >= 0xf0 && c <= 0xf4) { len = 4; cp = c & 0x07; min = 0x10000; }
		else return 0;
		if (n - i < len)
			return 0;
		for (k = 1; k < len; k++) {
			if ((p[i + k] & 0xc0) != 0x80)
				return 0;
			cp = (cp << 6) | (p[i + k] & 0x3f);
		}
		if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
			return 0;
		i += len;
	}
	return 1;
}

static inline int ckpt_utf8(struct ckpt_reader *r, size_t at, size_t n, __s64 type, const char *what)
{
	return ckpt_utf8_ok(r->buf + at, n) ? 0 : ckpt_fail(r, at, type, "%s is not valid UTF-8", what);
}

#define CKPT_BYTES_7F 0x7f7f7f7f7f7f7f7full
#define CKPT_BYTES_80 0x8080808080808080ull

/* A hint that the bytes at p will be read soon: records are walked by the lengths in their headers, a chain of loads. */
#if defined(__GNUC__) || defined(__clang__)
#define CKPT_PREFETCH(p) __builtin_prefetch(p)
#else
#define CKPT_PREFETCH(p) ((void)0)
#endif

/* Whether n bytes at p are all zero: ckpt_zero's verdict. */
static inline int ckpt_zero_ok(const unsigned char *p, size_t n)
{
	__u64 bits = 0;
	size_t i = 0;

	for (; i + 8 <= n; i += 8)
		bits |= ckpt_le64(p + i);
	for (; i < n; i++)
		bits |= p[i];
	return bits == 0;
}

/*
 * ckpt_fixed_string's verdict on the char[length] at p: UTF-8 text, a NUL, NUL bytes to the
 * end. A word at a time, without a branch per byte: in each word, 0xff marks every nonzero
 * byte (m); the text's bytes must be a prefix of the words, then zeros (ended) to the end.
 */
static inline int ckpt_fixed_string_ok(const unsigned char *p, size_t length)
{
	__u64 high = 0, ended = 0, bad = 0;
	size_t i = 0, n;

	for (; i + 8 <= length; i += 8) {
		const __u64 w = ckpt_le64(p + i);
		const __u64 nonzero = (((w & CKPT_BYTES_7F) + CKPT_BYTES_7F) | w) & CKPT_BYTES_80;
		const __u64 m = (nonzero >> 7) * 0xff;

		bad |= (m & (m + 1)) | (w & ended);	/* a zero byte before a nonzero one */
		high |= w & m & ~ended;
		ended |= 0 - (__u64)(m != ~(__u64)0);
	}
	for (; i < length; i++) {
		bad |= p[i] & ended;
		high |= p[i] & ~ended;
		ended |= 0 - (__u64)(p[i] == 0);
	}
	if (bad || !ended)
		return 0;
	if ((high & CKPT_BYTES_80) == 0)
		return 1;	/* ASCII */
	for (n = 0; p[n]; n++)
		;
	return ckpt_utf8_ok(p, n);
}

/* ckpt_var_string's verdict on the n bytes at p: UTF-8 text with no NUL, then a NUL. */
static inline int ckpt_var_string_ok(const unsigned char *p, size_t n)
{
	__u64 high = 0;
	size_t i = 0;

	if (p[n] || (n > 0 && memchr(p, 0, n)))
		return 0;
	for (; i + 8 <= n; i += 8)
		high |= ckpt_le64(p + i);
	for (; i < n; i++)
		high |= p[i];
	return (high & CKPT_BYTES_80) == 0 || ckpt_utf8_ok(p, n);
}

/* ckpt_ref's verdict on objref id: 0 only where optional; else an object before it (n of them) of type want. */
static inline int ckpt_ref_ok(__s32 id, __u32 want, int optional, const __u32 *types, size_t n)
{
	return id == 0 ? optional : id > 0 && (size_t)id <= n && types[(size_t)id - 1] == want;
}

/* A char[length]: UTF-8 text, a NUL, and NUL bytes to the end. */
static inline int ckpt_fixed_string(struct ckpt_reader *r, size_t at, size_t length, __s64 type, const char *what)
{
	size_t n = 0, i;

	while (n < length && r->buf[at + n])
		n++;
	if (n == length)
		return ckpt_fail(r, at, type, "%s has no NUL terminator in its %zu bytes", what, length);
	for (i = n; i < length; i++)	/* as Java's Wire.getFixedString says it */
		if (r->buf[at + i])
			return ckpt_fail(r, at + i, type, "%s (after its NUL) byte %zu is 0x%02x; padding must be zero", what,
					 i - n, r->buf[at + i]);
	return ckpt_utf8(r, at, n, type, what);
}

/* n bytes of UTF-8 text and a NUL, with no NUL inside. */
static inline int ckpt_var_string(struct ckpt_reader *r, size_t at, size_t n, __s64 type, const char *what)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (!r->buf[at + i])
			return ckpt_fail(r, at + i, type, "%s has a NUL at byte %zu of its %zu", what, i, n);
	if (r->buf[at + n])
		return ckpt_fail(r, at + n, type, "%s is not NUL-terminated", what);
	return ckpt_utf8(r, at, n, type, what);
}

/* The __u32 count of a variable member: within its bound, and within the record's bytes. */
static inline int ckpt_count(struct ckpt_reader *r, size_t at, __u64 max, size_t size, size_t extra, size_t data,
		      size_t end, __s64 type, const char *what, __u32 *count)
{
	__u64 n = ckpt_le32(r->buf + at);

	if (n > max)
		return ckpt_fail(r, at, type, "%s %llu is over its bound %llu", what, (unsigned long long)n,
				 (unsigned long long)max);
	if (n * size + extra > end - data)
		return ckpt_fail(r, at, type, "%s %llu needs %llu bytes; the record has %zu left", what,
				 (unsigned long long)n, (unsigned long long)(n * size + extra), end - data);
	*count = (__u32)n;
	return 0;
}

static inline int ckpt_bool(struct ckpt_reader *r, size_t at, __s64 type, const char *what)
{
	if (r->buf[at] > 1)
		return ckpt_fail(r, at, type, "%s is %u; a boolean must be 0 or 1", what, r->buf[at]);
	return 0;
}

static inline int ckpt_objref(struct ckpt_reader *r, size_t at, __s64 type, const char *what)
{
	if ((__s32)ckpt_le32(r->buf + at) < 0)
		return ckpt_fail(r, at, type, "%s is %ld; an objref is 0 (none) or a positive id", what,
				 (long)(__s32)ckpt_le32(r->buf + at));
	return 0;
}

/*
 * One objref of the record at rec: 0 only where optional; else the id of an object written before
 * it (one of the n whose record types are types[0..n-1]), of the type want.
 */
static inline int ckpt_ref(struct ckpt_reader *r, __s32 id, __u32 want, int optional, const char *what, size_t rec,
			   __s64 type, const __u32 *types, size_t n)
{
	if (id == 0) {
		if (!optional)
			return ckpt_fail(r, rec, type, "%s is 0 (none), but it is a required reference", what);
		return 0;
	}
	if (id < 0 || (size_t)id > n)
		return ckpt_fail(r, rec, type, "%s refers to objref %ld, which is unknown or not written before it", what,
				 (long)id);
	if (types[id - 1] != want)
		return ckpt_fail(r, rec, type, "%s refers to objref %ld, a record of type 0x%x, not 0x%x", what, (long)id,
				 types[id - 1], want);
	return 0;
}

/* The header of a record at at: its type and a len that covers least bytes and stays within end. */
static inline int ckpt_header(struct ckpt_reader *r, size_t at, __u32 type, size_t least, const char *name, __u32 *len)
{
	size_t left = r->size - at;
	__u64 n;

	if (at > r->size || left < sizeof(struct ckpt_hdr))
		return ckpt_fail(r, at, -1, "a record header needs %zu bytes, %zu left", sizeof(struct ckpt_hdr),
				 at > r->size ? 0 : left);
	if (ckpt_le32(r->buf + at + offsetof(struct ckpt_hdr, type)) != type)
		return ckpt_fail(r, at, (__s64)ckpt_le32(r->buf + at), "expected a %s record (type 0x%x)", name, type);
	n = ckpt_len_at(r, at);
	if (n < least)
		return ckpt_fail(r, at + offsetof(struct ckpt_hdr, len), (__s64)type, "record length %llu is shorter than the %zu bytes of %s",
				 (unsigned long long)n, least, name);
	if (n > left)
		return ckpt_fail(r, at + offsetof(struct ckpt_hdr, len), (__s64)type, "record length %llu is over the %zu bytes left", (unsigned long long)n, left);
	*len = (__u32)n;
	return 0;
}

/*
 * The code point of the UTF-8 sequence at p[i] (of at most 3 bytes, as every character that
 * must be escaped is) if it is one a dump escapes for a terminal's sake though JSON allows it
 * raw: DEL, C1 controls, zero-width and bidirectional format characters, U+2028, U+2029, the
 * BOM; else 0. *len is the sequence's length. The strings are valid UTF-8 (checked before).
 */
static inline unsigned ckpt_json_inert(const unsigned char *p, size_t i, size_t n, size_t *len)
{
	unsigned c;

	*len = 1;
	if (p[i] == 0x7f)
		return 0x7f;
	if (p[i] == 0xc2 && i + 1 < n && p[i + 1] <= 0x9f) {
		*len = 2;
		return p[i + 1];
	}
	if ((p[i] == 0xe2 || p[i] == 0xef) && i + 2 < n) {
		c = ((p[i] & 0x0fu) << 12) | ((p[i + 1] & 0x3fu) << 6) | (p[i + 2] & 0x3fu);
		if ((c >= 0x200b && c <= 0x200f) || (c >= 0x2028 && c <= 0x202e) || (c >= 0x2060 && c <= 0x2064)
		    || (c >= 0x2066 && c <= 0x2069) || c == 0xfeff) {
			*len = 3;
			return c;
		}
	}
	return 0;
}

/* JSON, as the Java codecs print it: strings escaped as RFC 8259 says, payloads in hex. */
static inline void ckpt_json_string(FILE *out, const unsigned char *p, size_t n)
{
	size_t i, len;
	unsigned c;

	fputc('"', out);
	for (i = 0; i < n; i++) {
		if (p[i] >= 0x7f && (c = ckpt_json_inert(p, i, n, &len)) != 0) {
			fprintf(out, "\\u%04x", c);
			i += len - 1;
			continue;
		}
		switch (p[i]) {
		case '"': fputs("\\\"", out); break;
		case '\\': fputs("\\\\", out); break;
		case '\n': fputs("\\n", out); break;
		case '\r': fputs("\\r", out); break;
		case '\t': fputs("\\t", out); break;
		case '\b': fputs("\\b", out); break;
		case '\f': fputs("\\f", out); break;
		default:
			if (p[i] < 0x20)
				fprintf(out, "\\u%04x", p[i]);
			else
				fputc(p[i], out);
		}
	}
	fputc('"', out);
}

static inline void ckpt_json_hex(FILE *out, const unsigned char *p, size_t n)
{
	/* a line at a time: payloads run to gigabytes, and fprintf per byte is slow */
	static const char digits[] = "0123456789abcdef";
	char line[512];
	size_t i, k = 0;

	fputc('"', out);
	for (i = 0; i < n; i++) {
		line[k++] = digits[p[i] >> 4];
		line[k++] = digits[p[i] & 0xf];
		if (k == sizeof(line)) {
			fwrite(line, 1, k, out);
			k = 0;
		}
	}
	fwrite(line, 1, k, out);
	fputc('"', out);
}

/* An integer of size bytes at p, little endian. */
static inline __u64 ckpt_uint(const unsigned char *p, __u32 size)
{
	switch (size) {
	case 1: return ckpt_le8(p);
	case 2: return ckpt_le16(p);
	case 4: return ckpt_le32(p);
	default: return ckpt_le64(p);
	}
}

/* The same integer, read as signed. */
static inline __s64 ckpt_sint(const unsigned char *p, __u32 size)
{
	const __u64 sign = (__u64)1 << (8 * size - 1);

	return (__s64)((ckpt_uint(p, size) ^ sign) - sign);
}

/* Stores the integer v into size bytes at p, in host order. */
static inline void ckpt_store(unsigned char *p, __u64 v, __u32 size)
{
	__u8 b = (__u8)v;
	__u16 h = (__u16)v;
	__u32 w = (__u32)v;

	switch (size) {
	case 1: memcpy(p, &b, 1); break;
	case 2: memcpy(p, &h, 2); break;
	case 4: memcpy(p, &w, 4); break;
	default: memcpy(p, &v, 8); break;
	}
}

/* The Java name of the constant of e with code code, or NULL for none. */
static inline const char *ckpt_enum_name(const struct ckpt_enum *e, long code)
{
	size_t i;

	for (i = 0; i < e->nconstants; i++)
		if (e->constants[i].code == code)
			return e->constants[i].name;
	return NULL;
}

/* The elements of member m: the count read before it for the variable member. */
static inline size_t ckpt_elements(const struct ckpt_member *m, __u32 count)
{
	return (m->flags & CKPT_M_VARIABLE) ? count : m->length;
}

/* Element i of member m of the struct at at is below element i - 1 (the bytes checked before). */
static inline int ckpt_descending(const struct ckpt_reader *r, const struct ckpt_member *m, size_t p, size_t i)
{
	const unsigned char *a = r->buf + p + m->element_size * (i - 1), *b = a + m->element_size;

	if (m->flags & CKPT_M_SIGNED)
		return ckpt_sint(a, m->element_size) > ckpt_sint(b, m->element_size);
	return ckpt_uint(a, m->element_size) > ckpt_uint(b, m->element_size);
}

static inline int ckpt_check_struct(struct ckpt_reader *r, const struct ckpt_struct *s, size_t at, __s64 type);

/* One element of member m, at p. */
static inline int ckpt_check_element(struct ckpt_reader *r, const struct ckpt_member *m, size_t p, __s64 type)
{
	__u64 code;

	switch (m->kind) {
	case CKPT_K_BOOL:
		return ckpt_bool(r, p, type, m->what);
	case CKPT_K_OBJREF:
		return ckpt_objref(r, p, type, m->what);
	case CKPT_K_STRUCT:
		return ckpt_check_struct(r, m->nested, p, type);
	case CKPT_K_ENUM:
		code = ckpt_uint(r->buf + p, m->element_size);
		if (!ckpt_enum_name(m->enumeration, (long)code))
			return ckpt_fail(r, p, type, "%s has code %lu, which is no constant of its enum", m->what,
					 (unsigned long)code);
		return 0;
	default:
		return 0;
	}
}

/*
 * Member m of the struct at at, len bytes long, as the Java codec checks it; a count sets *count
 * for the variable member after it.
 */
static inline int ckpt_check_member(struct ckpt_reader *r, const struct ckpt_struct *s, const struct ckpt_member *m,
				    size_t at, __u32 len, __s64 type, __u32 *count)
{
	const size_t p = at + m->offset, n = ckpt_elements(m, *count);
	size_t i;

	switch (m->kind) {
	case CKPT_K_HEADER:
	case CKPT_K_BYTES:
		return 0;
	case CKPT_K_PADDING:
		return ckpt_zero(r, p, m->length, type, m->what);
	case CKPT_K_COUNT:
		return ckpt_count(r, p, m->max, m->element_size, (m->flags & CKPT_M_TEXT) ? 1 : 0, at + s->size, at + len,
				  type, m->what, count);
	case CKPT_K_STRING:
		if (m->flags & CKPT_M_VARIABLE)
			return ckpt_var_string(r, p, *count, type, m->what);
		return ckpt_fixed_string(r, p, m->length, type, m->what);
	case CKPT_K_INT:
		if (!(m->flags & CKPT_M_SORTED))
			return 0;	/* every value of an int is valid: only an order to check */
		for (i = 1; i < n; i++)
			if (ckpt_descending(r, m, p, i))
				return ckpt_fail(r, p + m->element_size * i, type,
						 "%s is not sorted: element %zu is below element %zu", m->what, i, i - 1);
		return 0;
	default:
		if (m->kind == CKPT_K_STRUCT && !(m->flags & CKPT_M_SORTED) && m->nested->nchecks == 0) {
			/* elements their masks alone check (the count check kept them within the record) */
			const struct ckpt_struct *e = m->nested;
			__u64 stray = 0;

			for (i = 0; i < n; i++) {
				const unsigned char *q = r->buf + p + m->element_size * i;
				size_t j;

				for (j = 0; j < e->nmasks; j++)
					stray |= ckpt_le64(q + e->masks[j].offset) & e->masks[j].bits;
			}
			if (stray == 0)
				return 0;
		}
		for (i = 0; i < n; i++) {
			if (ckpt_check_element(r, m, p + m->element_size * i, type) < 0)
				return CKPT_EBADIMAGE;
			if ((m->flags & CKPT_M_SORTED) && i > 0 && ckpt_descending(r, m, p, i))
				return ckpt_fail(r, p + m->element_size * i, type,
						 "%s is not sorted: element %zu is below element %zu", m->what, i, i - 1);
		}
		return 0;
	}
}

/* ckpt_check_struct by the description alone: the summary's masks and checks, else member by member. */
static inline int ckpt_check_struct_desc(struct ckpt_reader *r, const struct ckpt_struct *s, size_t at, __s64 type)
{
	__u32 len = s->size, count = 0;
	size_t k;
	__u64 stray = 0;

	if (s->type) {
		type = (__s64)s->type;
		if (ckpt_header(r, at, s->type, s->least, s->name, &len) < 0)
			return CKPT_EBADIMAGE;
	} else if (r->size - at < s->size) {
		return ckpt_fail(r, at, type, "%s needs %lu bytes, %zu left", s->name, (unsigned long)s->size, r->size - at);
	}
	/* the masks lie in the first version's bytes, which len covers */
	for (k = 0; k < s->nmasks; k++)
		stray |= ckpt_le64(r->buf + at + s->masks[k].offset) & s->masks[k].bits;
	if (stray == 0) {
		/* every member a mask covers passes: the others alone decide, in the same order */
		for (k = 0; k < s->nchecks; k++) {
			const struct ckpt_member *m = &s->members[s->checks[k]];

			if (m->since_size && len < m->since_size)
				continue;
			if (ckpt_check_member(r, s, m, at, len, type, &count) < 0)
				return CKPT_EBADIMAGE;
		}
		return 0;
	}
	/* a mask caught a stray bit: member by member, for the first error in member order */
	for (k = 0; k < s->nmembers; k++) {
		const struct ckpt_member *m = &s->members[k];

		if (m->since_size && len < m->since_size)
			continue;	/* from a later version than the record's */
		if (ckpt_check_member(r, s, m, at, len, type, &count) < 0)
			return CKPT_EBADIMAGE;
	}
	return 0;
}

/*
 * The struct s at at, as its Java codec checks it: a record's header (its type, and a length of
 * at least its first version's and within the buffer), then every member the length holds. type
 * names the record a value struct is in, for errors. Where the struct has generated C (s->ok),
 * the header checks and it first; only where one may fail, the description, which finds the
 * first error with its offset and reason.
 */
static inline int ckpt_check_struct(struct ckpt_reader *r, const struct ckpt_struct *s, size_t at, __s64 type)
{
	const size_t left = r->size - at;

	if (s->ok && at <= r->size) {
		if (!s->type) {
			if (left >= s->size && s->ok(r->buf + at, s->size))
				return 0;
		} else if (left >= sizeof(struct ckpt_hdr) && ckpt_le32(r->buf + at + offsetof(struct ckpt_hdr, type)) == s->type) {
			const __u32 len = ckpt_len_at(r, at);

			if (len >= s->least && len <= left && s->ok(r->buf + at, len))
				return 0;
		}
	}
	return ckpt_check_struct_desc(r, s, at, type);
}

/*
 * Resolves every objref of the struct s at at, in member order (nested structs in place), as
 * restore's check does: an id of an object written before (types[id - 1] is its type), of the
 * type the field declares, 0 only where it is optional. rec and type name the record, for errors.
 */
static inline int ckpt_refs_struct(struct ckpt_reader *r, const struct ckpt_struct *s, size_t at, size_t rec, __s64 type,
			    const __u32 *types, size_t n)
{
	const __u32 len = s->type ? ckpt_le32(r->buf + at + offsetof(struct ckpt_hdr, len)) : s->size;
	__u32 count = 0;
	size_t k, i;

	if (s->refs_ok && s->refs_ok(r->buf + at, types, n))
		return 0;	/* else the walk below finds the first objref that fails, with its member's name */
	if (s->refs_at && !s->refs_ok) {
		/* every objref at its offset, resolved in one loop; on the first that fails, the walk
		 * below finds it again, with its member's name */
		for (k = 0; k < s->nrefs_at; k++) {
			const struct ckpt_ref_at *ref = &s->refs_at[k];
			const __s32 id = (__s32)ckpt_le32(r->buf + at + ref->offset);

			if (id == 0 ? !ref->optional : id < 0 || (size_t)id > n || types[id - 1] != ref->type)
				break;
		}
		if (k == s->nrefs_at)
			return 0;
	}

	for (k = 0; k < s->nwalk; k++) {
		const struct ckpt_member *m = &s->members[s->walk[k]];
		const size_t p = at + m->offset;
		const int present = !m->since_size || len >= m->since_size;

		if (m->kind == CKPT_K_COUNT)
			count = ckpt_le32(r->buf + p);
		if (!(m->flags & CKPT_M_REFS))
			continue;
		for (i = 0; i < ckpt_elements(m, count); i++) {
			const size_t e = p + m->element_size * i;
			const int optional = (m->flags & CKPT_M_OPTIONAL) != 0;
			int rc;

			if (m->kind == CKPT_K_OBJREF)
				rc = ckpt_ref(r, present ? (__s32)ckpt_le32(r->buf + e) : 0, m->ref_type, optional, m->what, rec,
					      type, types, n);
			else
				rc = ckpt_refs_struct(r, m->nested, e, rec, type, types, n);
			if (rc < 0)
				return CKPT_EBADIMAGE;
		}
	}
	return 0;
}

static inline void ckpt_json_struct(FILE *out, const struct ckpt_struct *s, const unsigned char *p);

/* One element of member m, at p, as the Java codecs print it. */
static inline void ckpt_json_element(FILE *out, const struct ckpt_member *m, const unsigned char *p)
{
	switch (m->kind) {
	case CKPT_K_BOOL:
		fputs(*p ? "true" : "false", out);
		break;
	case CKPT_K_OBJREF:
		fprintf(out, "%ld", (long)(__s32)ckpt_le32(p));
		break;
	case CKPT_K_ENUM:
		fprintf(out, "\"%s\"", ckpt_enum_name(m->enumeration, (long)ckpt_uint(p, m->element_size)));
		break;
	case CKPT_K_STRUCT:
		ckpt_json_struct(out, m->nested, p);
		break;
	default:
		if (m->flags & CKPT_M_SIGNED)
			fprintf(out, "%lld", (long long)ckpt_sint(p, m->element_size));
		else
			fprintf(out, "%llu", (unsigned long long)ckpt_uint(p, m->element_size));
	}
}

/* What Java prints for member m of a record of a version before the member's. */
static inline void ckpt_json_default(FILE *out, const struct ckpt_member *m)
{
	__u32 i;

	if (m->kind == CKPT_K_BOOL) {
		fputs("false", out);
	} else if (m->kind == CKPT_K_STRING) {
		fputs("\"\"", out);
	} else if (m->kind == CKPT_K_ENUM) {
		fprintf(out, "\"%s\"", ckpt_enum_name(m->enumeration, 0));
	} else if (m->flags & CKPT_M_FIXED) {
		fputc('[', out);
		for (i = 0; i < m->length; i++)
			fputs(i > 0 ? ",0" : "0", out);
		fputc(']', out);
	} else {
		fputs("0", out);
	}
}

/* Member m of the struct at p; count is the variable member's. */
static inline void ckpt_json_member(FILE *out, const struct ckpt_member *m, const unsigned char *p, __u32 count)
{
	size_t i;

	if (m->kind == CKPT_K_STRING) {
		ckpt_json_string(out, p, (m->flags & CKPT_M_VARIABLE) ? count : strlen((const char *)p));
	} else if (m->kind == CKPT_K_BYTES) {
		ckpt_json_hex(out, p, count);
	} else if (!(m->flags & (CKPT_M_FIXED | CKPT_M_VARIABLE))) {
		ckpt_json_element(out, m, p);
	} else {
		fputc('[', out);
		for (i = 0; i < ckpt_elements(m, count); i++) {
			if (i > 0)
				fputc(',', out);
			ckpt_json_element(out, m, p + m->element_size * i);
		}
		fputc(']', out);
	}
}

/* Prints the checked struct s at p as JSON, as its Java codec does. */
static inline void ckpt_json_struct(FILE *out, const struct ckpt_struct *s, const unsigned char *p)
{
	const __u32 len = s->type ? ckpt_le32(p + offsetof(struct ckpt_hdr, len)) : s->size;
	const char *open = "{";
	__u32 count = 0;
	size_t k;

	for (k = 0; k < s->nmembers; k++) {
		const struct ckpt_member *m = &s->members[k];

		if (m->kind == CKPT_K_COUNT)
			count = ckpt_le32(p + m->offset);
		if (m->kind == CKPT_K_HEADER || m->kind == CKPT_K_PADDING || m->kind == CKPT_K_COUNT)
			continue;
		fprintf(out, "%s\"%s\":", open, m->name);
		open = ",";
		if (m->since_size && len < m->since_size)
			ckpt_json_default(out, m);
		else
			ckpt_json_member(out, m, p + m->offset, count);
	}
	fputs(open[0] == '{' ? "{}" : "}", out);
}

/*
 * Loads the fixed part of the checked struct s at p into out, a struct of s's C type, in host
 * order; members of a later version than the record's are 0.
 */
static inline void ckpt_load_struct(const struct ckpt_struct *s, const unsigned char *p, void *out)
{
	unsigned char *o = (unsigned char *)out;
	size_t k, i;

	memset(out, 0, s->size);
	for (k = 0; k < s->nmembers; k++) {
		const struct ckpt_member *m = &s->members[k];
		const unsigned char *from = p + m->offset;
		unsigned char *to = o + m->offset;

		if (m->kind == CKPT_K_PADDING || (m->flags & CKPT_M_VARIABLE))
			continue;
		if (m->since_size && ckpt_le32(p + offsetof(struct ckpt_hdr, len)) < m->since_size)
			continue;
		if (m->kind == CKPT_K_HEADER) {
			ckpt_store(to + offsetof(struct ckpt_hdr, type), ckpt_le32(from + offsetof(struct ckpt_hdr, type)), 4);
			ckpt_store(to + offsetof(struct ckpt_hdr, len), ckpt_le32(from + offsetof(struct ckpt_hdr, len)), 4);
		} else if (m->kind == CKPT_K_STRING || m->kind == CKPT_K_BYTES) {
			memcpy(to, from, m->length);
		} else {
			for (i = 0; i < m->length; i++) {
				if (m->kind == CKPT_K_STRUCT)
					ckpt_load_struct(m->nested, from + m->element_size * i, to + m->element_size * i);
				else
					ckpt_store(to + m->element_size * i, ckpt_uint(from + m->element_size * i, m->element_size),
						   m->element_size);
			}
		}
	}
}

/* The description of record type type in image, or NULL for a type the image's build does not know. */
static inline const struct ckpt_struct *ckpt_struct_of(const struct ckpt_image *image, __u32 type)
{
	size_t lo = 0, hi = image->nrecords;

	if (image->struct_of)
		return image->struct_of(type);	/* the generated switch */
	while (lo < hi) {
		const size_t mid = lo + (hi - lo) / 2;

		if (image->records[mid]->type < type)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < image->nrecords && image->records[lo]->type == type ? image->records[lo] : NULL;
}

/* The C name of record type type, or NULL for a type this reader does not know. */
static inline const char *ckpt_name(const struct ckpt_reader *r, __u32 type)
{
	const struct ckpt_struct *s = ckpt_struct_of(r->image, type);

	return s ? s->name : NULL;
}

/* Whether the build knows record type type: one of its own, not a framing record. */
static inline int ckpt_known(const struct ckpt_reader *r, __u32 type)
{
	const struct ckpt_struct *s = ckpt_struct_of(r->image, type);

	return s && s->own;
}

/*
 * Checks one record as the Java codecs do. A type this reader does not know is skipped by its
 * length: it may come from a newer writer.
 */
static inline int ckpt_check(struct ckpt_reader *r, const struct ckpt_record *rec)
{
	const struct ckpt_struct *s = ckpt_struct_of(r->image, rec->type);

	return s ? ckpt_check_struct(r, s, rec->offset, (__s64)rec->type) : 0;
}

/* Prints a checked record as JSON; returns 0, or -1 for a type this reader does not know. */
static inline int ckpt_json(const struct ckpt_reader *r, FILE *out, const struct ckpt_record *rec)
{
	const struct ckpt_struct *s = ckpt_struct_of(r->image, rec->type);

	if (!s)
		return -1;
	ckpt_json_struct(out, s, rec->p);
	return 0;
}

/* Checks the framing record of type type at at (of the image's build: the reader knows it). */
static inline int ckpt_check_framing(struct ckpt_reader *r, __u32 type, size_t at)
{
	return ckpt_check_struct(r, ckpt_struct_of(r->image, type), at, (__s64)type);
}

/* Loads the checked framing record of type type at at into out. */
static inline void ckpt_load_framing(const struct ckpt_reader *r, __u32 type, size_t at, void *out)
{
	ckpt_load_struct(ckpt_struct_of(r->image, type), r->buf + at, out);
}

/* Whether the NUL-terminated name at p is a C identifier: ASCII letters, digits and _, not first a digit. */
static inline int ckpt_identifier(const unsigned char *p)
{
	size_t i;

	if (!p[0] || (p[0] >= '0' && p[0] <= '9'))
		return 0;
	for (i = 0; p[i]; i++)
		if (!((p[i] >= 'a' && p[i] <= 'z') || (p[i] >= 'A' && p[i] <= 'Z') || (p[i] >= '0' && p[i] <= '9')
		      || p[i] == '_'))
			return 0;
	return 1;
}

/* The members of the tables' entries, for ckpt_tables. */
#define CKPT_SE(member) offsetof(struct ckpt_schema_entry, member)
#define CKPT_FE(member) offsetof(struct ckpt_field_entry, member)
#define CKPT_EV(member) offsetof(struct ckpt_enum_value, member)
/* The codes of a field table entry, FieldEntry's constants. */
#define CKPT_ROLE(name) CKPT_FIELD_ENTRY_ROLE_##name
#define CKPT_ELEMENT(name) CKPT_FIELD_ENTRY_ELEMENT_##name
#define CKPT_ARITY(name) CKPT_FIELD_ENTRY_ARITY_##name
#define CKPT_FLAG(name) CKPT_FIELD_ENTRY_FLAG_##name

/* Where the tables are and what they hold, for the rules below. */
struct ckpt_tables_at {
	const unsigned char *sch, *fld, *enm;	/* the first entry of each */
	size_t se, fe, ev;			/* the size of an entry of each */
	size_t fields_at, enums_at, ns, nf, ne, nenums;
	unsigned char deep[8192];		/* bit s: struct s nests structs 32 deep (65536 structs at most) */
};

/* What the field table listed so far of struct s, the owner of its current entries. */
struct ckpt_owner {
	__u64 expected, first_later, last_since;	/* where the members end; the first of a later version */
	size_t members, count_at, variable_at;
	int s, has_count, has_variable, later;
};

/* The schema table's own rules: names, types in order, sizes, versions and flags. */
static inline int ckpt_schema_rules(struct ckpt_reader *r, const struct ckpt_tables_at *t)
{
	size_t k;

	for (k = 0; k < t->ns; k++) {
		const unsigned char *e = t->sch + t->se * k;
		const size_t at = CKPT_SCHEMA_AT(k);
		const __u32 type = ckpt_le32(e), size = ckpt_le32(e + CKPT_SE(size)), version = ckpt_le32(e + CKPT_SE(version));
		const __u32 flags = ckpt_le32(e + CKPT_SE(flags)), before = k == 0 ? 0 : ckpt_le32(e - t->se);
		const char *name = (const char *)(e + CKPT_SE(name));

		if (!ckpt_identifier(e + CKPT_SE(name)))
			return ckpt_fail(r, at + CKPT_SE(name), CKPT_HDR_IMAGE, "schema table entry %zu: the name is not a C identifier", k);
		if (type != 0 && (type < 0x100 || type > 0x7fffffffu))
			return ckpt_fail(r, at, CKPT_HDR_IMAGE, "schema table entry %zu (%s): type 0x%lx is neither 0 (a value "
					 "struct) nor a record type from 0x100 to 0x7fffffff", k, name, (unsigned long)type);
		if (type == 0 ? before != 0 : type <= before)
			return ckpt_fail(r, at, CKPT_HDR_IMAGE, "schema table entry %zu (%s): type 0x%lx after type 0x%lx: value "
					 "structs come first, then records in increasing order of type", k, name,
					 (unsigned long)type, (unsigned long)before);
		if (size < 8 || size > 1048576u || size % 8 != 0)	/* ImageLayout.MAX_FIXED: 1 MiB */
			return ckpt_fail(r, at + CKPT_SE(size), CKPT_HDR_IMAGE, "schema table entry %zu (%s): size %lu is not a multiple of 8 "
					 "from 8 to 1048576", k, name, (unsigned long)size);
		if (version < 1 || version > 0x7fffffffu || (type == 0 && version != 1))
			return ckpt_fail(r, at + CKPT_SE(version), CKPT_HDR_IMAGE, "schema table entry %zu (%s): version %lu is not from 1 to "
					 "2147483647, or 1 for a value struct", k, name, (unsigned long)version);
		if ((flags & ~(__u32)(CKPT_SCHEMA_ENTRY_SHARED | CKPT_SCHEMA_ENTRY_VARIABLE)) != 0
		    || (type == 0 && (flags & CKPT_SCHEMA_ENTRY_SHARED)))
			return ckpt_fail(r, at + CKPT_SE(flags), CKPT_HDR_IMAGE, "schema table entry %zu (%s): flags 0x%lx: only 1 (shared, on "
					 "a record) and 2 (variable member) are defined", k, name, (unsigned long)flags);
	}
	return 0;
}

/* The enum table's own rules: names, enums together in order, at most 1024 distinct codes each. */
static inline int ckpt_enum_rules(struct ckpt_reader *r, const struct ckpt_tables_at *t)
{
	size_t i, j, first = 0;

	for (i = 0; i < t->ne; i++) {
		const unsigned char *v = t->enm + t->ev * i;
		const size_t at = CKPT_ENUM_AT(t->enums_at, i);
		const __u32 id = ckpt_le32(v), code = ckpt_le32(v + CKPT_EV(code)), previous = i == 0 ? 0 : ckpt_le32(v - t->ev);
		const char *name = (const char *)(v + CKPT_EV(name));

		if (!ckpt_identifier(v + CKPT_EV(name)))
			return ckpt_fail(r, at + CKPT_EV(name), CKPT_HDR_ENUMS, "enum table entry %zu: the name is not an identifier", i);
		if (i == 0 ? id != 0 : id != previous && id != previous + 1)
			return ckpt_fail(r, at, CKPT_HDR_ENUMS, "enum table entry %zu (%s): enum %lu; the constants of enums 0, "
					 "1, ... come together, in order", i, name, (unsigned long)id);
		if (i == 0 || id != previous)
			first = i;
		if (i - first == 1024)
			return ckpt_fail(r, at, CKPT_HDR_ENUMS, "enum table entry %zu (%s): enum %lu has more than 1024 "
					 "constants", i, name, (unsigned long)id);
		if (code > 0x7fffffffu)
			return ckpt_fail(r, at + CKPT_EV(code), CKPT_HDR_ENUMS, "enum table entry %zu (%s): code %lu is over 2147483647", i,
					 name, (unsigned long)code);
		for (j = first; j < i; j++)
			if (ckpt_le32(t->enm + t->ev * j + CKPT_EV(code)) == code)
				return ckpt_fail(r, at + CKPT_EV(code), CKPT_HDR_ENUMS, "enum table entry %zu (%s): enum %lu has code %lu twice",
						 i, name, (unsigned long)id, (unsigned long)code);
	}
	return 0;
}

/*
 * How deep structs nest, a level per pass: before pass d, bit s of t->deep says struct s is at
 * least d structs deep. Only entries before the field table's first owner out of order count:
 * the checks after stop there, and every struct a member nests ends before the member.
 */
static inline void ckpt_nesting(struct ckpt_tables_at *t)
{
	unsigned char next[sizeof(t->deep)];
	size_t j;
	int d;

	memset(t->deep, 0xff, sizeof(t->deep));
	for (d = 1; d < 32; d++) {
		size_t top = 0;
		int any = 0;

		memset(next, 0, sizeof(next));
		for (j = 0; j < t->nf; j++) {
			const unsigned char *f = t->fld + t->fe * j;
			const size_t o = ckpt_le16(f + CKPT_FE(owner)), ref = ckpt_le32(f + CKPT_FE(ref));

			if (o >= t->ns || o < top)
				break;
			top = o;
			if (f[CKPT_FE(element)] == CKPT_FIELD_ENTRY_ELEMENT_STRUCT && ref < o && ((t->deep[ref >> 3] >> (ref & 7)) & 1)) {
				next[o >> 3] = (unsigned char)(next[o >> 3] | (1u << (o & 7)));
				any = 1;
			}
		}
		memcpy(t->deep, next, sizeof(next));
		if (!any)
			break;
	}
}

/* Struct o->s against the members the field table listed for it: size, count, flags, version. */
static inline int ckpt_struct_end(struct ckpt_reader *r, const struct ckpt_tables_at *t, const struct ckpt_owner *o)
{
	const int s = o->s;
	const unsigned char *e = t->sch + t->se * (size_t)s;
	const size_t at = CKPT_SCHEMA_AT((size_t)s);
	const __u32 flags = ckpt_le32(e + CKPT_SE(flags));

	if (o->expected != ckpt_le32(e + CKPT_SE(size)))
		return ckpt_fail(r, at + CKPT_SE(size), CKPT_HDR_IMAGE, "schema table entry %d (%s): size %lu; its members "
				 "end at %llu", s, (const char *)(e + CKPT_SE(name)), (unsigned long)ckpt_le32(e + CKPT_SE(size)),
				 (unsigned long long)o->expected);
	if (o->has_count && !o->has_variable)
		return ckpt_fail(r, CKPT_FIELD_AT(t->fields_at, o->count_at) + CKPT_FE(role), CKPT_HDR_FIELDS, "field table entry %zu "
				 "(%s): a count with no variable member after it", o->count_at,
				 (const char *)(t->fld + t->fe * o->count_at + CKPT_FE(name)));
	if (((flags & CKPT_SCHEMA_ENTRY_VARIABLE) != 0) != o->has_variable)
		return ckpt_fail(r, at + CKPT_SE(flags), CKPT_HDR_IMAGE, "schema table entry %d (%s): flags 0x%lx %s flag 2, "
				 "but the struct has %s variable member", s, (const char *)(e + CKPT_SE(name)),
				 (unsigned long)flags, o->has_variable ? "lack" : "have", o->has_variable ? "a" : "no");
	if (ckpt_le32(e + CKPT_SE(version)) != o->last_since)
		return ckpt_fail(r, at + CKPT_SE(version), CKPT_HDR_IMAGE, "schema table entry %d (%s): version %lu; its newest "
				 "member is of version %lu", s, (const char *)(e + CKPT_SE(name)),
				 (unsigned long)ckpt_le32(e + CKPT_SE(version)), (unsigned long)o->last_since);
	return 0;
}

/* Field table entry i, the next member of struct o->s, by the rules of its role, element and arity. */
static inline int ckpt_field_rules(struct ckpt_reader *r, const struct ckpt_tables_at *t, struct ckpt_owner *o, size_t i)
{
	const unsigned char *f = t->fld + t->fe * i, *e = t->sch + t->se * (size_t)o->s;
	const size_t at = CKPT_FIELD_AT(t->fields_at, i);
	const char *name = (const char *)(f + CKPT_FE(name)), *wrong = NULL;
	const unsigned role = f[CKPT_FE(role)], element = f[CKPT_FE(element)], arity = f[CKPT_FE(arity)],
		       flags = f[CKPT_FE(flags)], esize = ckpt_le16(f + CKPT_FE(element_size));
	const __u32 offset = ckpt_le32(f + CKPT_FE(offset)), length = ckpt_le32(f + CKPT_FE(length)), ref = ckpt_le32(f + CKPT_FE(ref));
	const __u32 since = ckpt_le32(f + CKPT_FE(since)), ssize = ckpt_le32(e + CKPT_SE(size)), sversion = ckpt_le32(e + CKPT_SE(version));
	const int record = ckpt_le32(e) != 0, pad = name[0] == '_' && name[1] == '_';
	const unsigned ids = CKPT_FLAG(UID) | CKPT_FLAG(GID);
	const unsigned known = CKPT_FLAG(SIGNED) | CKPT_FLAG(SORTED) | CKPT_FLAG(VIEW) | ids | CKPT_FLAG(OPTIONAL);
	unsigned align;
	__u64 end;

	if (!ckpt_identifier(f + CKPT_FE(name)))
		return ckpt_fail(r, at + CKPT_FE(name), CKPT_HDR_FIELDS, "field table entry %zu: the name is not a C identifier", i);
	if (role > CKPT_ROLE(PADDING))
		return ckpt_fail(r, at + CKPT_FE(role), CKPT_HDR_FIELDS, "field table entry %zu (%s): unknown role %u", i, name, role);
	if (element > CKPT_ELEMENT(BYTE))
		return ckpt_fail(r, at + CKPT_FE(element), CKPT_HDR_FIELDS, "field table entry %zu (%s): unknown element %u", i, name,
				 element);
	if (arity > CKPT_ARITY(VARIABLE))
		return ckpt_fail(r, at + CKPT_FE(arity), CKPT_HDR_FIELDS, "field table entry %zu (%s): unknown arity %u", i, name,
				 arity);
	if (o->has_variable)
		return ckpt_fail(r, at + CKPT_FE(offset), CKPT_HDR_FIELDS, "field table entry %zu (%s): follows the variable member "
				 "%s, which ends the struct", i, name, (const char *)(t->fld + t->fe * o->variable_at + CKPT_FE(name)));
	if ((role == CKPT_ROLE(HEADER)) != (o->members == 0 && record))
		return ckpt_fail(r, at + CKPT_FE(role), CKPT_HDR_FIELDS, "field table entry %zu (%s): role %u: a record starts with "
				 "its header, and nothing else is one", i, name, role);
	if (role == CKPT_ROLE(COUNT) && o->has_count)
		return ckpt_fail(r, at + CKPT_FE(role), CKPT_HDR_FIELDS, "field table entry %zu (%s): a second count in the struct",
				 i, name);
	if (!(role == CKPT_ROLE(HEADER) ? element == CKPT_ELEMENT(HEADER)
      : role == CKPT_ROLE(COUNT) ? element == CKPT_ELEMENT(INT)
      : role == CKPT_ROLE(PADDING) ? element == CKPT_ELEMENT(BYTE) : element != CKPT_ELEMENT(HEADER)))
		return ckpt_fail(r, at + CKPT_FE(element), CKPT_HDR_FIELDS, "field table entry %zu (%s): element %u does not go with "
				 "role %u", i, name, element, role);
	if (!(role == CKPT_ROLE(PADDING) ? arity == CKPT_ARITY(FIXED)
	      : (element == CKPT_ELEMENT(HEADER) || element == CKPT_ELEMENT(BOOL) || element == CKPT_ELEMENT(ENUM)) ? arity == CKPT_ARITY(ONE)
	      : element == CKPT_ELEMENT(CHAR) ? arity != CKPT_ARITY(ONE)
	      : element == CKPT_ELEMENT(BYTE) ? arity == CKPT_ARITY(VARIABLE) : (role == CKPT_ROLE(FIELD) || arity == CKPT_ARITY(ONE))))
		return ckpt_fail(r, at + CKPT_FE(arity), CKPT_HDR_FIELDS, "field table entry %zu (%s): arity %u does not go with "
				 "element %u and role %u", i, name, arity, element, role);
	if (role == CKPT_ROLE(PADDING) ? !pad : pad)
		return ckpt_fail(r, at + CKPT_FE(name), CKPT_HDR_FIELDS, "field table entry %zu (%s): names starting with __ are "
				 "for padding, and padding's start with __", i, name);
	/* ref, before the element size: a nested struct's size is the element size */
	if (element == CKPT_ELEMENT(STRUCT)) {
		if (ref >= (__u32)o->s || ckpt_le32(t->sch + t->se * (size_t)ref) != 0)
			return ckpt_fail(r, at + CKPT_FE(ref), CKPT_HDR_FIELDS, "field table entry %zu (%s): ref %lu is not a value "
					 "struct before this one in the schema table", i, name, (unsigned long)ref);
		if ((t->deep[ref >> 3] >> (ref & 7)) & 1)
			return ckpt_fail(r, at + CKPT_FE(ref), CKPT_HDR_FIELDS, "field table entry %zu (%s): nests structs 33 deep; "
					 "the limit is 32", i, name);
	} else if (element == CKPT_ELEMENT(ENUM)) {
		if (ref >= t->nenums)
			return ckpt_fail(r, at + CKPT_FE(ref), CKPT_HDR_FIELDS, "field table entry %zu (%s): ref %lu is no enum of "
					 "the enum table (%zu enums)", i, name, (unsigned long)ref, t->nenums);
	} else if (element == CKPT_ELEMENT(OBJREF)) {
		size_t lo = 0, hi = t->ns;	/* the types: value structs' 0 first, then increasing */

		while (lo < hi) {
			const size_t mid = lo + (hi - lo) / 2;
			if (ckpt_le32(t->sch + t->se * mid) < ref)
				lo = mid + 1;
			else
				hi = mid;
		}
		if (ref == 0 || lo == t->ns || ckpt_le32(t->sch + t->se * lo) != ref || !(ckpt_le32(t->sch + t->se * lo + CKPT_SE(flags)) & CKPT_SCHEMA_ENTRY_SHARED))
			return ckpt_fail(r, at + CKPT_FE(ref), CKPT_HDR_FIELDS, "field table entry %zu (%s): ref 0x%lx is the type of "
					 "no shared record of the schema table", i, name, (unsigned long)ref);
	} else if (ref != 0) {
		return ckpt_fail(r, at + CKPT_FE(ref), CKPT_HDR_FIELDS, "field table entry %zu (%s): ref %lu on an element that "
				 "refers to nothing", i, name, (unsigned long)ref);
	}
	if (!(element == CKPT_ELEMENT(HEADER) ? esize == sizeof(struct ckpt_hdr)
	      : element == CKPT_ELEMENT(INT) ? (role == CKPT_ROLE(COUNT) ? esize == 4 : esize == 1 || esize == 2 || esize == 4 || esize == 8)
	      : element == CKPT_ELEMENT(ENUM) ? esize == 1 || esize == 2 || esize == 4
	      : element == CKPT_ELEMENT(OBJREF) ? esize == 4
	      : element == CKPT_ELEMENT(STRUCT) ? esize == ckpt_le32(t->sch + t->se * (size_t)ref + CKPT_SE(size)) : esize == 1))
		return ckpt_fail(r, at + CKPT_FE(element_size), CKPT_HDR_FIELDS, "field table entry %zu (%s): element size %u does not fit "
				 "element %u", i, name, esize, element);
	if (flags & ~known)
		return ckpt_fail(r, at + CKPT_FE(flags), CKPT_HDR_FIELDS, "field table entry %zu (%s): unknown flags 0x%x", i, name,
				 flags);
	if ((flags & CKPT_FLAG(SIGNED)) && !(role == CKPT_ROLE(FIELD) && element == CKPT_ELEMENT(INT)))
		wrong = "1 (signed) goes only on an integer";
	else if ((flags & CKPT_FLAG(SORTED))
		 && !(role == CKPT_ROLE(FIELD) && arity == CKPT_ARITY(VARIABLE) && (element == CKPT_ELEMENT(INT) || element == CKPT_ELEMENT(OBJREF))))
		wrong = "2 (sorted) goes only on a variable array of integers or objrefs";
	else if ((flags & CKPT_FLAG(VIEW)) && !(role == CKPT_ROLE(FIELD) && element == CKPT_ELEMENT(BYTE)))
		wrong = "4 (view) goes only on variable bytes";
	else if ((flags & ids) && ((flags & ids) == ids || role != CKPT_ROLE(FIELD) || element != CKPT_ELEMENT(INT) || esize != 4))
		wrong = "8 (@Uid) and 16 (@Gid) go only on a 4-byte integer, one of them";
	else if ((flags & CKPT_FLAG(OPTIONAL)) && !(role == CKPT_ROLE(FIELD) && element == CKPT_ELEMENT(OBJREF)))
		wrong = "32 (optional) goes only on an objref";
	if (wrong)
		return ckpt_fail(r, at + CKPT_FE(flags), CKPT_HDR_FIELDS, "field table entry %zu (%s): flags 0x%x: %s", i, name,
				 flags, wrong);
	if (offset != o->expected)
		return ckpt_fail(r, at + CKPT_FE(offset), CKPT_HDR_FIELDS, "field table entry %zu (%s): starts at %lu; the member "
				 "before it ends at %llu", i, name, (unsigned long)offset, (unsigned long long)o->expected);
	align = element == CKPT_ELEMENT(STRUCT) || element == CKPT_ELEMENT(HEADER) ? 8 : esize;
	if (offset % align != 0)
		return ckpt_fail(r, at + CKPT_FE(offset), CKPT_HDR_FIELDS, "field table entry %zu (%s): offset %lu is not a multiple "
				 "of its alignment %u", i, name, (unsigned long)offset, align);
	if (arity == CKPT_ARITY(VARIABLE)) {
		const __u64 most = (__u64)ssize + (__u64)length * esize + (element == CKPT_ELEMENT(CHAR) ? 1 : 0);

		if (length == 0 || most > 0x7fffffffu)
			return ckpt_fail(r, at + CKPT_FE(length), CKPT_HDR_FIELDS, "field table entry %zu (%s): bound %lu is 0 or makes "
					 "records of %llu bytes, over 2147483647", i, name, (unsigned long)length,
					 (unsigned long long)most);
		if (!record || !o->has_count || offset != ssize)
			return ckpt_fail(r, at + CKPT_FE(arity), CKPT_HDR_FIELDS, "field table entry %zu (%s): a variable member goes "
					 "last in a record, after its count, at the struct's end (%lu)", i, name,
					 (unsigned long)ssize);
		end = offset;
	} else {
		const unsigned long least = arity == CKPT_ARITY(ONE) ? 1 : element == CKPT_ELEMENT(CHAR) ? 2 : 1;
		const unsigned long most = arity == CKPT_ARITY(ONE) ? 1 : 0x7fffffffUL;

		if (length < least || length > most)
			return ckpt_fail(r, at + CKPT_FE(length), CKPT_HDR_FIELDS, "field table entry %zu (%s): length %lu is not from "
					 "%lu to %lu", i, name, (unsigned long)length, least, most);
		end = (__u64)offset + (__u64)length * esize;
		if (end > ssize)
			return ckpt_fail(r, at + CKPT_FE(length), CKPT_HDR_FIELDS, "field table entry %zu (%s): ends at %llu, past the "
					 "struct's %lu bytes", i, name, (unsigned long long)end, (unsigned long)ssize);
	}
	if (since < 1 || since > sversion || since < o->last_since || (o->members == 0 && since != 1))
		return ckpt_fail(r, at + CKPT_FE(since), CKPT_HDR_FIELDS, "field table entry %zu (%s): since %lu is not from the "
				 "version of the member before it (%lu) to the struct's (%lu)", i, name,
				 (unsigned long)since, (unsigned long)o->last_since, (unsigned long)sversion);
	if (since > 1) {
		int zero = 0;

		if (since > o->last_since && offset % 8 != 0)
			return ckpt_fail(r, at + CKPT_FE(since), CKPT_HDR_FIELDS, "field table entry %zu (%s): starts version %lu at "
					 "%lu, not at a multiple of 8", i, name, (unsigned long)since, (unsigned long)offset);
		if (element == CKPT_ELEMENT(ENUM)) {	/* the enum's constants, found by their ordered ids */
			size_t lo = 0, hi = t->ne;

			while (lo < hi) {
				const size_t mid = lo + (hi - lo) / 2;
				if (ckpt_le32(t->enm + t->ev * mid) < ref)
					lo = mid + 1;
				else
					hi = mid;
			}
			for (; lo < t->ne && ckpt_le32(t->enm + t->ev * lo) == ref && !zero; lo++)
				zero = ckpt_le32(t->enm + t->ev * lo + CKPT_EV(code)) == 0;
		}
		if (element == CKPT_ELEMENT(STRUCT) || arity == CKPT_ARITY(VARIABLE) || (element == CKPT_ELEMENT(ENUM) && !zero))
			return ckpt_fail(r, at + CKPT_FE(since), CKPT_HDR_FIELDS, "field table entry %zu (%s): since %lu: later "
					 "versions add no struct, no variable member, no enum without code 0", i, name,
					 (unsigned long)since);
		if (!o->later) {
			o->later = 1;
			o->first_later = offset;
		}
		if (end - o->first_later > 65536)
			return ckpt_fail(r, at + CKPT_FE(length), CKPT_HDR_FIELDS, "field table entry %zu (%s): the versions after 1 "
					 "add %llu bytes; a reader fills at most 65536 with defaults", i, name,
					 (unsigned long long)(end - o->first_later));
	}
	if (role == CKPT_ROLE(COUNT)) {
		o->has_count = 1;
		o->count_at = i;
	}
	if (arity == CKPT_ARITY(VARIABLE)) {
		o->has_variable = 1;
		o->variable_at = i;
	}
	o->last_since = since;
	o->expected = end;
	o->members++;
	return 0;
}

/*
 * The rules of docs/FORMAT.md, "Checks of the tables", exactly as the Java readers apply them
 * (ImageLayout): the schema table, the enum table, then the field table, with each struct's
 * agreement with its members where its members end. The first rule broken is the error, at the
 * same offset and with the same reason as in Java. This reader reads records by its compiled
 * layout, not by the tables, but it gives the Java readers' verdict on every image's tables.
 * Linear in the tables' size: a code is compared with the at most 1023 earlier codes of its enum.
 */
static inline int ckpt_tables(struct ckpt_reader *r, size_t fields_at, size_t enums_at)
{
	struct ckpt_tables_at t;
	struct ckpt_owner o;
	size_t i;

	t.se = sizeof(struct ckpt_schema_entry);
	t.fe = sizeof(struct ckpt_field_entry);
	t.ev = sizeof(struct ckpt_enum_value);
	t.sch = r->buf + CKPT_SCHEMA_AT(0);
	t.fld = r->buf + CKPT_FIELD_AT(fields_at, 0);
	t.enm = r->buf + CKPT_ENUM_AT(enums_at, 0);
	t.fields_at = fields_at;
	t.enums_at = enums_at;
	t.ns = ckpt_le32(r->buf + offsetof(struct ckpt_hdr_image, nschema));
	t.nf = ckpt_le32(r->buf + fields_at + offsetof(struct ckpt_hdr_fields, nfields));
	t.ne = ckpt_le32(r->buf + enums_at + offsetof(struct ckpt_hdr_enums, nvalues));
	if (ckpt_schema_rules(r, &t) < 0 || ckpt_enum_rules(r, &t) < 0)
		return CKPT_EBADIMAGE;
	t.nenums = t.ne == 0 ? 0 : (size_t)ckpt_le32(t.enm + t.ev * (t.ne - 1)) + 1;
	ckpt_nesting(&t);
	memset(&o, 0, sizeof(o));
	o.s = -1;
	o.last_since = 1;
	for (i = 0;; i++) {
		const size_t owner = i < t.nf ? ckpt_le16(t.fld + t.fe * i + CKPT_FE(owner)) : t.ns;

		if (i < t.nf && owner >= t.ns)
			return ckpt_fail(r, CKPT_FIELD_AT(fields_at, i), CKPT_HDR_FIELDS, "field table entry %zu: owner %zu is not a "
					 "struct of the schema table (%zu entries)", i, owner, t.ns);
		if (i < t.nf && (int)owner < o.s)
			return ckpt_fail(r, CKPT_FIELD_AT(fields_at, i), CKPT_HDR_FIELDS, "field table entry %zu: owner %zu comes "
					 "after the members of struct %d; each struct's members come together, in schema order",
					 i, owner, o.s);
		while (o.s < (int)owner) {	/* the end of struct o.s's members, the start of the next struct's */
			const int next = o.s + 1;

			if (o.s >= 0 && ckpt_struct_end(r, &t, &o) < 0)
				return CKPT_EBADIMAGE;
			memset(&o, 0, sizeof(o));
			o.s = next;
			o.last_since = 1;
		}
		if (i == t.nf)
			return 0;
		if (ckpt_field_rules(r, &t, &o, i) < 0)
			return CKPT_EBADIMAGE;
	}
}

static int ckpt_u32_order(const void *a, const void *b)
{
	__u32 x = *(const __u32 *)a, y = *(const __u32 *)b;

	return x < y ? -1 : x > y;
}

/* A subsystem table entry's name, and where it is: sorted by name, then by index. */
struct ckpt_named {
	const char *name;
	size_t index;
};

static inline int ckpt_same_name(const char *a, const char *b)
{
	return strncmp(a, b, sizeof(((struct ckpt_subsystem_entry *)0)->name)) == 0;
}

static int ckpt_named_order(const void *a, const void *b)
{
	const struct ckpt_named *x = (const struct ckpt_named *)a, *y = (const struct ckpt_named *)b;
	int c = strncmp(x->name, y->name, sizeof(((struct ckpt_subsystem_entry *)0)->name));

	return c != 0 ? c : (x->index > y->index) - (x->index < y->index);
}

/*
 * The subsystem table's own rules, as ImageReader checks them: names of lower case letters,
 * digits and _, starting with a letter, none twice (the order is the dispatch order of the
 * build that wrote it, which need not be sorted); flags 0, 1 (removed) or 3 (removed, skipped);
 * a removed subsystem's state type and since 0, any other's state type a record type of the
 * image's schema table and its since 0 or from 2 to the image version. The entries are checked
 * in order, the first fault is the error: the first entry whose name an earlier one has is found
 * by sorting (a forged table of many entries costs n log n, not n squared).
 */
static inline int ckpt_subsystem_rules(struct ckpt_reader *r, size_t at)
{
	size_t nschema = ckpt_le32(r->buf + offsetof(struct ckpt_hdr_image, nschema)), i, k;
	__u32 *types = NULL, n = ckpt_le32(r->buf + at + offsetof(struct ckpt_hdr_subsystems, nsubsystems));
	struct ckpt_named *named = NULL;
	size_t twice = n, first = 0;	/* the first entry with an earlier one's name, and that one */
	const __u32 version = ckpt_le32(r->buf + offsetof(struct ckpt_hdr_image, image_version));

	if (nschema > 0 && n > 0) {
		types = (__u32 *)malloc(nschema * sizeof(*types));
		if (!types)
			return ckpt_fail(r, at, CKPT_HDR_SUBSYSTEMS, "out of memory");
		for (k = 0; k < nschema; k++)
			types[k] = ckpt_le32(r->buf + CKPT_SCHEMA_AT(k) + offsetof(struct ckpt_schema_entry, type));
		qsort(types, nschema, sizeof(*types), ckpt_u32_order);
	}
	if (n > 1) {
		named = (struct ckpt_named *)malloc(n * sizeof(*named));
		if (!named) {
			free(types);
			return ckpt_fail(r, at, CKPT_HDR_SUBSYSTEMS, "out of memory");
		}
		for (i = 0; i < n; i++) {
			named[i].name = (const char *)(r->buf + CKPT_SUBSYSTEM_AT(at, i));
			named[i].index = i;
		}
		qsort(named, n, sizeof(*named), ckpt_named_order);
		for (i = 1; i < n; i++)
			/* the second entry of a run of one name is that name's first repeat */
			if (ckpt_same_name(named[i - 1].name, named[i].name)
			    && (i == 1 || !ckpt_same_name(named[i - 2].name, named[i].name)) && named[i].index < twice) {
				twice = named[i].index;
				first = named[i - 1].index;
			}
		free(named);
	}
	for (i = 0; i < n; i++) {
		const size_t e = CKPT_SUBSYSTEM_AT(at, i);
		const size_t state_at = e + offsetof(struct ckpt_subsystem_entry, state_type);
		const size_t flags_at = e + offsetof(struct ckpt_subsystem_entry, flags);
		const size_t since_at = e + offsetof(struct ckpt_subsystem_entry, since);
		const char *name = (const char *)(r->buf + e);
		__u32 state = ckpt_le32(r->buf + state_at);
		const unsigned flags = ckpt_le16(r->buf + flags_at), since = ckpt_le16(r->buf + since_at);
		const int removed = (flags & CKPT_SUBSYSTEM_ENTRY_REMOVED) != 0;

		for (k = 0; name[k]; k++)
			if (!((name[k] >= 'a' && name[k] <= 'z') || (k > 0 && ((name[k] >= '0' && name[k] <= '9') || name[k] == '_'))))
				break;
		if (k == 0 || name[k]) {
			free(types);
			return ckpt_fail(r, e, CKPT_HDR_SUBSYSTEMS, "subsystem table entry %zu: the name is not lower case "
					 "letters, digits and _, starting with a letter", i);
		}
		if (i == twice) {
			free(types);
			return ckpt_fail(r, e, CKPT_HDR_SUBSYSTEMS, "subsystem table entry %zu (%s) has the name of entry %zu; "
					 "no subsystem is listed twice", i, name, first);
		}
		if (flags != 0 && flags != CKPT_SUBSYSTEM_ENTRY_REMOVED && flags != (CKPT_SUBSYSTEM_ENTRY_REMOVED | CKPT_SUBSYSTEM_ENTRY_SKIP)) {
			free(types);
			return ckpt_fail(r, flags_at, CKPT_HDR_SUBSYSTEMS, "subsystem table entry %zu (%s): flags 0x%x are not 0, 1 (removed) "
					 "or 3 (removed, skipped)", i, name, flags);
		}
		if (removed ? state != 0 : (state == 0 || !types || !bsearch(&state, types, nschema, sizeof(*types), ckpt_u32_order))) {
			free(types);
			return ckpt_fail(r, state_at, CKPT_HDR_SUBSYSTEMS, removed
					 ? "subsystem table entry %zu (%s): state type 0x%x, but a removed subsystem has none (0)"
					 : "subsystem table entry %zu (%s): state type 0x%x is no record type of the schema table", i, name,
					 state);
		}
		if (removed ? since != 0 : (since == 1 || since > version)) {
			free(types);
			if (removed)
				return ckpt_fail(r, since_at, CKPT_HDR_SUBSYSTEMS, "subsystem table entry %zu (%s): since %u, but a removed "
						 "subsystem has 0", i, name, since);
			return ckpt_fail(r, since_at, CKPT_HDR_SUBSYSTEMS, "subsystem table entry %zu (%s): since %u is neither 0 (the first "
					 "image version) nor from 2 to the image version %u", i, name, since, version);
		}
	}
	free(types);
	return 0;
}

/* A column of a table entry, as TrustedSchema names it: the Java component, where, how wide, text or not. */
struct ckpt_column {
	const char *name;
	unsigned char at, size, text, pad[5];
};

static const char *const ckpt_table_names[4] = {"schema table", "field table", "enum table", "subsystem table"};
/* The column of a table entry that Java names java: member m of the entry's struct s. */
#define CKPT_COLUMN(java, s, m, text) {java, offsetof(struct s, m), sizeof(((struct s *)0)->m), text, {0}}
static const struct ckpt_column ckpt_table_columns[4][12] = {
	{CKPT_COLUMN("type", ckpt_schema_entry, type, 0), CKPT_COLUMN("size", ckpt_schema_entry, size, 0),
	 CKPT_COLUMN("version", ckpt_schema_entry, version, 0), CKPT_COLUMN("flags", ckpt_schema_entry, flags, 0),
	 CKPT_COLUMN("name", ckpt_schema_entry, name, 1)},
	{CKPT_COLUMN("owner", ckpt_field_entry, owner, 0), CKPT_COLUMN("role", ckpt_field_entry, role, 0),
	 CKPT_COLUMN("element", ckpt_field_entry, element, 0), CKPT_COLUMN("arity", ckpt_field_entry, arity, 0),
	 CKPT_COLUMN("flags", ckpt_field_entry, flags, 0), CKPT_COLUMN("elementSize", ckpt_field_entry, element_size, 0),
	 CKPT_COLUMN("offset", ckpt_field_entry, offset, 0), CKPT_COLUMN("length", ckpt_field_entry, length, 0),
	 CKPT_COLUMN("ref", ckpt_field_entry, ref, 0), CKPT_COLUMN("since", ckpt_field_entry, since, 0),
	 CKPT_COLUMN("name", ckpt_field_entry, name, 1)},
	{CKPT_COLUMN("enumId", ckpt_enum_value, enum_id, 0), CKPT_COLUMN("code", ckpt_enum_value, code, 0),
	 CKPT_COLUMN("name", ckpt_enum_value, name, 1)},
	{CKPT_COLUMN("name", ckpt_subsystem_entry, name, 1), CKPT_COLUMN("stateType", ckpt_subsystem_entry, state_type, 0),
	 CKPT_COLUMN("flags", ckpt_subsystem_entry, flags, 0)},
};
static const size_t ckpt_table_entry_size[4] = {
	sizeof(struct ckpt_schema_entry), sizeof(struct ckpt_field_entry), sizeof(struct ckpt_enum_value),
	sizeof(struct ckpt_subsystem_entry)
};
/*
 * Where the count and the first entry of each table are in the build's bytes of it: the schema
 * table's from the image header's nschema, the others' from their record's start.
 */
static const size_t ckpt_table_count_at[4] = {
	0, offsetof(struct ckpt_hdr_fields, nfields), offsetof(struct ckpt_hdr_enums, nvalues),
	offsetof(struct ckpt_hdr_subsystems, nsubsystems)
};
static const size_t ckpt_table_first_at[4] = {
	offsetof(struct ckpt_hdr_image, schema) - offsetof(struct ckpt_hdr_image, nschema), offsetof(struct ckpt_hdr_fields, fields),
	offsetof(struct ckpt_hdr_enums, values), offsetof(struct ckpt_hdr_subsystems, subsystems)
};

/*
 * The text of an image's string as Printable.escape shows it, into out (cap bytes): backslashes
 * doubled, controls as \n, \r, \t or \xNN, the C1 controls and format characters a terminal acts
 * on as \xNN or \uNNNN.
 */
static inline void ckpt_escape(char *out, size_t cap, const char *text)
{
	const unsigned char *p = (const unsigned char *)text;
	size_t i, k = 0, n = strlen(text), len;
	unsigned c;

	for (i = 0; i < n && k + 12 < cap; i++) {
		if (p[i] == '\\' || p[i] == '\n' || p[i] == '\r' || p[i] == '\t') {
			out[k++] = '\\';
			out[k++] = p[i] == '\n' ? 'n' : p[i] == '\r' ? 'r' : p[i] == '\t' ? 't' : '\\';
		} else if (p[i] < 0x20) {
			k += (size_t)snprintf(out + k, cap - k, "\\x%02x", p[i]);
		} else if (p[i] >= 0x7f && (c = ckpt_json_inert(p, i, n, &len)) != 0) {
			k += (size_t)snprintf(out + k, cap - k, c < 0x100 ? "\\x%02x" : "\\u%04x", c);
			i += len - 1;
		} else {
			out[k++] = (char)p[i];
		}
	}
	out[k] = '\0';
}

/* A column's value as Java's String.valueOf prints the entry's component: a signed number, or the text. */
static inline void ckpt_column_text(char *out, size_t cap, const unsigned char *e, const struct ckpt_column *c, int escape)
{
	if (c->text) {
		if (escape)
			ckpt_escape(out, cap, (const char *)(e + c->at));
		else
			snprintf(out, cap, "%s", (const char *)(e + c->at));
	} else if (c->size == 1) {
		snprintf(out, cap, "%d", (int)(signed char)e[c->at]);
	} else if (c->size == 2) {
		snprintf(out, cap, "%d", (int)(short)ckpt_le16(e + c->at));
	} else {
		snprintf(out, cap, "%ld", (long)(__s32)ckpt_le32(e + c->at));
	}
}

/*
 * Table t of the image (its entry count at count_at, its entries from first) against this
 * build's, entry by entry, as TrustedSchema.sameTable: the first differing entry is named at
 * its first differing byte, with the first column that differs; then the counts.
 */
static inline int ckpt_same_table(struct ckpt_reader *r, int t, size_t count_at, size_t first, __s64 type)
{
	const unsigned char *mine = r->image->tables + r->image->table_at[t];
	const unsigned char *ours = mine + ckpt_table_first_at[t];
	size_t size = ckpt_table_entry_size[t], n = ckpt_le32(r->buf + count_at), m = ckpt_le32(mine + ckpt_table_count_at[t]);
	size_t i, j, k;

	for (i = 0; i < n && i < m; i++) {
		const unsigned char *a = r->buf + first + size * i, *b = ours + size * i;
		char about[120], theirs[200], own[64];

		if (memcmp(a, b, size) == 0)
			continue;
		for (j = 0; a[j] == b[j]; j++)
			;
		for (k = 0; ckpt_table_columns[t][k].name; k++) {
			const struct ckpt_column *c = &ckpt_table_columns[t][k];
			if (memcmp(a + c->at, b + c->at, c->size) != 0)
				break;
		}
		if (t == 1)
			snprintf(about, sizeof(about), " (%s.%s)", (const char *)(r->image->tables + ckpt_table_first_at[0]
				 + ckpt_table_entry_size[0] * ckpt_le16(b + CKPT_FE(owner)) + CKPT_SE(name)), (const char *)(b + CKPT_FE(name)));
		else
			snprintf(about, sizeof(about), " (%s)", (const char *)(b + ckpt_table_columns[t][t == 0 ? 4 : t == 2 ? 2 : 0].at));
		ckpt_column_text(theirs, sizeof(theirs), a, &ckpt_table_columns[t][k], 1);
		ckpt_column_text(own, sizeof(own), b, &ckpt_table_columns[t][k], 0);
		return ckpt_fail(r, first + size * i + j, type,
				 "the image's %s differs from the schema's (%s, fingerprint 0x%016llx) at entry %zu%s: %s is %s in "
				 "the image, %s in the schema", ckpt_table_names[t], r->image->source,
				 (unsigned long long)r->image->fingerprint, i, about, ckpt_table_columns[t][k].name, theirs, own);
	}
	if (n != m)
		return ckpt_fail(r, count_at, type, "the image's %s has %zu entries, the schema's (%s, fingerprint 0x%016llx) %zu",
				 ckpt_table_names[t], n, r->image->source, (unsigned long long)r->image->fingerprint, m);
	return 0;
}

/*
 * One side of the layout rule: a schema table's first entry and count, its field table's and its
 * enum table's; for the image, base is where the image's bytes start (for offsets), for the
 * build NULL.
 */
struct ckpt_layout_side {
	const unsigned char *base, *schema, *fields, *enums;
	size_t nschema, nfields, nvalues;
};

/* The rule's two sides, and the path of nested members that led to the structs compared now. */
struct ckpt_layout_rule {
	struct ckpt_reader *r;
	struct ckpt_layout_side theirs, ours;
	char via[3400];		/* " in s.m" at most 32 deep, names of at most 47 bytes */
};

/* The first member of struct s in a field table: the members come grouped by owner, in schema order. */
static inline size_t ckpt_layout_first(const struct ckpt_layout_side *side, size_t s)
{
	size_t k = 0;

	while (k < side->nfields && ckpt_le16(side->fields + sizeof(struct ckpt_field_entry) * k + CKPT_FE(owner)) < s)
		k++;
	return k;
}

/* The end of struct s's members of version version or before, from from (since never decreases). */
static inline size_t ckpt_layout_end(const struct ckpt_layout_side *side, size_t from, size_t s, __u32 version)
{
	size_t k = from;

	while (k < side->nfields) {
		const unsigned char *f = side->fields + sizeof(struct ckpt_field_entry) * k;
		if (ckpt_le16(f + CKPT_FE(owner)) != s || ckpt_le32(f + CKPT_FE(since)) > version)
			break;
		k++;
	}
	return k;
}

/* LayoutRule's error: the struct and member (this build's names), the path, the column, both values. */
static inline int ckpt_layout_differs(struct ckpt_layout_rule *l, const unsigned char *at, __s64 type, const char *struct_name,
				      const char *member, __u32 version, const char *column, const char *theirs, const char *ours)
{
	return ckpt_fail(l->r, (size_t)(at - l->theirs.base), type,
			 "the layout of %s.%s%s differs from this build's (version %u): %s is %s in the image, %s in this build",
			 struct_name, member, l->via, version, column, theirs, ours);
}

/* A member's length as the rule compares it: 0 for a variable member, whose bound places no byte. */
static inline __u32 ckpt_layout_bound(const unsigned char *f)
{
	return f[CKPT_FE(arity)] == CKPT_ARITY(VARIABLE) ? 0 : ckpt_le32(f + CKPT_FE(length));
}

static inline int ckpt_layout_struct(struct ckpt_layout_rule *l, size_t t, size_t o, __u32 version);

/* Every constant of their enum te whose code our enum oe has: the same name. */
static inline int ckpt_layout_enum(struct ckpt_layout_rule *l, __u32 te, __u32 oe, const char *struct_name, const char *member,
				   __u32 version)
{
	size_t i, k;

	for (i = 0; i < l->theirs.nvalues; i++) {
		const unsigned char *t = l->theirs.enums + sizeof(struct ckpt_enum_value) * i;
		if (ckpt_le32(t + CKPT_EV(enum_id)) != te)
			continue;
		for (k = 0; k < l->ours.nvalues; k++) {
			const unsigned char *o = l->ours.enums + sizeof(struct ckpt_enum_value) * k;
			if (ckpt_le32(o + CKPT_EV(enum_id)) == oe && ckpt_le32(o + CKPT_EV(code)) == ckpt_le32(t + CKPT_EV(code))
			    && strcmp((const char *)(o + CKPT_EV(name)), (const char *)(t + CKPT_EV(name))) != 0) {
				char column[40], escaped[200];

				snprintf(column, sizeof(column), "enum code %u", ckpt_le32(t + CKPT_EV(code)));
				ckpt_escape(escaped, sizeof(escaped), (const char *)(t + CKPT_EV(name)));
				return ckpt_layout_differs(l, t + CKPT_EV(name), CKPT_HDR_ENUMS, struct_name, member, version, column,
							   escaped, (const char *)(o + CKPT_EV(name)));
			}
		}
	}
	return 0;
}

/* Their member at t against ours at o, as LayoutRule.member: the name, the columns in order, then what a ref refers to. */
static inline int ckpt_layout_member(struct ckpt_layout_rule *l, const unsigned char *t, const unsigned char *o, __u32 version)
{
	static const char *const names[9] = {"role", "element", "arity", "flags", "elementSize", "offset", "length", "ref", "since"};
	const char *struct_name = (const char *)(l->ours.schema + sizeof(struct ckpt_schema_entry) * ckpt_le16(o + CKPT_FE(owner))
						 + CKPT_SE(name));
	const char *member = (const char *)(o + CKPT_FE(name));
	const __u8 element = o[CKPT_FE(element)];
	const int by_ref = element == CKPT_ELEMENT(STRUCT) || element == CKPT_ELEMENT(ENUM);
	const size_t at[9] = {CKPT_FE(role), CKPT_FE(element), CKPT_FE(arity), CKPT_FE(flags), CKPT_FE(element_size),
			      CKPT_FE(offset), CKPT_FE(length), CKPT_FE(ref), CKPT_FE(since)};
	/* flag 4 (view) says how Java hands out a payload, not where its bytes are */
	const __u32 a[9] = {t[CKPT_FE(role)], t[CKPT_FE(element)], t[CKPT_FE(arity)], t[CKPT_FE(flags)] & ~CKPT_FLAG(VIEW)
			    , ckpt_le16(t + CKPT_FE(element_size)), ckpt_le32(t + CKPT_FE(offset)), ckpt_layout_bound(t),
			    ckpt_le32(t + CKPT_FE(ref)), ckpt_le32(t + CKPT_FE(since))};
	const __u32 b[9] = {o[CKPT_FE(role)], o[CKPT_FE(element)], o[CKPT_FE(arity)], o[CKPT_FE(flags)] & ~CKPT_FLAG(VIEW)
			    , ckpt_le16(o + CKPT_FE(element_size)), ckpt_le32(o + CKPT_FE(offset)), ckpt_layout_bound(o),
			    ckpt_le32(o + CKPT_FE(ref)), ckpt_le32(o + CKPT_FE(since))};
	char theirs[204], ours[204];
	size_t c;

	if (strcmp((const char *)(t + CKPT_FE(name)), member) != 0) {
		char escaped[200];

		ckpt_escape(escaped, sizeof(escaped), (const char *)(t + CKPT_FE(name)));
		snprintf(theirs, sizeof(theirs), "\"%s\"", escaped);
		snprintf(ours, sizeof(ours), "\"%s\"", member);
		return ckpt_layout_differs(l, t + CKPT_FE(name), CKPT_HDR_FIELDS, struct_name, member, version, "name", theirs, ours);
	}
	for (c = 0; c < 9; c++) {
		/* a nested struct's or enum's index differs between builds; what it refers to is compared below */
		if (a[c] != b[c] && !(by_ref && c == 7)) {
			snprintf(theirs, sizeof(theirs), "%lu", (unsigned long)a[c]);
			snprintf(ours, sizeof(ours), "%lu", (unsigned long)b[c]);
			return ckpt_layout_differs(l, t + at[c], CKPT_HDR_FIELDS, struct_name, member, version, names[c], theirs, ours);
		}
	}
	if (element == CKPT_ELEMENT(STRUCT)) {
		const unsigned char *tn = l->theirs.schema + sizeof(struct ckpt_schema_entry) * a[7];
		const unsigned char *on = l->ours.schema + sizeof(struct ckpt_schema_entry) * b[7];
		const size_t was = strlen(l->via);
		int rc;

		if (strcmp((const char *)(tn + CKPT_SE(name)), (const char *)(on + CKPT_SE(name))) != 0) {
			ckpt_escape(theirs, sizeof(theirs), (const char *)(tn + CKPT_SE(name)));
			return ckpt_layout_differs(l, tn + CKPT_SE(name), CKPT_HDR_IMAGE, struct_name, member, version, "struct", theirs,
						   (const char *)(on + CKPT_SE(name)));
		}
		snprintf(l->via + was, sizeof(l->via) - was, " in %s.%s", struct_name, member);
		rc = ckpt_layout_struct(l, a[7], b[7], 1);
		l->via[was] = '\0';
		return rc;
	}
	if (element == CKPT_ELEMENT(ENUM))
		return ckpt_layout_enum(l, a[7], b[7], struct_name, member, version);
	return 0;
}

/* Their struct t against our struct o (schema indexes), members of version version or before, as LayoutRule.struct. */
static inline int ckpt_layout_struct(struct ckpt_layout_rule *l, size_t t, size_t o, __u32 version)
{
	const size_t t0 = ckpt_layout_first(&l->theirs, t), o0 = ckpt_layout_first(&l->ours, o);
	const size_t t1 = ckpt_layout_end(&l->theirs, t0, t, version), o1 = ckpt_layout_end(&l->ours, o0, o, version);
	size_t ti = t0, oi = o0;

	for (; ti < t1 && oi < o1; ti++, oi++)
		if (ckpt_layout_member(l, l->theirs.fields + sizeof(struct ckpt_field_entry) * ti,
				       l->ours.fields + sizeof(struct ckpt_field_entry) * oi, version) < 0)
			return CKPT_EBADIMAGE;
	if (ti < t1 || oi < o1)
		return ckpt_fail(l->r, ti < t1 ? (size_t)(l->theirs.fields + sizeof(struct ckpt_field_entry) * ti - l->theirs.base)
					       : (size_t)(l->theirs.schema + sizeof(struct ckpt_schema_entry) * t - l->theirs.base),
				 ti < t1 ? CKPT_HDR_FIELDS : CKPT_HDR_IMAGE,
				 "the layout of %s%s differs from this build's (version %u): %zu members in the image, %zu in this build",
				 (const char *)(l->ours.schema + sizeof(struct ckpt_schema_entry) * o + CKPT_SE(name)), l->via, version,
				 t1 - t0, o1 - o0);
	return 0;
}

/* This build's subsystem table entry named name, or NULL. */
static inline const unsigned char *ckpt_our_subsystem(const struct ckpt_reader *r, const char *name)
{
	const unsigned char *mine = r->image->tables + r->image->table_at[3];
	const size_t n = ckpt_le32(mine + ckpt_table_count_at[3]);
	size_t i;

	for (i = 0; i < n; i++) {
		const unsigned char *o = mine + ckpt_table_first_at[3] + sizeof(struct ckpt_subsystem_entry) * i;
		if (strcmp((const char *)o, name) == 0)
			return o;
	}
	return NULL;
}

/*
 * The subsystem half of the compatibility rule, as TrustedSchema.compatibleSubsystems: every
 * subsystem whose section the image has is this build's, with the same state type, or one it
 * removed with the policy SKIP; every subsystem of this build the image lacks was added after the
 * image's version.
 */
static inline int ckpt_compatible_subsystems(struct ckpt_reader *r, __u32 version)
{
	const unsigned char *mine = r->image->tables + r->image->table_at[3];
	const size_t n = ckpt_le32(mine + ckpt_table_count_at[3]);
	size_t i, k;

	for (i = 0; i < r->nsubsystems; i++) {
		const size_t at = CKPT_SUBSYSTEM_AT(r->subsystems, i);
		const unsigned char *t = r->buf + at, *o;
		const __u32 state = ckpt_le32(t + offsetof(struct ckpt_subsystem_entry, state_type));

		if (ckpt_le16(t + offsetof(struct ckpt_subsystem_entry, flags)) & CKPT_SUBSYSTEM_ENTRY_REMOVED)
			continue; /* its writer removed it: no section */
		o = ckpt_our_subsystem(r, (const char *)t);
		if (!o)
			return ckpt_fail(r, at, CKPT_HDR_SUBSYSTEMS, "the image has a section of subsystem \"%s\", which this build does not "
					 "have; a build that removed it says so with @CheckpointImage(removed = @Removed(name = \"%s\", "
					 "policy = SKIP or REFUSE))", (const char *)t, (const char *)t);
		if (ckpt_le16(o + offsetof(struct ckpt_subsystem_entry, flags)) == CKPT_SUBSYSTEM_ENTRY_REMOVED)
			return ckpt_fail(r, at, CKPT_HDR_SUBSYSTEMS, "the image has a section of subsystem \"%s\", which this build removed "
					 "and refuses (@Removed policy REFUSE)", (const char *)t);
		if (!(ckpt_le16(o + offsetof(struct ckpt_subsystem_entry, flags)) & CKPT_SUBSYSTEM_ENTRY_REMOVED)
		    && ckpt_le32(o + offsetof(struct ckpt_subsystem_entry, state_type)) != state)
			return ckpt_fail(r, at + offsetof(struct ckpt_subsystem_entry, state_type), CKPT_HDR_SUBSYSTEMS,
					 "subsystem \"%s\" has state type 0x%x in the image, 0x%x in this build", (const char *)t, state,
					 ckpt_le32(o + offsetof(struct ckpt_subsystem_entry, state_type)));
	}
	for (k = 0; k < n; k++) {
		const unsigned char *o = mine + ckpt_table_first_at[3] + sizeof(struct ckpt_subsystem_entry) * k;
		const unsigned since = ckpt_le16(o + offsetof(struct ckpt_subsystem_entry, since));
		const __u32 first = since < 1 ? 1 : since;
		int found = 0;

		if (ckpt_le16(o + offsetof(struct ckpt_subsystem_entry, flags)) & CKPT_SUBSYSTEM_ENTRY_REMOVED)
			continue;
		for (i = 0; i < r->nsubsystems && !found; i++) {
			const unsigned char *t = r->buf + CKPT_SUBSYSTEM_AT(r->subsystems, i);
			found = !(ckpt_le16(t + offsetof(struct ckpt_subsystem_entry, flags)) & CKPT_SUBSYSTEM_ENTRY_REMOVED)
				&& strcmp((const char *)t, (const char *)o) == 0;
		}
		if (!found && version >= first)
			return ckpt_fail(r, r->subsystems + offsetof(struct ckpt_hdr_subsystems, nsubsystems), CKPT_HDR_SUBSYSTEMS,
					 "the image (version %u) has no subsystem \"%s\", which this build has had since image version %u",
					 version, (const char *)o, first);
	}
	return 0;
}

/*
 * The image against this build, as ImageChecker does: its name and version; then, with this
 * build's fingerprint, its tables byte for byte (the first differing byte is named); with another,
 * the compatibility rule (every record type both know: the same struct name and flags, the same
 * size at the same version, the same layout in the versions both know: ckpt_layout_struct) and
 * this build's subsystems, by name and in any order (another build may order them otherwise;
 * ckpt_verify walks the sections in the image's order).
 */
static inline int ckpt_build_check(struct ckpt_reader *r)
{
	struct ckpt_layout_rule layouts;
	struct ckpt_hdr_image h;
	size_t i, k;

	ckpt_load_framing(r, CKPT_HDR_IMAGE, 0, &h);
	if (strcmp(h.image_name, r->image->name) != 0)
		return ckpt_fail(r, offsetof(struct ckpt_hdr_image, image_name), CKPT_HDR_IMAGE, "this is a \"%s\" image, not a \"%s\" image", h.image_name,
				 r->image->name);
	/* an older image version is read by the rules of "Versions"; a newer one is refused */
	if (h.image_version == 0 || h.image_version > r->image->version)
		return ckpt_fail(r, offsetof(struct ckpt_hdr_image, image_version), CKPT_HDR_IMAGE, "image version %u of \"%s\"; this build restores version %u and older%s",
				 h.image_version, r->image->name, r->image->version, h.image_version == 0 ? " (versions start at 1)" : "");
	if (h.schema_fingerprint == r->image->fingerprint) {
		const size_t fields = ckpt_align8(ckpt_len_at(r, 0));
		const size_t enums = ckpt_align8(fields + ckpt_len_at(r, fields));

		if (ckpt_same_table(r, 0, offsetof(struct ckpt_hdr_image, nschema), CKPT_SCHEMA_AT(0), CKPT_HDR_IMAGE) < 0
		    || ckpt_same_table(r, 1, fields + offsetof(struct ckpt_hdr_fields, nfields), CKPT_FIELD_AT(fields, 0),
				       CKPT_HDR_FIELDS) < 0
		    || ckpt_same_table(r, 2, enums + offsetof(struct ckpt_hdr_enums, nvalues), CKPT_ENUM_AT(enums, 0),
				       CKPT_HDR_ENUMS) < 0
		    || ckpt_same_table(r, 3, r->subsystems + offsetof(struct ckpt_hdr_subsystems, nsubsystems),
				       CKPT_SUBSYSTEM_AT(r->subsystems, 0), CKPT_HDR_SUBSYSTEMS) < 0)
			return CKPT_EBADIMAGE;
		return 0;
	}
	{
		const size_t fields = ckpt_align8(ckpt_len_at(r, 0));
		const size_t enums = ckpt_align8(fields + ckpt_len_at(r, fields));
		const unsigned char *mine = r->image->tables;

		layouts.r = r;
		layouts.via[0] = '\0';
		layouts.theirs.base = r->buf;
		layouts.theirs.schema = r->buf + CKPT_SCHEMA_AT(0);
		layouts.theirs.nschema = ckpt_le32(r->buf + offsetof(struct ckpt_hdr_image, nschema));
		layouts.theirs.fields = r->buf + CKPT_FIELD_AT(fields, 0);
		layouts.theirs.nfields = ckpt_le32(r->buf + fields + offsetof(struct ckpt_hdr_fields, nfields));
		layouts.theirs.enums = r->buf + CKPT_ENUM_AT(enums, 0);
		layouts.theirs.nvalues = ckpt_le32(r->buf + enums + offsetof(struct ckpt_hdr_enums, nvalues));
		layouts.ours.base = NULL;
		layouts.ours.schema = mine + r->image->table_at[0] + ckpt_table_first_at[0];
		layouts.ours.nschema = ckpt_le32(mine + r->image->table_at[0] + ckpt_table_count_at[0]);
		layouts.ours.fields = mine + r->image->table_at[1] + ckpt_table_first_at[1];
		layouts.ours.nfields = ckpt_le32(mine + r->image->table_at[1] + ckpt_table_count_at[1]);
		layouts.ours.enums = mine + r->image->table_at[2] + ckpt_table_first_at[2];
		layouts.ours.nvalues = ckpt_le32(mine + r->image->table_at[2] + ckpt_table_count_at[2]);
	}
	for (i = 0; i < ckpt_le32(r->buf + offsetof(struct ckpt_hdr_image, nschema)); i++) {
		const unsigned char *e = r->buf + CKPT_SCHEMA_AT(i);
		__u32 type = ckpt_le32(e);

		if (type == 0)
			continue;
		for (k = 0; k < layouts.ours.nschema; k++) {
			const unsigned char *o = layouts.ours.schema + sizeof(struct ckpt_schema_entry) * k;
			const char *ours = (const char *)(o + CKPT_SE(name)), *name = (const char *)(e + CKPT_SE(name));
			const __u32 size = ckpt_le32(e + CKPT_SE(size)), version = ckpt_le32(e + CKPT_SE(version));
			const __u32 our_size = ckpt_le32(o + CKPT_SE(size)), our_version = ckpt_le32(o + CKPT_SE(version));
			const __u32 flags = ckpt_le32(e + CKPT_SE(flags)), our_flags = ckpt_le32(o + CKPT_SE(flags));

			if (ckpt_le32(o + CKPT_SE(type)) != type)
				continue;
			/* the member that differs is named before the size it makes differ */
			if (strcmp(ours, name) == 0
			    && ckpt_layout_struct(&layouts, i, k, version < our_version ? version : our_version) < 0)
				return CKPT_EBADIMAGE;
			if (strcmp(ours, name) != 0 || (our_version == version && our_size != size)) {
				char escaped[200];

				ckpt_escape(escaped, sizeof(escaped), name);
				return ckpt_fail(r, CKPT_SCHEMA_AT(i), CKPT_HDR_IMAGE,
						 "record type 0x%x is %s of %u bytes (version %u) in the image, but %s of %d bytes "
						 "(version %d) in this build", type, escaped, size, version, ours, (int)our_size,
						 (int)our_version);
			}
			if (flags != our_flags)
				return ckpt_fail(r, CKPT_SCHEMA_AT(i) + CKPT_SE(flags), CKPT_HDR_IMAGE,
						 "record type 0x%x (%s) has flags %u in the image, %u in this build", type, ours, flags,
						 our_flags);
			break;
		}
	}
	return ckpt_compatible_subsystems(r, h.image_version);
}

/*
 * The framing rules of the signature record at at, of len bytes (its header checked): the size
 * of struct ckpt_hdr_signature, algorithm 1 (Ed25519ph), no flags. Every reader checks them,
 * with or without a key.
 */
static inline int ckpt_signature_framing(struct ckpt_reader *r, size_t at, __u32 len)
{
	const size_t algorithm = at + offsetof(struct ckpt_hdr_signature, algorithm);
	const size_t flags = at + offsetof(struct ckpt_hdr_signature, flags);

	if (len != sizeof(struct ckpt_hdr_signature))
		return ckpt_fail(r, at + offsetof(struct ckpt_hdr, len), CKPT_HDR_SIGNATURE,
				 "a signature record is %zu bytes; this one's length is %u", sizeof(struct ckpt_hdr_signature), len);
	if (ckpt_le32(r->buf + algorithm) != 1)
		return ckpt_fail(r, algorithm, CKPT_HDR_SIGNATURE, "signature algorithm %u is unknown; this reader knows 1 (Ed25519ph)",
				 ckpt_le32(r->buf + algorithm));
	if (ckpt_le32(r->buf + flags) != 0)
		return ckpt_fail(r, flags, CKPT_HDR_SIGNATURE, "unknown signature flags 0x%x", ckpt_le32(r->buf + flags));
	r->signature = at;
	return 0;
}

/* The image header's image name: lower case letters, digits and _, starting with a letter. */
static inline int ckpt_image_name(struct ckpt_reader *r, const char *name, size_t cap)
{
	size_t i;

	/* the processor's rule for image names: a forged one cannot fake lines of output */
	for (i = 0; i < cap && name[i]; i++) {
		const char c = name[i];

		if (!((c >= 'a' && c <= 'z') || (i > 0 && ((c >= '0' && c <= '9') || c == '_'))))
			break;
	}
	if (i == 0 || (i < cap && name[i]))
		return ckpt_fail(r, offsetof(struct ckpt_hdr_image, image_name), CKPT_HDR_IMAGE,
				 "the image name is not lower case letters, digits and _, starting with a letter");
	return 0;
}

/* The image header at 0, after its record's checks: magic, byte order, format version, flags, name. */
static inline int ckpt_image_header(struct ckpt_reader *r)
{
	struct ckpt_hdr_image h;

	ckpt_load_framing(r, CKPT_HDR_IMAGE, 0, &h);
	if (h.byte_order != CKPT_HDR_IMAGE_BYTE_ORDER)
		return ckpt_fail(r, offsetof(struct ckpt_hdr_image, byte_order), CKPT_HDR_IMAGE,
				 "byte-order marker is 0x%08x, not 0x%08x", h.byte_order, (__u32)CKPT_HDR_IMAGE_BYTE_ORDER);
	if (h.format_version != CKPT_HDR_IMAGE_FORMAT_VERSION)
		return ckpt_fail(r, offsetof(struct ckpt_hdr_image, format_version), CKPT_HDR_IMAGE,
				 "image format version %u; this reader knows version %u", h.format_version,
				 (__u32)CKPT_HDR_IMAGE_FORMAT_VERSION);
	if (h.flags)
		return ckpt_fail(r, offsetof(struct ckpt_hdr_image, flags), CKPT_HDR_IMAGE, "unknown image flags 0x%llx",
				 (unsigned long long)h.flags);
	return ckpt_image_name(r, h.image_name, sizeof(h.image_name));
}

/*
 * Every record's framing from at to the trailer: a length that covers the header and stays in
 * the image, a zero gap to the next 8-byte boundary, the signature record last. Returns where
 * the trailer starts, in *at, the records before it, in *count, and the CRC32C of the bytes
 * before it, in *crc32c (taken in the same pass).
 */
static inline int ckpt_walk(struct ckpt_reader *r, size_t *at, __u64 *count, __u32 *crc32c)
{
	const size_t size = r->size, hdr = sizeof(struct ckpt_hdr), tail = ckpt_align8(sizeof(struct ckpt_hdr_trailer));
	/* the CRC32C of the bytes before the trailer, a block at a time just ahead of the records
	 * walked, so that the walk reads them from the cache: crc is that of [0, crc_at), and where
	 * a valid image's trailer starts (size - tail) it stops */
	const size_t crc_end = size > tail ? size - tail : 0;
	size_t crc_at = 0;
	__u32 crc = 0xffffffffu;

	for (;;) {
		const size_t here = *at;
		__u32 type, len;

		if (here + CKPT_AHEAD > crc_at && crc_at < crc_end) {
			const size_t n = crc_end - crc_at < CKPT_CRC32C_CHUNK ? crc_end - crc_at : CKPT_CRC32C_CHUNK;

			crc = ckpt_crc32c_update(crc, r->buf + crc_at, n);
			crc_at += n;
		}
		if (size - here < hdr)
			return ckpt_fail(r, here, -1, here == size ? "the image ends without a trailer (truncated?)"
					 : "a record header needs %zu bytes, %zu left", hdr, size - here);
		if (size - here > CKPT_AHEAD)
			CKPT_PREFETCH(r->buf + here + CKPT_AHEAD);
		type = ckpt_le32(r->buf + here + offsetof(struct ckpt_hdr, type));
		len = ckpt_len_at(r, here);
		if (type == CKPT_HDR_TRAILER) {
			/* the trailer where a valid image has it, or else (a bad image) from the start */
			*crc32c = crc_at <= here ? ~ckpt_crc32c_update(crc, r->buf + crc_at, here - crc_at) : ckpt_crc32c(r->buf, here);
			return 0;
		}
		if (r->signature)
			return ckpt_fail(r, r->signature, CKPT_HDR_SIGNATURE,
					 "the signature record is not the last record before the trailer");
		if (len < hdr)
			return ckpt_fail(r, here + offsetof(struct ckpt_hdr, len), (__s64)type,
					 "record length %u is shorter than its header", len);
		if (len > size - here || ckpt_align8(here + len) > size)
			return ckpt_fail(r, here + offsetof(struct ckpt_hdr, len), (__s64)type,
					 "record length %u runs past the end of the image (%zu bytes left)", len, size - here);
		if (ckpt_zero(r, here + len, ckpt_align8(here + len) - here - len, (__s64)type, "the gap after the record") < 0)
			return CKPT_EBADIMAGE;
		if (type == CKPT_HDR_SIGNATURE && ckpt_signature_framing(r, here, len) < 0)
			return CKPT_EBADIMAGE;
		if (type == CKPT_HDR_OBJREF)
			r->nobjrefs++;	/* what ckpt_verify allocates for */
		(*count)++;
		*at = ckpt_align8(here + len);
	}
}

/* The trailer at at, after count records: its magic, what follows it, its count, length and CRC32C (crc, ckpt_walk's). */
static inline int ckpt_trailer(struct ckpt_reader *r, size_t at, __u64 count, __u32 crc)
{
	struct ckpt_hdr_trailer t;
	size_t end;

	if (ckpt_check_framing(r, CKPT_HDR_TRAILER, at) < 0)
		return CKPT_EBADIMAGE;
	ckpt_load_framing(r, CKPT_HDR_TRAILER, at, &t);
	if (memcmp(t.magic, CKPT_HDR_TRAILER_MAGIC, sizeof(CKPT_HDR_TRAILER_MAGIC)) != 0)
		return ckpt_fail(r, at + offsetof(struct ckpt_hdr_trailer, magic), CKPT_HDR_TRAILER,
				 "the trailer's magic is not " CKPT_HDR_TRAILER_MAGIC);
	end = ckpt_align8(at + ckpt_len_at(r, at));
	if (end != r->size)
		return ckpt_fail(r, end, -1, "%lld bytes follow the trailer", (long long)r->size - (long long)end);
	if (t.nrecords != count)
		return ckpt_fail(r, at + offsetof(struct ckpt_hdr_trailer, nrecords), CKPT_HDR_TRAILER,
				 "the trailer counts %llu records; the image has %llu", (unsigned long long)t.nrecords,
				 (unsigned long long)count);
	if (t.total_length != at)
		return ckpt_fail(r, at + offsetof(struct ckpt_hdr_trailer, total_length), CKPT_HDR_TRAILER,
				 "the trailer says %llu bytes precede it; %zu do", (unsigned long long)t.total_length, at);
	if (crc != t.crc32c)
		return ckpt_fail(r, at + offsetof(struct ckpt_hdr_trailer, crc32c), CKPT_HDR_TRAILER,
				 "checksum mismatch: the image's CRC32C is 0x%08x, the trailer says 0x%08x", crc, t.crc32c);
	r->trailer = at;
	r->nrecords = count;
	r->crc32c = t.crc32c;
	return 0;
}

/* The field, enum and subsystem tables after the header, by their own rules and the table rules. */
static inline int ckpt_open_tables(struct ckpt_reader *r)
{
	const size_t fields = ckpt_align8(ckpt_len_at(r, 0));
	size_t enums, subsystems;

	if (ckpt_check_framing(r, CKPT_HDR_FIELDS, fields) < 0)
		return CKPT_EBADIMAGE;
	enums = ckpt_align8(fields + ckpt_len_at(r, fields));
	if (ckpt_check_framing(r, CKPT_HDR_ENUMS, enums) < 0 || ckpt_tables(r, fields, enums) < 0)
		return CKPT_EBADIMAGE;
	subsystems = ckpt_align8(enums + ckpt_len_at(r, enums));
	if (ckpt_check_framing(r, CKPT_HDR_SUBSYSTEMS, subsystems) < 0 || ckpt_subsystem_rules(r, subsystems) < 0)
		return CKPT_EBADIMAGE;
	r->subsystems = subsystems;
	r->nsubsystems = ckpt_le32(r->buf + subsystems + offsetof(struct ckpt_hdr_subsystems, nsubsystems));
	r->first = r->at = ckpt_align8(subsystems + ckpt_len_at(r, subsystems));
	return 0;
}

/*
 * Opens the image in buf, to be read by the build image describes: checks the header, walks
 * every record's framing to the trailer, checks the trailer and the CRC32C, calls signature(r,
 * key) if it is not NULL (the signature check of ckpt_open_signed), then checks the field, enum
 * and subsystem tables that follow the header, then the image against the build
 * (ckpt_build_check). ckpt_verify checks the rest. Returns 0, or CKPT_EBADIMAGE with
 * r->err_offset and r->err set. <image>_ckpt_open calls it with its image.
 */
static inline int ckpt_open_with(struct ckpt_reader *r, const struct ckpt_image *image, const void *buf, size_t size,
				 int (*signature)(struct ckpt_reader *, const void *), const void *key)
{
	const size_t magic = offsetof(struct ckpt_hdr_image, magic);
	size_t at = 0;
	__u64 count = 0;
	__u32 crc = 0;

	memset(r, 0, sizeof(*r));
	r->buf = (const unsigned char *)buf;
	r->size = size;
	r->image = image;
	if (size < magic + sizeof(((struct ckpt_hdr_image *)0)->magic) || ckpt_le32(r->buf) != CKPT_HDR_IMAGE
	    || memcmp(r->buf + magic, CKPT_HDR_IMAGE_MAGIC, sizeof(CKPT_HDR_IMAGE_MAGIC) - 1) != 0)
		return ckpt_fail(r, 0, -1, "not a ckptgen image: it does not start with an image header and the magic "
				 CKPT_HDR_IMAGE_MAGIC);
	if (ckpt_check_framing(r, CKPT_HDR_IMAGE, 0) < 0 || ckpt_image_header(r) < 0)
		return CKPT_EBADIMAGE;
	if (ckpt_walk(r, &at, &count, &crc) < 0 || ckpt_trailer(r, at, count, crc) < 0)
		return CKPT_EBADIMAGE;
	if (signature && signature(r, key) < 0)
		return CKPT_EBADIMAGE;
	if (ckpt_open_tables(r) < 0)
		return CKPT_EBADIMAGE;
	return ckpt_build_check(r);
}

/* Opens the image in buf, as ckpt_open_with without a signature check. */
static inline int ckpt_open(struct ckpt_reader *r, const struct ckpt_image *image, const void *buf, size_t size)
{
	return ckpt_open_with(r, image, buf, size, NULL, NULL);
}

/* The key id of a signed image's signature record: 16 bytes (the SHA-256 of the public key, cut). */
static inline const unsigned char *ckpt_signature_key_id(const struct ckpt_reader *r)
{
	return r->signature ? r->buf + r->signature + offsetof(struct ckpt_hdr_signature, key_id) : NULL;
}

/* Writes 16 bytes as 32 hex digits and a NUL into hex. */
static inline void ckpt_key_id_hex(const unsigned char *id, char hex[33])
{
	static const char digits[] = "0123456789abcdef";
	int i;

	for (i = 0; i < 16; i++) {
		hex[2 * i] = digits[id[i] >> 4];
		hex[2 * i + 1] = digits[id[i] & 0xf];
	}
	hex[32] = '\0';
}
#ifdef CKPTGEN_WITH_SODIUM

/*
 * The signature check for ckpt_open_signed: the image must be signed (a signature record before
 * the trailer), by the key whose raw 32 bytes are at key (its key id, then its Ed25519ph
 * signature of every byte before the record's signature member). Same offsets and words as Java.
 */
static inline int ckpt_signature_verify(struct ckpt_reader *r, const void *key)
{
	const unsigned char *pk = (const unsigned char *)key;
	const size_t key_id = r->signature + offsetof(struct ckpt_hdr_signature, key_id);
	const size_t signed_bytes = r->signature + offsetof(struct ckpt_hdr_signature, signature);
	unsigned char digest[crypto_hash_sha256_BYTES];
	char want[33], have[33];
	crypto_sign_state state;

	if (sodium_init() < 0)
		return ckpt_fail(r, 0, -1, "libsodium cannot be initialised");
	crypto_hash_sha256(digest, pk, 32);
	ckpt_key_id_hex(digest, want);
	if (!r->signature)
		return ckpt_fail(r, r->trailer, CKPT_HDR_TRAILER, "the image is not signed; a signature by key %s is required", want);
	ckpt_key_id_hex(r->buf + key_id, have);
	if (memcmp(r->buf + key_id, digest, 16) != 0)
		return ckpt_fail(r, key_id, CKPT_HDR_SIGNATURE,
				 "the image is signed by key %s, not by the required key %s", have, want);
	crypto_sign_init(&state);
	crypto_sign_update(&state, r->buf, signed_bytes);
	if (crypto_sign_final_verify(&state, r->buf + signed_bytes, pk) != 0)
		return ckpt_fail(r, signed_bytes, CKPT_HDR_SIGNATURE,
				 "the signature does not match the image's bytes: changed since it was signed, or forged");
	return 0;
}

/* Opens the image in buf as ckpt_open does, and requires it signed by public_key (raw, 32 bytes). */
static inline int ckpt_open_signed(struct ckpt_reader *r, const struct ckpt_image *image, const void *buf, size_t size,
				   const unsigned char public_key[32])
{
	return ckpt_open_with(r, image, buf, size, ckpt_signature_verify, public_key);
}
#endif

/* The next record before the signature record, if any, and the trailer: 1 with *rec set, or 0 at the end. */
static inline int ckpt_next(struct ckpt_reader *r, struct ckpt_record *rec)
{
	if (r->at >= (r->signature ? r->signature : r->trailer))
		return 0;
	if (r->size - r->at > CKPT_AHEAD)
		CKPT_PREFETCH(r->buf + r->at + CKPT_AHEAD);
	rec->type = ckpt_le32(r->buf + r->at + offsetof(struct ckpt_hdr, type));
	rec->len = ckpt_len_at(r, r->at);
	rec->offset = r->at;
	rec->p = r->buf + r->at;
	r->at = ckpt_align8(r->at + rec->len);
	return 1;
}

/* Resolves the objrefs of a checked record of a type this build knows. */
static inline int ckpt_refs(struct ckpt_reader *r, const struct ckpt_record *rec, const __u32 *types, size_t n)
{
	const struct ckpt_struct *s = ckpt_struct_of(r->image, rec->type);

	if (!s || !s->own || !s->refs)
		return 0;
	return ckpt_refs_struct(r, s, rec->offset, rec->offset, (__s64)rec->type, types, n);
}

/* ckpt_check_refs of a record whose description s (NULL for a type the build does not know) is looked up. */
static inline int ckpt_check_refs_of(struct ckpt_reader *r, const struct ckpt_struct *s, const struct ckpt_record *rec,
				     const __u32 *types, size_t n)
{
	if (!s)
		return 0;
	if (ckpt_check_struct(r, s, rec->offset, (__s64)rec->type) < 0)
		return CKPT_EBADIMAGE;
	if (!s->own || !s->refs)
		return 0;
	return ckpt_refs_struct(r, s, rec->offset, rec->offset, (__s64)rec->type, types, n);
}

/* A record of this build's: checked as its codec checks it, then its objrefs resolved. */
static inline int ckpt_check_refs(struct ckpt_reader *r, const struct ckpt_record *rec, const __u32 *types, size_t n)
{
	return ckpt_check_refs_of(r, ckpt_struct_of(r->image, rec->type), rec, types, n);
}

/*
 * The name of the image's subsystem that has the next section: the first entry of its subsystem
 * table from *entry on that is not removed (*entry is left at it), or NULL past the last.
 */
static inline const char *ckpt_section_name(const struct ckpt_reader *r, size_t *entry)
{
	for (; *entry < r->nsubsystems; (*entry)++) {
		const unsigned char *t = r->buf + CKPT_SUBSYSTEM_AT(r->subsystems, *entry);
		if (!(ckpt_le16(t + offsetof(struct ckpt_subsystem_entry, flags)) & CKPT_SUBSYSTEM_ENTRY_REMOVED))
			return (const char *)t;
	}
	return NULL;
}

/*
 * The records of an opened image, in order, as restore's whole-image check (ImageChecker) goes
 * through them, with the same offsets and reasons: one section per subsystem of this build, in
 * the order of the image's subsystem table (ckpt_build_check found this build's subsystems in
 * it); in each, objref records (ids 1, 2, ... in order, each followed by an object of the
 * announced type) and exactly one state record; every record of a type this build knows checked
 * and its objrefs resolved; records of other types skipped by their length. Returns 0, or
 * CKPT_EBADIMAGE with the reason. It allocates 4 bytes per objref record of the image, at most
 * a quarter of the image's size. ckpt_next starts from the first record again afterwards.
 */
static inline int ckpt_verify(struct ckpt_reader *r)
{
	struct ckpt_record rec, obj;
	__u32 *types = NULL, state_type = 0;
	size_t nobjects = 0, cap = 0, entry = 0;
	int in_section = 0, have_state = 0, skipping = 0, rc = 0;
	const char *current = "", *expected;
	const struct ckpt_struct *const objref = ckpt_struct_of(r->image, CKPT_HDR_OBJREF);

	cap = (size_t)r->nobjrefs;	/* counted by ckpt_walk, in ckpt_open */
	if (cap > 0 && !(types = (__u32 *)malloc(cap * sizeof(*types))))
		return ckpt_fail(r, r->first, -1, "out of memory for %zu objects", cap);
	r->at = r->first;
	while (rc == 0 && ckpt_next(r, &rec) > 0) {
		if (rec.type == CKPT_HDR_SECTION) {
			const char *name = (const char *)(rec.p + offsetof(struct ckpt_hdr_section, subsystem));

			if (in_section && !have_state && !skipping) {
				rc = ckpt_fail(r, rec.offset, -1, "the section of \"%s\" ends without its state record", current);
				break;
			}
			if ((rc = ckpt_check_framing(r, CKPT_HDR_SECTION, rec.offset)) < 0)
				break;
			if (!(expected = ckpt_section_name(r, &entry))) {
				rc = ckpt_fail(r, rec.offset + offsetof(struct ckpt_hdr_section, subsystem), (__s64)rec.type, "a section of \"%s\" follows the last subsystem's",
					       name);
				break;
			}
			if (strcmp(name, expected) != 0) {
				rc = ckpt_fail(r, rec.offset + offsetof(struct ckpt_hdr_section, subsystem), (__s64)rec.type, "expected the section of \"%s\", found \"%s\"",
					       expected, name);
				break;
			}
			current = expected;
			state_type = ckpt_le32(r->buf + CKPT_SUBSYSTEM_AT(r->subsystems, entry) + offsetof(struct ckpt_subsystem_entry, state_type));
			/* a subsystem this build removed: the compatibility rule let only SKIP through */
			{
				const unsigned char *ours = ckpt_our_subsystem(r, expected);
				skipping = ours && ckpt_le16(ours + offsetof(struct ckpt_subsystem_entry, flags)) != 0;
			}
			in_section = 1;
			have_state = 0;
			entry++;
		} else if (!in_section) {
			rc = ckpt_fail(r, rec.offset, (__s64)rec.type, "a record before the first section");
		} else if (rec.type == CKPT_HDR_OBJREF) {
			struct ckpt_hdr_objref o;
			const struct ckpt_struct *s;

			if ((rc = ckpt_check_struct(r, objref, rec.offset, (__s64)rec.type)) < 0)
				break;
			/* ckpt_load_framing's values, read without its member-by-member loop */
			o.objtype = ckpt_le32(rec.p + offsetof(struct ckpt_hdr_objref, objtype));
			o.objref = (__s32)ckpt_le32(rec.p + offsetof(struct ckpt_hdr_objref, objref));
			if (o.objref < 0 || (size_t)o.objref != nobjects + 1) {
				rc = ckpt_fail(r, rec.offset + offsetof(struct ckpt_hdr_objref, objref), (__s64)rec.type, "objref %ld is out of order; the next id is %zu",
					       (long)o.objref, nobjects + 1);
				break;
			}
			if (ckpt_next(r, &obj) <= 0) {
				rc = ckpt_fail(r, rec.offset, (__s64)rec.type, "objref %zu is not followed by its object", nobjects + 1);
				break;
			}
			if (obj.type != o.objtype) {
				rc = ckpt_fail(r, obj.offset, (__s64)obj.type,
					       "objref %zu announces a record of type 0x%x; one of type 0x%x follows", nobjects + 1,
					       o.objtype, obj.type);
				break;
			}
			s = ckpt_struct_of(r->image, obj.type);
			if (s && !s->own)
				s = NULL;	/* a framing record: not one this build knows as an object */
			if (!s && !skipping) {
				rc = ckpt_fail(r, obj.offset, (__s64)obj.type, "a shared object of a record type this build does not know");
				break;
			}
			/* in a skipped section, an object of a type this build does not know keeps its id, unread */
			if (s && (rc = ckpt_check_refs_of(r, s, &obj, types, nobjects)) < 0)
				break;
			types[nobjects++] = obj.type;
		} else if (skipping) {
			/* a record of a removed subsystem's section, not read */
		} else if (rec.type == state_type) {
			if (have_state) {
				rc = ckpt_fail(r, rec.offset, (__s64)rec.type, "the section of \"%s\" has two state records", current);
				break;
			}
			if ((rc = ckpt_check_refs(r, &rec, types, nobjects)) < 0)
				break;
			have_state = 1;
		} else if (ckpt_known(r, rec.type)) {
			rc = ckpt_fail(r, rec.offset, (__s64)rec.type,
				       "in the section of \"%s\", a record that is neither its state nor a shared object", current);
		}
		/* a record type this build does not know, from a newer writer: skipped by its length */
	}
	free(types);
	r->at = r->first;
	if (rc < 0)
		return rc;
	if (in_section && !have_state && !skipping)
		return ckpt_fail(r, r->size, -1, "the section of \"%s\" ends without its state record", current);
	if ((expected = ckpt_section_name(r, &entry)) != NULL)
		return ckpt_fail(r, r->size, -1, "the image has no section for subsystem \"%s\"", expected);
	return 0;
}

#ifdef __cplusplus
}
#endif

#endif /* CKPTGEN_READER_H */
